// Integration: the real embedded PostgreSQL and the real Temporal dev server (see
// test/support/stack.global-setup.mjs). Nothing here is mocked.
import type { INestApplication } from '@nestjs/common';
import { Client } from '@temporalio/client';
import request from 'supertest';
import {
  CASE_TASK_QUEUE,
  WIRING_CHECK_WORKFLOW,
  type WiringCheckResult,
  wiringCheckWorkflowId,
} from '@firecase/contract';
import { startApiApp, startWorkerApp } from './support/running-apps';
import { stackConfig } from './support/stack';

describe('wiring: api → Temporal → worker → PostgreSQL', () => {
  let api: INestApplication;
  let worker: Awaited<ReturnType<typeof startWorkerApp>>;

  beforeAll(async () => {
    worker = await startWorkerApp(stackConfig());
    api = await startApiApp(stackConfig());
  });

  afterAll(async () => {
    await api?.close();
    await worker?.stop();
  });

  it('reports database and Temporal up on /health', async () => {
    const response = await request(api.getHttpServer()).get('/health').expect(200);
    expect(response.body).toMatchObject({
      status: 'ok',
      info: { database: { status: 'up' }, temporal: { status: 'up' } },
    });
  });

  it("runs a workflow started through the api's Temporal client to completion on the worker", async () => {
    const probeId = `probe-${Date.now()}`;
    const handle = await api.get(Client).workflow.start(WIRING_CHECK_WORKFLOW, {
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
    const response = await request(api.getHttpServer()).get('/docs-json').expect(200);
    expect(response.body.paths).toHaveProperty('/health');
  });
});
