// CommonJS so that both the .mjs launchers and the TypeScript tests (under Jest) can load it.
const { spawn } = require('node:child_process');
const { createWriteStream } = require('node:fs');
const { join } = require('node:path');
const { createInterface } = require('node:readline');

/**
 * Starts embedded PostgreSQL (postgres-process.mjs) in its own process group, so a terminal's
 * Ctrl-C reaches only the launcher, which stops the database last, and resolves with its URL
 * once it accepts connections.
 */
function startPostgresChild({ logFile, ...options }) {
  const child = spawn(process.execPath, [join(__dirname, 'postgres-process.mjs')], {
    env: { ...process.env, FIRECASE_PG_OPTIONS: JSON.stringify(options) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stderr.pipe(createWriteStream(logFile, { flags: 'a' }));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const exitedWith = new Promise((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', (line) => {
      const message = JSON.parse(line);
      if (!message.ready) return reject(new Error(`${message.error} (log: ${logFile})`));
      resolve({
        url: message.url,
        ownerUrl: message.ownerUrl,
        appUrl: message.appUrl,
        fresh: message.fresh,
        pid: child.pid,
        exited,
        exitedWith,
        stop: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    });
    exited.then((code) =>
      reject(new Error(`PostgreSQL exited (${code}) before it was ready; see ${logFile}`)),
    );
  });
}

module.exports = { startPostgresChild };
