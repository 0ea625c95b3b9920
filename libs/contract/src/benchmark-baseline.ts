import { defineSignal, defineUpdate } from '@temporalio/workflow';

/**
 * The bare-Temporal yardstick of `npm run bench`: a workflow that does nothing but count updates,
 * so a benchmark can set the API's latency beside what Temporal itself costs on the same server.
 */
export const BENCHMARK_BASELINE_WORKFLOW = 'benchmarkBaselineWorkflow';

export function benchmarkBaselineWorkflowId(runId: string, index: number): string {
  return `bench-baseline-${runId}-${index}`;
}

/** Counts one touch and returns the count so far. */
export const benchmarkTouchUpdate = defineUpdate<number>('touch');

/** Ends the workflow; it returns the number of touches. */
export const benchmarkFinishSignal = defineSignal('finish');
