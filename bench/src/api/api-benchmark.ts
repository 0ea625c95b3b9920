import { performance } from 'node:perf_hooks';
import { Client, Connection } from '@temporalio/client';
import { BenchAbort } from '../bench-abort';
import type { BenchOptions } from '../options';
import type { OperationStats } from '../stats';
import { signInBenchUsers } from './bench-users';
import { CaseApiClient } from './case-api-client';
import { type CaseApiResult, measureCaseApi } from './case-api-throughput';
import { settleCases } from './settle';
import { measureTemporalBaseline } from './temporal-baseline';

export interface ApiRun {
  readonly apiUrl: string;
  readonly temporalAddress: string;
  readonly temporalVersion: string;
  readonly cases: number;
  readonly concurrency: number;
  readonly warmup: number;
  readonly api: CaseApiResult;
  readonly baseline: readonly OperationStats[];
  /** Seconds from the last closure until every benchmark case workflow had completed. */
  readonly settleSeconds: number;
  /** CPU seconds the bench process itself used: it shares the machine with the stack. */
  readonly clientCpuSeconds: number;
  /** Wall seconds of both runs, warm-ups and cleanup included. */
  readonly wallSeconds: number;
}

/**
 * The case API's lifecycle throughput, then bare Temporal on the same server and worker with the
 * same concurrency. Checks first that the API and Temporal answer, with one line if not.
 */
export async function measureApi(
  options: BenchOptions,
  progress: (line: string) => void,
): Promise<ApiRun> {
  const unsigned = new CaseApiClient(options.apiUrl);
  await unsigned.checkHealth();
  if (!options.databaseUrl) {
    throw new BenchAbort(
      'no DATABASE_URL: the bench makes its users in the app database (start the stack with `npm start`)',
    );
  }
  const api = unsigned.signedIn(await signInBenchUsers(options.apiUrl, options.databaseUrl));
  const connection = await Connection.connect({
    address: options.temporalAddress,
    connectTimeout: '5 seconds',
  }).catch(() => {
    throw new BenchAbort(
      `Temporal is not reachable at ${options.temporalAddress}: start the stack with \`npm start\` (or set TEMPORAL_ADDRESS)`,
    );
  });
  try {
    const client = new Client({ connection, namespace: options.temporalNamespace });
    const { serverVersion } = await connection.workflowService.getSystemInfo({});
    const plan = {
      cases: options.cases,
      concurrency: options.concurrency,
      warmup: options.warmup,
    };
    progress(`case API: ${plan.cases} cases, concurrency ${plan.concurrency}`);
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const caseApi = await measureCaseApi(api, plan, progress);
    const settled = await settleCases(client, caseApi.caseNumbers, plan.concurrency);
    progress(`settle: every benchmark case workflow completed ${settled.toFixed(1)} s later`);
    progress(`bare Temporal: ${plan.cases} workflows, concurrency ${plan.concurrency}`);
    const baseline = await measureTemporalBaseline(client, plan, progress);
    return {
      apiUrl: options.apiUrl,
      temporalAddress: options.temporalAddress,
      temporalVersion: serverVersion ? `v${serverVersion}` : '(version unknown)',
      ...plan,
      api: caseApi,
      baseline,
      settleSeconds: settled,
      clientCpuSeconds: cpuSeconds(process.cpuUsage(cpuBefore)),
      wallSeconds: (performance.now() - started) / 1000,
    };
  } finally {
    await connection.close();
  }
}

function cpuSeconds(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1e6;
}
