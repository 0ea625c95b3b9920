import { Client } from 'pg';
import { BenchAbort } from '../bench-abort';

/** Fake ledger rows live here, beside the app's database on the same server, never in it. */
export const BENCH_DATABASE = 'firecase_bench';

export function benchDatabaseUrl(appUrl: string): string {
  const url = new URL(appUrl);
  url.pathname = `/${BENCH_DATABASE}`;
  return url.toString();
}

/** Creates firecase_bench on the app's server if it is missing; answers with its URL. */
export async function ensureBenchDatabase(appUrl: string | undefined): Promise<string> {
  if (!appUrl) {
    throw new BenchAbort(
      'no DATABASE_URL and no data/postgres-password: start the stack with `npm start` in another terminal (or set DATABASE_URL)',
    );
  }
  const appDatabase = decodeURIComponent(new URL(appUrl).pathname.slice(1));
  if (appDatabase === BENCH_DATABASE) {
    throw new BenchAbort(`DATABASE_URL must name the app's database, not ${BENCH_DATABASE}`);
  }
  const client = new Client({ connectionString: appUrl, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (error) {
    throw new BenchAbort(
      `PostgreSQL is not reachable at ${new URL(appUrl).host} (${(error as Error).message}): start the stack with \`npm start\` (or set DATABASE_URL)`,
    );
  }
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      BENCH_DATABASE,
    ]);
    if (rowCount === 0) await client.query(`CREATE DATABASE ${BENCH_DATABASE}`);
  } finally {
    await client.end();
  }
  return benchDatabaseUrl(appUrl);
}
