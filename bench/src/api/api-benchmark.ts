import { Client, Connection } from '@temporalio/client';
import { BenchAbort } from '../bench-abort';
import { measureWorkerMemory, type MemoryRun } from '../memory/worker-memory';
import type { BenchOptions } from '../options';
import type { OperationStats } from '../stats';
import { LoadSampler, type LoadSummary } from '../stack/load-sampler';
import {
  findStackProcesses,
  stackCpu,
  type StackPart,
  type StackProcesses,
} from '../stack/stack-processes';
import { signInBenchUsers } from './bench-users';
import { CaseApiClient } from './case-api-client';
import { type CaseApiResult, measureCaseApi, type ThroughputPlan } from './case-api-throughput';
import { type CaseHistoryReport, readCaseHistory } from './case-history';
import { settleCases } from './settle';
import { measureTemporalBaseline } from './temporal-baseline';

/** One concurrency: the case API's lifecycle, then bare Temporal with the same plan. */
export interface ApiRound extends ThroughputPlan {
  readonly api: CaseApiResult;
  readonly baseline: readonly OperationStats[];
  /** Seconds from the last closure until every benchmark case workflow had completed. */
  readonly settleSeconds: number;
  /** How busy the machine was during the API part and during the bare part. */
  readonly load: { readonly api: LoadSummary; readonly bare: LoadSummary };
  /** CPU seconds each process of the stack used during the API part, and during the bare part. */
  readonly cpu: {
    readonly api: Partial<Record<StackPart, number>>;
    readonly bare: Partial<Record<StackPart, number>>;
  };
  readonly apiSeconds: number;
  readonly bareSeconds: number;
}

export interface ApiRun {
  readonly apiUrl: string;
  readonly temporalAddress: string;
  readonly temporalVersion: string;
  readonly warmup: number;
  readonly rounds: readonly ApiRound[];
  /** The processes measured (by what they listen on; the worker by its Temporal identity). */
  readonly processes: StackProcesses;
  /** One closed benchmark case's history, from the last round. */
  readonly history: CaseHistoryReport;
  readonly memory?: MemoryRun;
  /** The machine over the whole run. */
  readonly load: LoadSummary;
  /** Wall seconds of the whole run, warm-ups and cleanup included. */
  readonly wallSeconds: number;
}

/**
 * The case API's lifecycle throughput beside bare Temporal, at concurrency 1 and then at the
 * loaded concurrency, in one run on one stack; one closed case's history; optionally the
 * worker's memory with many open cases. Checks first that the API and Temporal answer.
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
  const users = await signInBenchUsers(options.apiUrl, options.databaseUrl);
  const api = unsigned.signedIn(users.tokens);
  const connection = await Connection.connect({
    address: options.temporalAddress,
    connectTimeout: '5 seconds',
  }).catch(() => {
    throw new BenchAbort(
      `Temporal is not reachable at ${options.temporalAddress}: start the stack with \`npm start\` (or set TEMPORAL_ADDRESS)`,
    );
  });
  const load = new LoadSampler();
  try {
    const client = new Client({ connection, namespace: options.temporalNamespace });
    const { serverVersion } = await connection.workflowService.getSystemInfo({});
    const processes = await findStackProcesses(client, {
      apiUrl: options.apiUrl,
      temporalAddress: options.temporalAddress,
      databaseUrl: options.databaseUrl,
      namespace: options.temporalNamespace,
      workerPid: options.workerPid,
    });
    progress(`stack processes: ${JSON.stringify(processes)}`);
    const started = load.now();
    const rounds: ApiRound[] = [];
    for (const plan of roundsOf(options)) {
      rounds.push(await measureRound(api, client, plan, processes, load, progress));
    }
    const last = rounds.at(-1)!;
    const history = await readCaseHistory(client, last.api.caseNumbers[0]);
    progress(`history of ${history.caseNumber}: ${history.events} events, ${history.bytes} bytes`);
    let memory: MemoryRun | undefined;
    if (options.openCases > 0) {
      if (processes.worker === undefined) {
        throw new BenchAbort(
          'the worker process was not found among the case task queue pollers; pass --worker-pid',
        );
      }
      progress(`memory: opening ${options.openCases} case workflows through Temporal`);
      memory = await measureWorkerMemory(
        client,
        {
          openCases: options.openCases,
          concurrency: options.concurrency,
          sampleSeconds: options.sampleSeconds,
          workerPid: processes.worker,
          databaseUrl: options.databaseUrl,
          registeredBy: users.officer,
        },
        progress,
      );
    }
    return {
      apiUrl: options.apiUrl,
      temporalAddress: options.temporalAddress,
      temporalVersion: serverVersion ? `v${serverVersion}` : '(version unknown)',
      warmup: options.warmup,
      rounds,
      processes,
      history,
      memory,
      load: load.summary(started, load.now()),
      wallSeconds: (load.now() - started) / 1000,
    };
  } finally {
    load.stop();
    await connection.close();
  }
}

/** Concurrency 1 first (fewer cases: it is slow), then the loaded round. */
function roundsOf(options: BenchOptions): ThroughputPlan[] {
  const loaded = {
    cases: options.cases,
    concurrency: options.concurrency,
    warmup: options.warmup,
  };
  if (options.serialCases === 0 || options.concurrency === 1) return [loaded];
  return [{ cases: options.serialCases, concurrency: 1, warmup: options.warmup }, loaded];
}

async function measureRound(
  api: CaseApiClient,
  client: Client,
  plan: ThroughputPlan,
  processes: StackProcesses,
  load: LoadSampler,
  progress: (line: string) => void,
): Promise<ApiRound> {
  progress(`case API: ${plan.cases} cases, concurrency ${plan.concurrency}`);
  const apiBegan = load.now();
  const cpuBefore = stackCpu(processes);
  const caseApi = await measureCaseApi(api, plan, progress);
  const settled = await settleCases(client, caseApi.caseNumbers, plan.concurrency);
  progress(`settle: every benchmark case workflow completed ${settled.toFixed(1)} s later`);
  const apiEnded = load.now();
  const cpuBetween = stackCpu(processes);
  progress(`bare Temporal: ${plan.cases} workflows, concurrency ${plan.concurrency}`);
  const baseline = await measureTemporalBaseline(client, plan, progress);
  const bareEnded = load.now();
  const cpuAfter = stackCpu(processes);
  return {
    ...plan,
    api: caseApi,
    baseline,
    settleSeconds: settled,
    load: { api: load.summary(apiBegan, apiEnded), bare: load.summary(apiEnded, bareEnded) },
    cpu: { api: difference(cpuBetween, cpuBefore), bare: difference(cpuAfter, cpuBetween) },
    apiSeconds: (apiEnded - apiBegan) / 1000,
    bareSeconds: (bareEnded - apiEnded) / 1000,
  };
}

function difference(
  after: Partial<Record<StackPart, number>>,
  before: Partial<Record<StackPart, number>>,
): Partial<Record<StackPart, number>> {
  const out: Partial<Record<StackPart, number>> = {};
  for (const part of Object.keys(after) as StackPart[]) {
    if (before[part] !== undefined) out[part] = after[part]! - before[part];
  }
  return out;
}
