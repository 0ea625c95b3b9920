// The case record outlives its workflow, end to end on the real stack (the Temporal dev server and
// the embedded PostgreSQL, the api and worker apps as their main()s boot them). A closed case is
// read in full after `temporal workflow delete`; with the worker stopped, reads still answer from
// PostgreSQL and actions answer 503, and an action sent again with its Idempotency-Key once the
// worker is back is recorded exactly once. Nothing is mocked.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { WorkflowNotFoundError } from '@temporalio/client';
import type { Response, Test } from 'supertest';
import { getCaseQuery } from '@firecase/contract';
import request from 'supertest';
import { AuthService } from '@firecase/api';
import { freePort } from '../tools/lib/free-port.cjs';
import { uploadEvidence } from './support/evidence-files';
import { useRealStack } from './support/real-stack';
import { startApiApp, startWorkerApp } from './support/running-apps';
import { signedInUser, userOf } from './support/signed-in-user';
import { stackConfig } from './support/stack';

const run = promisify(execFile);

function hazard(community: string, evidenceId: string) {
  return {
    location: { community, grid: 'G-02', address: '万州区太白路128号' },
    category: 'high_rise',
    hazardType: 'high_rise.fire_passage_occupied',
    description: '消防通道堆放杂物',
    severity: 'general',
    responsibleParty: { name: '绿叶物业服务有限公司', head: '孙浩' },
    department: 'emergency',
    evidence: [{ evidenceId }],
    discoveredAt: new Date().toISOString(),
  };
}

