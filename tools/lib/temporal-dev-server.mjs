import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { isPortInUse } from './postgres.mjs';

/**
 * `temporal server start-dev` with a SQLite file, so cases survive restarts, the UI on, and the
 * project's custom search attributes registered. Its log goes to a file beside the data.
 */
export async function startTemporalDevServer({
  cli,
  dbFile,
  logFile,
  port,
  uiPort,
  namespace,
  searchAttributes,
}) {
  for (const p of [port, uiPort]) {
    if (await isPortInUse(p)) {
      throw new Error(
        `port ${p} is already in use: is another Temporal server running? Stop it, or set FIRECASE_TEMPORAL_PORT / FIRECASE_TEMPORAL_UI_PORT.`,
      );
    }
  }
  const args = [
    'server',
    'start-dev',
    '--db-filename',
    dbFile,
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--ui-port',
    String(uiPort),
    '--namespace',
    namespace,
    '--log-level',
    'warn',
    ...Object.entries(searchAttributes).flatMap(([name, type]) => [
      '--search-attribute',
      `${name}=${type}`,
    ]),
  ];
  const log = createWriteStream(logFile, { flags: 'a' });
  // Its own process group: a terminal's Ctrl-C reaches the launcher, which stops it after the apps.
  const child = spawn(cli, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const exited = new Promise((resolvePromise) => child.once('exit', resolvePromise));
  await waitUntil(
    () => isPortInUse(port),
    exited,
    `Temporal dev server did not come up; see ${logFile}`,
  );
  await waitUntil(() => isPortInUse(uiPort), exited, `Temporal UI did not come up; see ${logFile}`);
  return {
    address: `127.0.0.1:${port}`,
    uiUrl: `http://127.0.0.1:${uiPort}`,
    child,
    exited,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

async function waitUntil(ready, exited, message, timeoutMs = 60_000) {
  let gone = false;
  exited.then(() => (gone = true));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (gone) throw new Error(message);
    if (await ready()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(message);
}
