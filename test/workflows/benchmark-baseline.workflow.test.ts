// The benchmark's bare-Temporal yardstick behaves as `npm run bench` relies on: each touch answers
// with the running count, and the finish signal ends the workflow with the total. No timing here:
// speed is measured by `npm run bench` against the running stack, never by a test.
import { randomUUID } from 'node:crypto';
import {
  BENCHMARK_BASELINE_WORKFLOW,
  benchmarkBaselineWorkflowId,
  benchmarkFinishSignal,
  benchmarkTouchUpdate,
} from '@firecase/contract';
import { useTimeSkippingWorker } from '../support/time-skipping-worker';

describe('benchmarkBaselineWorkflow (time-skipping server)', () => {
  const ts = useTimeSkippingWorker('bench', () => ({}));

  it('counts touches until told to finish, then returns the count', async () => {
    const handle = await ts.client.workflow.start(BENCHMARK_BASELINE_WORKFLOW, {
      taskQueue: ts.taskQueue,
      workflowId: benchmarkBaselineWorkflowId(randomUUID(), 1),
    });
    expect(await handle.executeUpdate(benchmarkTouchUpdate)).toBe(1);
    expect(await handle.executeUpdate(benchmarkTouchUpdate)).toBe(2);
    await handle.signal(benchmarkFinishSignal);
    expect(await handle.result()).toBe(2);
  });
});
