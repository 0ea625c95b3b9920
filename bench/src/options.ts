import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BenchAbort } from './bench-abort';

export const REPO_ROOT = resolve(__dirname, '..', '..');

export interface BenchOptions {
  readonly apiUrl: string;
  readonly temporalAddress: string;
  readonly temporalNamespace: string;
  /** The app's database; the ledger benchmark works in a sibling database on the same server. */
  readonly databaseUrl: string | undefined;
  readonly cases: number;
  readonly concurrency: number;
  /** Lifecycles run before measuring, so the API and the worker are warm. */
  readonly warmup: number;
  readonly rows: number;
  readonly repetitions: number;
  readonly skipApi: boolean;
  readonly skipLedger: boolean;
  readonly skipStatistics: boolean;
  readonly regenerate: boolean;
  readonly out: string;
}

export const USAGE = `npm run bench [-- options]   (against the running stack: \`npm start\` in another terminal)
  --cases N         cases opened and advanced through the API (default 200)
  --concurrency C   requests in flight (default 16)
  --warmup N        unmeasured lifecycles first (default 8)
  --rows N          hazard_case rows in the firecase_bench database (default 1000000)
  --repetitions R   timed runs of each ledger query (default 15)
  --regenerate      rebuild the ledger rows even if the table already holds --rows of them
  --skip-api        only the ledger query benchmark
  --skip-ledger     no ledger query benchmark
  --skip-statistics no statistics benchmark
  --out FILE        where the results go (default docs/benchmarks.md)
Environment: API_URL, TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE, DATABASE_URL (default: the embedded
server of \`npm start\`, password from data/postgres-password, port FIRECASE_PG_PORT or 54329).`;

/** The bench's one reader of argv and the environment. */
export function readOptions(argv: readonly string[], env: NodeJS.ProcessEnv): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      cases: { type: 'string', default: '200' },
      concurrency: { type: 'string', default: '16' },
      warmup: { type: 'string', default: '8' },
      rows: { type: 'string', default: '1000000' },
      repetitions: { type: 'string', default: '15' },
      regenerate: { type: 'boolean', default: false },
      'skip-api': { type: 'boolean', default: false },
      'skip-ledger': { type: 'boolean', default: false },
      'skip-statistics': { type: 'boolean', default: false },
      out: { type: 'string', default: 'docs/benchmarks.md' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  return {
    apiUrl: (env.API_URL ?? 'http://127.0.0.1:3000').replace(/\/+$/, ''),
    temporalAddress: env.TEMPORAL_ADDRESS ?? '127.0.0.1:7233',
    temporalNamespace: env.TEMPORAL_NAMESPACE ?? 'default',
    databaseUrl: env.DATABASE_URL ?? embeddedDatabaseUrl(env),
    cases: positive('cases', values.cases),
    concurrency: positive('concurrency', values.concurrency),
    warmup: positive('warmup', values.warmup, 0),
    rows: positive('rows', values.rows),
    repetitions: positive('repetitions', values.repetitions),
    regenerate: values.regenerate,
    skipApi: values['skip-api'],
    skipLedger: values['skip-ledger'],
    skipStatistics: values['skip-statistics'],
    out: resolve(REPO_ROOT, values.out),
  };
}

/** What `npm start` (tools/start.mjs) gives the apps when it runs PostgreSQL itself. */
function embeddedDatabaseUrl(env: NodeJS.ProcessEnv): string | undefined {
  const dataDir = resolve(REPO_ROOT, env.FIRECASE_DATA_DIR ?? 'data');
  const passwordFile = join(dataDir, 'postgres-password');
  if (!existsSync(passwordFile)) return undefined;
  const password = readFileSync(passwordFile, 'utf8').trim();
  const port = Number(env.FIRECASE_PG_PORT ?? 54329);
  return `postgres://firecase:${encodeURIComponent(password)}@127.0.0.1:${port}/firecase`;
}

function positive(name: string, text: string, minimum = 1): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < minimum) {
    throw new BenchAbort(`--${name} must be an integer of at least ${minimum} (got "${text}")`);
  }
  return value;
}
