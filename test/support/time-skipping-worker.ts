import { randomUUID } from 'node:crypto';
import { Client } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { workflowBundleOptions } from '@firecase/worker';
import { startTimeSkippingServer } from './time-skipping';

/**
 * The time-skipping server and a worker of the product's workflows on a task queue of the test
 * file's own, started before its tests and stopped after. The client is a plain one: waiting on
 * a result does not unlock time skipping, so case time moves only by env.sleep.
 */
export function useTimeSkippingWorker(queuePrefix: string, activities: () => object) {
  const taskQueue = `${queuePrefix}-${randomUUID()}`;
  let env: TestWorkflowEnvironment | undefined;
  let client: Client | undefined;
  let worker: Worker | undefined;
  let running: Promise<void> | undefined;

  beforeAll(async () => {
    env = await startTimeSkippingServer();
    client = new Client({ connection: env.connection, namespace: env.namespace });
    worker = await Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      ...workflowBundleOptions(),
      activities: activities(),
    });
    running = worker.run();
  }, 120_000);

  afterAll(async () => {
    worker?.shutdown();
    await running;
    await env?.teardown();
  });

  const started = <T>(value: T | undefined): T => {
    if (value === undefined)
      throw new Error('the time-skipping server starts in beforeAll; use it inside a test');
    return value;
  };
  return {
    taskQueue,
    get env() {
      return started(env);
    },
    get client() {
      return started(client);
    },
  };
}