describe('the case record outlives its workflow (HTTP, real stack)', () => {
  const stack = useRealStack({ api: true, temporal: true, database: true });
  const http = stack.http;
  const community = `Record Community ${Date.now()}`;
  const officer = signedInUser(stack, { role: 'officer', department: 'emergency' });
  const supervisor = signedInUser(stack, { role: 'supervisor', department: 'emergency' });
  const auditor = signedInUser(stack, { role: 'auditor' });
  // Another department's officer who covers the community: reads the case, and so its evidence.
  const covering = signedInUser(stack, {
    role: 'officer',
    department: 'economic_development',
    communities: [community],
  });

  let worker: Awaited<ReturnType<typeof startWorkerApp>> | undefined;
  beforeAll(async () => {
    worker = await startWorkerApp(stackConfig());
  });
  afterAll(async () => {
    await worker?.stop();
  });

  /** Waits until the record (hazard_case) holds the case at this status (and revision, if given). */
  async function recorded(caseNumber: string, status: string, revision = 0): Promise<number> {
    for (let attempt = 0; attempt < 240; attempt += 1) {
      const rows: { status: string; revision: number }[] = await stack.database.query(
        'SELECT status, revision FROM hazard_case WHERE case_number = $1',
        [caseNumber],
      );
      if (rows[0]?.status === status && rows[0].revision >= revision) return rows[0].revision;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`case ${caseNumber} was not recorded as ${status}`);
  }

  /**
   * The history shows who was told what: the dispatcher expands and sends a case's notifications
   * after the record is written (one queued before its case is in the record waits a while), so
   * wait until it has nothing left to do for this case.
   */
  async function notificationsSettled(caseNumber: string): Promise<void> {
    for (let attempt = 0; attempt < 240; attempt += 1) {
      const [{ busy }]: { busy: string }[] = await stack.database.query(
        `SELECT (SELECT count(*) FROM case_notification
                  WHERE case_number = $1 AND dispatched_at IS NULL)
              + (SELECT count(*) FROM notification_delivery d
                   JOIN case_notification n ON n.id = d.notification_id
                  WHERE n.case_number = $1 AND d.status IN ('pending', 'sending', 'failed'))
                  AS busy`,
        [caseNumber],
      );
      if (Number(busy) === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const left = await stack.database.query(
      `SELECT n.kind, n.dispatched_at, n.next_dispatch_at, n.undeliverable_reason, d.channel, d.status
         FROM case_notification n LEFT JOIN notification_delivery d ON d.notification_id = n.id
        WHERE n.case_number = $1`,
      [caseNumber],
    );
    throw new Error(`the notifications of ${caseNumber} were not settled: ${JSON.stringify(left)}`);
  }

  /** Every read of a case, as these users see it, with the volatile parts left out. */
  async function readEverything(caseNumber: string, evidenceId: string, noticeNo: string) {
    const detail = await http().get(`/cases/${caseNumber}`).set(officer).expect(200);
    const asAuditor = await http().get(`/cases/${caseNumber}`).set(auditor).expect(200);
    const history = await http().get(`/cases/${caseNumber}/history`).set(auditor).expect(200);
    const verified = await http().get(`/cases/${caseNumber}/audit/verify`).set(auditor);
    const notices = await http().get(`/cases/${caseNumber}/notices`).set(officer).expect(200);
    const pdf = await binary(http().get(`/cases/${caseNumber}/notice.pdf`).set(auditor));
    const byNumber = await binary(
      http()
        .get(`/notices/${encodeURIComponent(noticeNo)}.pdf`)
        .set(officer),
    );
    const evidence = await http().get(`/evidence/${evidenceId}/metadata`).set(covering);
    const file = await binary(http().get(`/evidence/${evidenceId}`).set(covering));
    return {
      detail: detail.body as unknown,
      asAuditor: asAuditor.body as unknown,
      history: history.body as unknown,
      verified: { status: verified.status, body: verified.body as unknown },
      notices: notices.body as unknown,
      pdf: pdf.toString('base64'),
      byNumber: byNumber.toString('base64'),
      evidence: { status: evidence.status, body: evidence.body as unknown },
      file: file.toString('base64'),
    };
  }

  it('reads a closed case in full after Temporal deleted its workflow', async () => {
    const photo = await uploadEvidence(http, officer, '通道堆物照片');
    // Before the case cites it, the covering officer (another department) may not read it.
    await http().get(`/evidence/${photo}/metadata`).set(covering).expect(404);
    const opened = await http().post('/cases').set(officer).send(hazard(community, photo));
    expect(opened.status).toBe(201);
    const caseNumber = opened.body.caseNumber as string;
    const issued = await http()
      .post(`/cases/${caseNumber}/notice`)
      .set(officer)
      .send({ requirements: '三日内清理消防通道' })
      .expect(200);
    const noticeNo = issued.body.notice.noticeNo as string;
    const receipt = await uploadEvidence(http, officer, '送达回证');
    for (const [path, user, body] of [
      [
        'notice/service',
        officer,
        { method: 'in_person', recipient: '孙浩', evidence: [{ evidenceId: receipt }] },
      ],
      ['rectification-reports', officer, { note: '杂物已清理' }],
      ['reinspections', officer, { passed: true, findings: '通道畅通' }],
      ['closure', supervisor, { note: '销号' }],
    ] as const) {
      await http().post(`/cases/${caseNumber}/${path}`).set(user).send(body).expect(200);
    }
    const finalRevision = await recorded(caseNumber, 'closed');
    await notificationsSettled(caseNumber);

    const before = await readEverything(caseNumber, photo, noticeNo);
    expect(before.detail).toMatchObject({ state: { status: 'closed', revision: finalRevision } });
    expect(before.asAuditor).toEqual(before.detail);
    expect(before.verified).toMatchObject({ status: 200, body: { valid: true } });
    expect(before.evidence).toMatchObject({ status: 200, body: { evidenceId: photo } });
    const history = before.history as {
      events: { eventType: string; detail: { evidence?: { evidenceId: string }[] } | null }[];
      workflow: { inSync: boolean; source: string };
    };
    expect(history.workflow).toMatchObject({ inSync: true, source: 'record' });
    // The snapshot holds the whole timeline and the final state: the trail agrees with it.
    expect(history.events.map((e) => e.eventType)).toEqual([
      'case_registered',
      'notice_issued',
      'notice_served',
      'rectification_reported',
      'reinspection_passed',
      'case_closed',
    ]);
    const links: { evidence_id: string; event_seq: number }[] = await stack.database.query(
      'SELECT evidence_id, event_seq FROM case_evidence WHERE case_number = $1 ORDER BY event_seq',
      [caseNumber],
    );
    expect(links).toEqual([
      { evidence_id: photo, event_seq: 1 },
      { evidence_id: receipt, event_seq: 3 },
    ]);

    await run(process.env.FIRECASE_TEMPORAL_CLI!, [
      'workflow',
      'delete',
      '--workflow-id',
      caseNumber,
      '--address',
      process.env.TEMPORAL_ADDRESS!,
      '--namespace',
      process.env.TEMPORAL_NAMESPACE ?? 'default',
    ]);
    await waitUntilDeleted(caseNumber);

    expect(await readEverything(caseNumber, photo, noticeNo)).toEqual(before);
    const late = await http()
      .post(`/cases/${caseNumber}/void`)
      .set(supervisor)
      .send({ reason: '误登' })
      .expect(409);
    expect(late.body.code).toBe('CASE_FINISHED');
  });

  it('answers reads from the record while the worker is down, actions with 503, and records a retried action once', async () => {
    const photo = await uploadEvidence(http, officer);
    const opened = await http().post('/cases').set(officer).send(hazard(community, photo));
    expect(opened.status).toBe(201);
    const caseNumber = opened.body.caseNumber as string;
    const issued = await http()
      .post(`/cases/${caseNumber}/notice`)
      .set(officer)
      .send({ requirements: '立即清理' })
      .expect(200);
    const answered = issued.body.case.state.revision as number;
    const revision = await recorded(caseNumber, 'awaiting_service', answered);
    expect(revision).toBe(answered);

    await worker!.stop();
    worker = undefined;

    const detail = await http().get(`/cases/${caseNumber}`).set(officer).expect(200);
    expect(detail.body).toMatchObject({
      state: { status: 'awaiting_service', revision },
      obligations: [expect.objectContaining({ kind: 'serve_notice' })],
      nextDue: expect.objectContaining({ dueAt: expect.any(String) }),
    });
    expect(detail.body.state.deadlines).toEqual(issued.body.case.state.deadlines);
    const history = await http().get(`/cases/${caseNumber}/history`).set(auditor).expect(200);
    expect(history.body.workflow).toMatchObject({ inSync: true, source: 'record', revision });
    await http().get(`/cases/${caseNumber}/audit/verify`).set(auditor).expect(200);
    const notices = await http().get(`/cases/${caseNumber}/notices`).set(officer).expect(200);
    expect(notices.body).toHaveLength(1);
    await binary(http().get(`/cases/${caseNumber}/notice.pdf`).set(officer));
    await http().get('/cases').query({ community }).set(officer).expect(200);

    const service = { method: 'in_person', recipient: '孙浩' };
    const refused = await http()
      .post(`/cases/${caseNumber}/notice/service`)
      .set(officer)
      .set('Idempotency-Key', `serve-${caseNumber}`)
      .send(service)
      .expect(503);
    expect(refused.body).toMatchObject({
      statusCode: 503,
      code: 'WORKFLOW_UNAVAILABLE',
      message: expect.stringMatching(/worker/),
    });
    // Opening a case while no worker runs workflows: 503, and nothing opened.
    const notOpened = await http().post('/cases').set(officer).send(hazard(community, photo));
    expect(notOpened.status).toBe(503);
    expect(notOpened.body.code).toBe('WORKFLOW_UNAVAILABLE');

    worker = await startWorkerApp(stackConfig());
    const retried = await retryUntilAnswered(() =>
      http()
        .post(`/cases/${caseNumber}/notice/service`)
        .set(officer)
        .set('Idempotency-Key', `serve-${caseNumber}`)
        .send(service),
    );
    expect(retried.status).toBe(200);
    expect(retried.body.state.status).toBe('rectifying');
    const again = await http()
      .post(`/cases/${caseNumber}/notice/service`)
      .set(officer)
      .set('Idempotency-Key', `serve-${caseNumber}`)
      .send(service)
      .expect(200);
    expect(again.text).toBe(retried.text);
    const { state } = await stack.client.workflow.getHandle(caseNumber).query(getCaseQuery);
    expect(state.events.filter((e) => e.type === 'notice_served')).toHaveLength(1);
  });

  it('answers reads from the record while Temporal itself is unreachable, actions with 503', async () => {
    const photo = await uploadEvidence(http, officer);
    const opened = await http().post('/cases').set(officer).send(hazard(community, photo));
    expect(opened.status).toBe(201);
    const caseNumber = opened.body.caseNumber as string;
    const revision = await recorded(caseNumber, 'awaiting_notice');
    // A second api whose Temporal address answers nothing, on the same database and tokens.
    const cutOff = await startApiApp(
      stackConfig({ TEMPORAL_ADDRESS: `127.0.0.1:${await freePort()}` }),
    );
    try {
      const token = await cutOff.get(AuthService).issue(userOf(officer));
      const bearer = { Authorization: `Bearer ${token.accessToken}` };
      const detail = await request(cutOff.getHttpServer())
        .get(`/cases/${caseNumber}`)
        .set(bearer)
        .expect(200);
      expect(detail.body.state).toMatchObject({ caseNumber, revision, status: 'awaiting_notice' });
      await request(cutOff.getHttpServer())
        .get(`/cases/${caseNumber}/history`)
        .set(bearer)
        .expect(200);
      const refused = await request(cutOff.getHttpServer())
        .post(`/cases/${caseNumber}/notice`)
        .set(bearer)
        .send({ requirements: '立即清理' })
        .expect(503);
      expect(refused.body).toMatchObject({
        code: 'WORKFLOW_UNAVAILABLE',
        message: expect.stringContaining('does not answer'),
      });
    } finally {
      await cutOff.close();
    }
  });

  it('answers 404 for a number handed out whose workflow never started, not 503', async () => {
    // As after an opening without Idempotency-Key that died between numbering and starting.
    await stack.database.query(
      `INSERT INTO case_number_counter (year, last_number) VALUES (1998, 7)
       ON CONFLICT (year) DO UPDATE SET last_number = GREATEST(case_number_counter.last_number, 7)`,
    );
    await http().get('/cases/TB-1998-000007').set(auditor).expect(404);
    await http().get('/cases/TB-1998-000007/history').set(auditor).expect(404);
  });

  async function waitUntilDeleted(caseNumber: string): Promise<void> {
    // The dev server deletes in a background task: on a loaded machine it can take a while.
    for (let attempt = 0; attempt < 240; attempt += 1) {
      try {
        await stack.client.workflow.getHandle(caseNumber).describe();
      } catch (error) {
        if (error instanceof WorkflowNotFoundError) return;
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const d = await stack.client.workflow.getHandle(caseNumber).describe();
    throw new Error(`workflow ${caseNumber} was not deleted: ${d.status.name} ${d.historyLength}`);
  }
});

/** A 200 PDF or file download, as its bytes. */
async function binary(test: Test): Promise<Buffer> {
  const response = await test
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    })
    .expect(200);
  return response.body as Buffer;
}

/** Sends again while the answer is 503 (the worker is still coming back), as a client would. */
async function retryUntilAnswered(send: () => Test): Promise<Response> {
  for (let attempt = 0; attempt < 60; attempt += 1) {
    const response = await send();
    if (response.status !== 503) return response;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  throw new Error('the action stayed unavailable after the worker came back');
}
