import { execFile, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { isPortInUse } from './postgres.mjs';

/**
 * SQLite settings of the dev server's file. WAL with synchronous=NORMAL: a killed server (kill -9,
 * a crash) loses nothing that was committed, and the file never corrupts, even on power loss; a
 * power cut may roll back the last transactions before a checkpoint. synchronous=OFF (the SDK's
 * own CI) is faster but can corrupt the file when the machine goes down; SQLite's default
 * (rollback journal, FULL) syncs twice per transaction for durability a one-machine default
 * does not need more than it needs speed. See README "Operations".
 */
export const SQLITE_PRAGMAS = Object.freeze({ journal_mode: 'wal', synchronous: 'normal' });

/**
 * How long Temporal keeps a closed case's workflow (its history, for Temporal's own UI and
 * tools). Case reads never depend on it: they answer from PostgreSQL. The dev server creates
 * its namespace with 24 h; npm start sets this on every start.
 */
export const DEV_SERVER_RETENTION = '720h'; // 30 days

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
  retention = DEV_SERVER_RETENTION,
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
    ...Object.entries(SQLITE_PRAGMAS).flatMap(([pragma, value]) => [
      '--sqlite-pragma',
      `${pragma}=${value}`,
    ]),
    ...Object.entries(searchAttributes).flatMap(([name, type]) => [
      '--search-attribute',
      `${name}=${type}`,
    ]),
  ];
  const log = createWriteStream(logFile, { flags: 'a' });
  // Its own process group: a terminal's Ctrl-C reaches the launcher, which stops it after the apps.
  const child = spawn(cli, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const lastLines = [];
  for (const stream of [child.stdout, child.stderr]) {
    stream.pipe(log);
    createInterface({ input: stream }).on('line', (line) => {
      lastLines.push(line);
      if (lastLines.length > 5) lastLines.shift();
    });
  }
  const exited = new Promise((resolvePromise) => child.once('exit', resolvePromise));
  const exitedWith = new Promise((resolvePromise) =>
    child.once('exit', (code, signal) => resolvePromise({ code, signal })),
  );
  const address = `127.0.0.1:${port}`;
  try {
    await waitUntil(
      () => isPortInUse(port),
      exited,
      `Temporal dev server did not come up; see ${logFile}`,
    );
    await waitUntil(
      () => isPortInUse(uiPort),
      exited,
      `Temporal UI did not come up; see ${logFile}`,
    );
    await setRetention(cli, namespace, retention, address);
  } catch (error) {
    child.kill('SIGKILL'); // a half-started server must not keep the ports for the next attempt
    throw error;
  }
  return {
    address,
    uiUrl: `http://127.0.0.1:${uiPort}`,
    child,
    pid: child.pid,
    lastLines,
    exited,
    exitedWith,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
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

/** The namespace's retention; `start-dev` made it with 24 h and has no flag for it. */
async function setRetention(cli, namespace, retention, address) {
  await promisify(execFile)(cli, [
    'operator',
    'namespace',
    'update',
    '--namespace',
    namespace,
    '--retention',
    retention,
    '--address',
    address,
  ]).catch((error) => {
    throw new Error(`could not set the retention of namespace ${namespace}: ${error.message}`);
  });
}
