import { randomUUID } from 'node:crypto';
import { type Client, type WorkflowHandle } from '@temporalio/client';
import {
  BENCHMARK_BASELINE_WORKFLOW,
  benchmarkBaselineWorkflowId,
  benchmarkFinishSignal,
  benchmarkTouchUpdate,
  CASE_TASK_QUEUE,
} from '@firecase/contract';
import { BenchAbort } from '../bench-abort';
import { timeConcurrently } from '../run-concurrently';
import type { OperationStats } from '../stats';
import { requireClean, withOverall } from './phase-result';
import type { ThroughputPlan } from './case-api-throughput';

const PROBE_TIMEOUT_MS = 15_000;

/**
 * What Temporal alone costs on the same server and worker: `cases` starts of the no-op
 * benchmarkBaselineWorkflow, then one `touch` update on each, with the same concurrency as the
 * API run. Every baseline workflow is finished (or terminated) at the end, whatever happened.
 */
export async function measureTemporalBaseline(
  client: Client,
  plan: ThroughputPlan,
  progress: (line: string) => void,
): Promise<OperationStats[]> {
  const runId = randomUUID().slice(0, 8);
  const started: WorkflowHandle[] = [];
  const start = async (index: number, run = runId) => {
    const handle = await client.workflow.start(BENCHMARK_BASELINE_WORKFLOW, {
      taskQueue: CASE_TASK_QUEUE,
      workflowId: benchmarkBaselineWorkflowId(run, index),
    });
    started.push(handle);
    return handle;
  };
  let completed = false;
  try {
    await probeWorker(await start(0, `${runId}-probe`));
    for (let i = 0; i < plan.warmup; i++) {
      await (await start(i, `${runId}-warm`)).executeUpdate(benchmarkTouchUpdate);
    }
    const indexes = Array.from({ length: plan.cases }, (_, i) => i);
    const handles: WorkflowHandle[] = new Array<WorkflowHandle>(plan.cases);
    const starts = await timeConcurrently(indexes, plan.concurrency, async (i) => {
      handles[i] = await start(i);
    });
    requireClean('start', starts);
    progress(`start: ${plan.cases} workflows in ${(starts.wallMs / 1000).toFixed(1)} s`);
    // As POST /cases does (its getCase query waits for it), let each workflow run its first task
    // before the updates, so they do not queue behind the start phase's backlog on the worker.
    const { wallMs } = await timeConcurrently(handles, plan.concurrency, firstTaskCompleted);
    progress(`first workflow tasks completed ${(wallMs / 1000).toFixed(1)} s after the last start`);
    const touches = await timeConcurrently(handles, plan.concurrency, async (handle) => {
      await handle.executeUpdate(benchmarkTouchUpdate);
    });
    requireClean('touch', touches);
    progress(`touch: ${plan.cases} updates in ${(touches.wallMs / 1000).toFixed(1)} s`);
    completed = true;
    return withOverall('overall (bare Temporal)', [
      { operation: 'start workflow', phase: starts },
      { operation: 'update (touch)', phase: touches },
    ]);
  } finally {
    await endAll(started, plan.concurrency, completed);
    progress(`ended ${started.length} baseline workflows`);
  }
}

/** Polls until the workflow's first workflow task has completed (four events in its history). */
async function firstTaskCompleted(handle: WorkflowHandle): Promise<void> {
  const deadline = Date.now() + PROBE_TIMEOUT_MS;
  while ((await handle.describe()).historyLength < 4) {
    if (Date.now() > deadline)
      throw new BenchAbort(`${handle.workflowId} never ran its first task`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A worker built before benchmarkBaselineWorkflow existed never answers; say so instead of hanging. */
async function probeWorker(handle: WorkflowHandle): Promise<void> {
  const touched = handle.executeUpdate(benchmarkTouchUpdate);
  touched.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), PROBE_TIMEOUT_MS);
  });
  try {
    if ((await Promise.race([touched, timedOut])) === 'timeout') {
      throw new BenchAbort(
        `the worker did not answer a ${BENCHMARK_BASELINE_WORKFLOW} update within ${PROBE_TIMEOUT_MS / 1000} s: restart \`npm start\` so the worker bundles the current workflows`,
      );
    }
  } finally {
    clearTimeout(timer);
  }
}

/**
 * After a clean run each workflow is told to finish; after a failed one (perhaps a worker that does
 * not know the workflow, which would never act on the signal) they are terminated.
 */
async function endAll(
  handles: readonly WorkflowHandle[],
  concurrency: number,
  finish: boolean,
): Promise<void> {
  await timeConcurrently(handles, concurrency, async (handle) => {
    if (finish) {
      const signalled = await handle.signal(benchmarkFinishSignal).then(
        () => true,
        () => false,
      );
      if (signalled) return;
    }
    await handle.terminate('npm run bench: cleanup').catch(() => undefined);
  });
}
