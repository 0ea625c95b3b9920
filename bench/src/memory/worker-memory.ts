import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import type { Client, WorkflowHandle } from '@temporalio/client';
import { DataSource } from 'typeorm';
import {
  CASE_TASK_QUEUE,
  getCaseQuery,
  HAZARD_CASE_WORKFLOW,
  type HazardCaseWorkflowInput,
} from '@firecase/contract';
import {
  type Actor,
  chinaDateOf,
  CURRENT_RULES_VERSION,
  DEFAULT_CASE_POLICY,
} from '@firecase/domain';
import { CaseOpeningRepository, dataSourceOptions } from '@firecase/persistence';
import { BenchAbort } from '../bench-abort';
import { benchDiscovery } from '../api/case-bodies';
import { timeConcurrently } from '../run-concurrently';
import { type OperationStats, operationStats } from '../stats';
import { commandLine } from '../stack/proc';
import { type RssSample, RssSampler } from './rss-sampler';

export interface MemoryPlan {
  readonly openCases: number;
  readonly concurrency: number;
  readonly sampleSeconds: number;
  readonly workerPid: number;
  readonly databaseUrl: string;
  readonly registeredBy: Actor;
}

export interface MemoryRun {
  readonly openCases: number;
  readonly workerPid: number;
  readonly workerCommand: string;
  readonly sampleSeconds: number;
  readonly samples: readonly RssSample[];
  readonly starts: OperationStats;
  /** Seconds from the first start until every case had run its first task and been projected. */
  readonly settledSeconds: number;
  /** getCase on random open cases, oldest first: evicted ones are replayed from their history. */
  readonly queries: OperationStats;
  readonly terminated: number;
  /** What the run leaves behind in the app's database. */
  readonly left: { readonly hazardCaseRows: number; readonly auditEvents: number };
}

/** Random cases queried after opening, to make the worker replay evicted ones. */
const REPLAY_QUERIES = 1_000;
const QUERY_DEADLINE_MS = 30_000;

/**
 * Opens `openCases` case workflows straight through Temporal (as the API would, with numbers
 * reserved from the app's own counter, so no later case collides with them), waits until each
 * has run its first task and been projected, queries a random thousand of them, then terminates
 * every one, sampling the worker process's RSS throughout. The read model rows and audit events
 * the cases wrote stay: run it against a throw-away data folder.
 */
export async function measureWorkerMemory(
  client: Client,
  plan: MemoryPlan,
  progress: (line: string) => void,
): Promise<MemoryRun> {
  const workerCommand = commandLine(plan.workerPid);
  if (!workerCommand) throw new BenchAbort(`no process ${plan.workerPid} (the worker) is running`);
  const dataSource = await new DataSource(
    dataSourceOptions({ url: plan.databaseUrl, poolSize: 4, ssl: false }),
  ).initialize();
  const rss = new RssSampler(plan.workerPid, plan.sampleSeconds * 1000);
  const handles: WorkflowHandle[] = [];
  try {
    rss.enter('numbering');
    const caseNumbers = await reserveNumbers(dataSource, plan.openCases);
    progress(`memory: ${caseNumbers.length} case numbers reserved (${caseNumbers[0]} …)`);
    const discoveredAt = new Date().toISOString();
    rss.enter('opening');
    const began = performance.now();
    const starts = await timeConcurrently(caseNumbers, plan.concurrency, async (caseNumber, i) => {
      const input: HazardCaseWorkflowInput = {
        caseNumber,
        discovery: benchDiscovery(i, discoveredAt),
        registeredBy: plan.registeredBy,
        policy: DEFAULT_CASE_POLICY,
        rulesVersion: CURRENT_RULES_VERSION,
      };
      handles.push(
        await client.workflow.start(HAZARD_CASE_WORKFLOW, {
          taskQueue: CASE_TASK_QUEUE,
          workflowId: caseNumber,
          args: [input],
        }),
      );
      rss.opened = handles.length;
      if (handles.length % 1000 === 0) progress(`memory: ${handles.length} case workflows started`);
    });
    if (starts.failures.length > 0) {
      throw new BenchAbort(
        `${starts.failures.length} of ${caseNumbers.length} starts failed; the first: ${starts.failures[0].message}`,
      );
    }
    rss.enter('settling');
    await waitUntilProjected(dataSource, caseNumbers, progress);
    const settledSeconds = (performance.now() - began) / 1000;
    progress(`memory: every case projected ${settledSeconds.toFixed(0)} s after the first start`);
    rss.enter('idle');
    await sleep(Math.max(3, 3 * plan.sampleSeconds) * 1000);
    rss.enter('queries');
    const sampled = randomSample(handles, Math.min(REPLAY_QUERIES, handles.length));
    const queried = await timeConcurrently(sampled, plan.concurrency, async (handle) => {
      await client.connection.withDeadline(Date.now() + QUERY_DEADLINE_MS, () =>
        handle.query(getCaseQuery),
      );
    });
    rss.enter('after');
    rss.sample();
    const queries = operationStats(
      'getCase on a random open case',
      queried.samples,
      queried.wallMs,
      queried.failures.length,
    );
    const terminated = await terminateAll(handles, plan.concurrency, progress);
    rss.enter('terminated');
    await sleep(Math.max(3, plan.sampleSeconds) * 1000);
    rss.stop();
    return {
      openCases: plan.openCases,
      workerPid: plan.workerPid,
      workerCommand,
      sampleSeconds: plan.sampleSeconds,
      samples: rss.samples,
      starts: operationStats(
        'start a case workflow',
        starts.samples,
        starts.wallMs,
        starts.failures.length,
      ),
      settledSeconds,
      queries,
      terminated,
      left: await leftBehind(dataSource, caseNumbers),
    };
  } finally {
    rss.stop();
    // A failed run still ends every workflow it started.
    if (rss.phase !== 'terminated') await terminateAll(handles, plan.concurrency, progress);
    await dataSource.destroy();
  }
}

