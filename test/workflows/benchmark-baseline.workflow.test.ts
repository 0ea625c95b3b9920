// The benchmark's bare-Temporal yardstick behaves as `npm run bench` relies on: each touch answers
// with the running count, and the finish signal ends the workflow with the total. No timing here:
// speed is measured by `npm run bench` against the running stack, never by a test.
import { randomUUID } from 'node:crypto';
import { Client } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import {
  BENCHMARK_BASELINE_WORKFLOW,
  benchmarkBaselineWorkflowId,
  benchmarkFinishSignal,
  benchmarkTouchUpdate,
} from '@firecase/contract';
import { WORKFLOW_BUNDLE_OPTIONS } from '@firecase/worker';
import { startTimeSkippingServer } from '../support/time-skipping';

describe('benchmarkBaselineWorkflow (time-skipping server)', () => {
  let env: TestWorkflowEnvironment;
  let client: Client;
  let worker: Worker;
  let running: Promise<void>;
  const taskQueue = `bench-${randomUUID()}`;

  beforeAll(async () => {
    env = await startTimeSkippingServer();
    client = new Client({ connection: env.connection, namespace: env.namespace });
    worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      ...WORKFLOW_BUNDLE_OPTIONS,
      activities: {},
    });
    running = worker.run();
  }, 120_000);

  afterAll(async () => {
    worker?.shutdown();
    await running;
    await env?.teardown();
  });

  it('counts touches until told to finish, then returns the count', async () => {
    const handle = await client.workflow.start(BENCHMARK_BASELINE_WORKFLOW, {
      taskQueue,
      workflowId: benchmarkBaselineWorkflowId(randomUUID(), 1),
    });
    expect(await handle.executeUpdate(benchmarkTouchUpdate)).toBe(1);
    expect(await handle.executeUpdate(benchmarkTouchUpdate)).toBe(2);
    await handle.signal(benchmarkFinishSignal);
    expect(await handle.result()).toBe(2);
  });
});
