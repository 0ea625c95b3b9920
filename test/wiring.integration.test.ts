// Integration: the real embedded PostgreSQL and the real Temporal dev server (see
// test/support/stack.global-setup.mjs). Nothing here is mocked.
import { Client } from '@temporalio/client';
import {
  CASE_TASK_QUEUE,
  WIRING_CHECK_WORKFLOW,
  type WiringCheckResult,
  wiringCheckWorkflowId,
} from '@firecase/contract';
import { useRealStack } from './support/real-stack';

describe('wiring: api → Temporal → worker → PostgreSQL', () => {
  const stack = useRealStack({ worker: true, api: true });

  it('reports database and Temporal up on /health', async () => {
    const response = await stack.http().get('/health').expect(200);
    expect(response.body).toMatchObject({
      status: 'ok',
      info: { database: { status: 'up' }, temporal: { status: 'up' } },
    });
  });

  it("runs a workflow started through the api's Temporal client to completion on the worker", async () => {
    const probeId = `probe-${Date.now()}`;
    const handle = await stack.api.get(Client).workflow.start(WIRING_CHECK_WORKFLOW, {
      taskQueue: CASE_TASK_QUEUE,
      workflowId: wiringCheckWorkflowId(probeId),
      args: [probeId],
    });
    const result: WiringCheckResult = await handle.result();
    expect(result.probeId).toBe(probeId);
    expect(result.databaseVersion).toMatch(/^PostgreSQL \d+/);
    expect(Number.isNaN(Date.parse(result.databaseTime))).toBe(false);
  });

  it('serves the OpenAPI document at /docs-json', async () => {
    const response = await stack.http().get('/docs-json').expect(200);
    expect(response.body.paths).toHaveProperty('/health');
  });
});
