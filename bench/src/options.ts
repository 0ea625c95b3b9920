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
  /** The loaded round: cases opened and advanced through the API, with `concurrency` in flight. */
  readonly cases: number;
  readonly concurrency: number;
  /** The round at concurrency 1 that runs first (0: none). */
  readonly serialCases: number;
  /** Case workflows opened straight through Temporal to measure the worker's memory (0: none). */
  readonly openCases: number;
  /** How often the worker's RSS is sampled in the memory run. */
  readonly sampleSeconds: number;
  /** The worker process, when it cannot be found from the task queue's pollers. */
  readonly workerPid: number | undefined;
  /** Lifecycles run before measuring, so the API and the worker are warm. */
  readonly warmup: number;
  readonly rows: number;
  readonly repetitions: number;
  readonly skipApi: boolean;
  readonly skipLedger: boolean;
  readonly skipConsole: boolean;
  /** hazard_case rows behind the console's ledger page timing. */
  readonly consoleRows: number;
  readonly consoleRepetitions: number;
  readonly skipStatistics: boolean;
  readonly regenerate: boolean;
  readonly out: string;
}

export const USAGE = `npm run bench [-- options]   (against the running stack: \`npm start\` in another terminal)
  --cases N         cases opened and advanced through the API (default 200)
  --concurrency C   requests in flight (default 16)
  --serial-cases N  cases of the round at concurrency 1, run first (default 30; 0 skips it)
  --open-cases N    also open N case workflows through Temporal and sample the worker's RSS
                    (default 0: off). Leaves N cases in the read model: use a throw-away
                    FIRECASE_DATA_DIR (see docs/benchmarks.md)
  --sample-seconds S  how often the worker's RSS is sampled (default 5)
  --worker-pid P    the worker's process id, if the bench cannot find it from the task queue
  --warmup N        unmeasured lifecycles first (default 8)
  --rows N          hazard_case rows in the firecase_bench database (default 1000000)
  --repetitions R   timed runs of each ledger query (default 15)
  --regenerate      rebuild the ledger rows even if the table already holds --rows of them
  --skip-api        only the ledger query benchmark
  --skip-console    leave out the web console (page sizes, the ledger page in Chromium)
  --console-rows N  cases behind the console's ledger page (default 10000)
  --console-repetitions R  timed loads of the ledger page (default 15)
  --skip-ledger     no ledger query benchmark
  --skip-statistics no statistics benchmark
  --out FILE        where the results go (default docs/benchmarks.md)
Environment: API_URL (default http://127.0.0.1:$PORT, or 3000), TEMPORAL_ADDRESS (default
127.0.0.1:$FIRECASE_TEMPORAL_PORT, or 7233), TEMPORAL_NAMESPACE, DATABASE_URL (default: the
embedded server of \`npm start\`, password from $FIRECASE_DATA_DIR/postgres-password, port
FIRECASE_PG_PORT or 54329): the same variables \`npm start\` was given find its stack.`;

/** The bench's one reader of argv and the environment. */
export function readOptions(argv: readonly string[], env: NodeJS.ProcessEnv): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      cases: { type: 'string', default: '200' },
      concurrency: { type: 'string', default: '16' },
      'serial-cases': { type: 'string', default: '30' },
      'open-cases': { type: 'string', default: '0' },
      'sample-seconds': { type: 'string', default: '5' },
      'worker-pid': { type: 'string' },
      warmup: { type: 'string', default: '8' },
      rows: { type: 'string', default: '1000000' },
      repetitions: { type: 'string', default: '15' },
      regenerate: { type: 'boolean', default: false },
      'skip-api': { type: 'boolean', default: false },
      'skip-ledger': { type: 'boolean', default: false },
      'skip-console': { type: 'boolean', default: false },
      'console-rows': { type: 'string', default: '10000' },
      'console-repetitions': { type: 'string', default: '15' },
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
    // The ports `npm start` was given (PORT, FIRECASE_TEMPORAL_PORT) find its stack too.
    apiUrl: (env.API_URL ?? `http://127.0.0.1:${env.PORT ?? 3000}`).replace(/\/+$/, ''),
    temporalAddress: env.TEMPORAL_ADDRESS ?? `127.0.0.1:${env.FIRECASE_TEMPORAL_PORT ?? 7233}`,
    temporalNamespace: env.TEMPORAL_NAMESPACE ?? 'default',
    databaseUrl: env.DATABASE_URL ?? embeddedDatabaseUrl(env),
    cases: positive('cases', values.cases),
    concurrency: positive('concurrency', values.concurrency),
    serialCases: positive('serial-cases', values['serial-cases'], 0),
    openCases: positive('open-cases', values['open-cases'], 0),
    sampleSeconds: positive('sample-seconds', values['sample-seconds']),
    workerPid:
      values['worker-pid'] === undefined ? undefined : positive('worker-pid', values['worker-pid']),
    warmup: positive('warmup', values.warmup, 0),
    rows: positive('rows', values.rows),
    repetitions: positive('repetitions', values.repetitions),
    regenerate: values.regenerate,
    skipApi: values['skip-api'],
    skipLedger: values['skip-ledger'],
    skipConsole: values['skip-console'],
    consoleRows: positive('console-rows', values['console-rows']),
    consoleRepetitions: positive('console-repetitions', values['console-repetitions']),
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