/** Numbers from the app's own counter, so the API never hands one of them out again. */
async function reserveNumbers(dataSource: DataSource, count: number): Promise<string[]> {
  const openings = new CaseOpeningRepository(dataSource);
  const year = Number(chinaDateOf(new Date().toISOString()).slice(0, 4));
  const hash = `bench-memory-${randomUUID()}`;
  const numbers = new Array<string>(count);
  const indexes = Array.from({ length: count }, (_, i) => i);
  const reserved = await timeConcurrently(indexes, 4, async (i) => {
    numbers[i] = (await openings.reserve(year, undefined, hash)).caseNumber;
  });
  if (reserved.failures.length > 0) throw reserved.failures[0];
  return numbers.sort();
}

async function waitUntilProjected(
  dataSource: DataSource,
  caseNumbers: readonly string[],
  progress: (line: string) => void,
): Promise<void> {
  // Generous: on two shared cores the worker projects some tens of cases a second.
  const deadline = Date.now() + 120_000 + caseNumbers.length * 100;
  let last = -1;
  for (;;) {
    const projected = await countRows(dataSource, 'hazard_case', caseNumbers);
    if (projected >= caseNumbers.length) return;
    if (projected !== last)
      progress(`memory: ${projected} of ${caseNumbers.length} cases projected`);
    last = projected;
    if (Date.now() > deadline) {
      throw new BenchAbort(
        `only ${projected} of ${caseNumbers.length} cases were projected in time; is the worker running?`,
      );
    }
    await sleep(5_000);
  }
}

async function countRows(
  dataSource: DataSource,
  table: 'hazard_case' | 'audit_event',
  caseNumbers: readonly string[],
): Promise<number> {
  const [row] = await dataSource.query<{ n: string }[]>(
    `SELECT count(*) AS n FROM ${table} WHERE case_number = ANY($1)`,
    [caseNumbers],
  );
  return Number(row.n);
}

async function leftBehind(dataSource: DataSource, caseNumbers: readonly string[]) {
  return {
    hazardCaseRows: await countRows(dataSource, 'hazard_case', caseNumbers),
    auditEvents: await countRows(dataSource, 'audit_event', caseNumbers),
  };
}

async function terminateAll(
  handles: readonly WorkflowHandle[],
  concurrency: number,
  progress: (line: string) => void,
): Promise<number> {
  let terminated = 0;
  await timeConcurrently(handles, concurrency, async (handle) => {
    await handle.terminate('npm run bench: memory run cleanup');
    terminated += 1;
  });
  progress(`memory: terminated ${terminated} of ${handles.length} case workflows`);
  return terminated;
}

function randomSample<T>(items: readonly T[], count: number): T[] {
  const pool = [...items];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, count);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
