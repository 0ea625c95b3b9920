// Unit supervision (督导考核) end to end on the real stack (api and worker apps, the Temporal dev
// server, the embedded PostgreSQL): a campaign whose policy runs in seconds leaves a community's
// sweep task undone, its evaluation opens a unit supervision case from the read model's figures,
// supervisors climb its rungs through the API (the 通报批评 as a numbered PDF), and the case
// closes by itself once the community records its inspection. Nothing is mocked.
import { randomUUID } from 'node:crypto';
import type { SupervisionCaseRecord } from '@firecase/persistence';
import { AuditTrailRepository } from '@firecase/persistence';
import { extractPdfTextCompact } from '@firecase/notices/testing';
import type { SweepTask, UnitFigures, LagReason } from '@firecase/domain';
import { eventually } from './support/eventually';
import { useRealStack } from './support/real-stack';
import { signedInUser } from './support/signed-in-user';

const COMMUNITY = `Supervised Community ${randomUUID().slice(0, 6)}`;

function campaign(code: string, t0 = Date.now()) {
  const at = (seconds: number) => new Date(t0 + seconds * 1000).toISOString();
  return {
    code,
    name: '督导考核测试专项行动',
    start: at(0),
    end: at(600),
    categories: [
      { category: 'high_rise', leadDepartment: 'emergency', responsibleLeader: '刘志强' },
    ],
    keyPeriods: [
      {
        code: 'sweep',
        name: '集中检查周',
        start: at(2),
        end: at(6),
        calls: ['sweep'],
        placeTypes: ['high_rise_building'],
      },
    ],
    policy: {
      version: 'e2e-supervision',
      keyPeriods: { sweepOpensBeforeStart: { seconds: 2 } },
      supervision: {
        evaluateEvery: { seconds: 3 },
        rungs: {
          supervisionNoticeWithin: { minutes: 5 },
          responseWindow: { seconds: 4 },
          criticismWithin: { minutes: 5 },
          interviewHeldWithin: { minutes: 5 },
        },
      },
    },
  };
}

describe('unit supervision (HTTP, real stack)', () => {
  const stack = useRealStack({ worker: true, api: true, database: true, temporal: true });
  const officer = signedInUser(stack, { role: 'officer', communities: [COMMUNITY] });
  const supervisor = signedInUser(stack, { role: 'supervisor', displayName: '张敏' });
  const emergencySupervisor = signedInUser(stack, { role: 'supervisor', department: 'emergency' });
  const otherOfficer = signedInUser(stack, { role: 'officer', department: 'enforcement' });
  const auditor = signedInUser(stack, { role: 'auditor' });
  const http = stack.http;

  it('opens a case for a unit that left its sweep undone, climbs it, and closes it on recovery', async () => {
    const code = `sup-${randomUUID().slice(0, 8)}`;
    await http().post('/campaigns').set(supervisor).send(campaign(code)).expect(201);

    // The task falls due undone: the community lags, and an evaluation opens its case.
    const path = `/supervision-cases?campaign=${code}&unitKind=community&unitCode=${encodeURIComponent(COMMUNITY)}`;
    const [opened] = await eventually(
      async () =>
        (await http().get(path).set(supervisor).expect(200)).body as SupervisionCaseRecord[],
      (cases) => cases.length > 0,
      'the unit supervision case to open',
    );
    expect(opened).toMatchObject({ status: 'open', level: 1, rung: 'supervision_notice' });
    expect(opened.number).toMatch(/^DB-\d{4}-\d{4}$/);
    expect(opened.state.openedFor.map((r) => r.kind)).toEqual(['sweep_tasks_undone']);
    const units = (await http().get(`/campaigns/${code}/units`).set(supervisor).expect(200))
      .body as (UnitFigures & { lagging: LagReason[] })[];
    const ours = units.find((u) => u.unit.code === COMMUNITY)!;
    expect(ours.sweepTasks).toEqual({ total: 1, done: 0, undonePastDue: 1 });
    expect(ours.lagging.map((r) => r.kind)).toEqual(['sweep_tasks_undone']);
    // An officer sees their own units only; and no other department's case.
    const seen = (await http().get(`/campaigns/${code}/units`).set(otherOfficer).expect(200))
      .body as UnitFigures[];
    expect(seen.map((u) => `${u.unit.kind}:${u.unit.code}`)).toEqual(['department:enforcement']);
    await http().get(`/supervision-cases/${opened.number}`).set(otherOfficer).expect(404);
    await http().get(`/supervision-cases/${opened.number}`).set(officer).expect(200);

    // 督办通知: supervisors act; officers cannot; nor a supervisor on their own department's case.
    const base = `/supervision-cases/${opened.number}`;
    const notice = { summary: '请于7日内补齐集中检查并报告街道' };
    await http().post(`${base}/supervision-notice`).set(officer).send(notice).expect(403);
    const emergencyCase = await eventually(
      async () =>
        (
          await http()
            .get(`/supervision-cases?campaign=${code}&unitKind=department&unitCode=emergency`)
            .set(auditor)
            .expect(200)
        ).body as SupervisionCaseRecord[],
      (cases) => cases.length > 0,
      "the emergency office's case",
    );
    await http()
      .post(`/supervision-cases/${emergencyCase[0].number}/supervision-notice`)
      .set(emergencySupervisor)
      .send(notice)
      .expect(403);
    const early = await http()
      .post(`${base}/criticism`)
      .set(supervisor)
      .send(criticism())
      .expect(409);
    expect(early.body.code).toBe('WRONG_RUNG');
    await http().post(`${base}/supervision-notice`).set(supervisor).send(notice).expect(201);

    // Still lagging after its response window: 通报批评, issued as a numbered PDF.
    await eventually(
      async () =>
        ((await http().get(base).set(supervisor).expect(200)).body as SupervisionCaseRecord).rung,
      (rung) => rung === 'criticism',
      'the criticism rung',
    );
    const criticised = await http()
      .post(`${base}/criticism`)
      .set(supervisor)
      .send(criticism())
      .expect(201);
    const { noticeNo } = criticised.body as { noticeNo: string };
    expect(noticeNo).toMatch(/^太白消督〔\d{4}〕第\d{4}号$/);
    const again = await http()
      .post(`${base}/criticism`)
      .set(supervisor)
      .send(criticism())
      .expect(409);
    expect(again.body.code).toBe('RUNG_DONE');
    const pdf = await http()
      .get(`${base}/criticism.pdf`)
      .set(auditor)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200)
      .expect('Content-Type', 'application/pdf');
    const text = extractPdfTextCompact(pdf.body as Buffer);
    expect(text).toContain(`关于对${COMMUNITY.replace(/\s+/g, '')}的通报批评`);
    expect(text).toContain(noticeNo);
    expect(text).toContain('集中检查任务逾期未完成1项');

    // 约谈单位负责人: scheduled, held, with a committed date.
    await eventually(
      async () =>
        ((await http().get(base).set(supervisor).expect(200)).body as SupervisionCaseRecord).rung,
      (rung) => rung === 'interview',
      'the interview rung',
    );
    const when = new Date(Date.now() + 60_000).toISOString();
    await http()
      .post(`${base}/interview`)
      .set(supervisor)
      .send({ at: when, location: '街道办事处三楼会议室', interviewee: '社区党委书记 王芳' })
      .expect(201);
    const committedDate = new Date(Date.now() + 8 * 3_600_000 + 7 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const tooLate = await http()
      .post(`${base}/interview/outcome`)
      .set(supervisor)
      .send({ outcome: '表态整改', committedDate: '2099-01-01' })
      .expect(400);
    expect(tooLate.body.code).toBe('INVALID_INPUT');
    const held = await http()
      .post(`${base}/interview/outcome`)
      .set(supervisor)
      .send({ outcome: '负责人表态一周内补齐集中检查', committedDate })
      .expect(201);
    expect(held.body.rungs[2].held).toMatchObject({ committedDate, by: { name: '张敏' } });

    // The community records its inspection: figures recover and the case closes by itself.
    const tasks = (
      await http()
        .get(`/campaigns/${code}/tasks?unitCode=${encodeURIComponent(COMMUNITY)}`)
        .set(officer)
        .expect(200)
    ).body as SweepTask[];
    await http()
      .post(`/campaigns/${code}/tasks/${tasks[0].id}/inspection`)
      .set(officer)
      .send({
        inspectedAt: new Date().toISOString(),
        placesInspected: [{ placeType: 'high_rise_building', count: 4 }],
        findings: '补查高层建筑4栋，未发现隐患',
      })
      .expect(201);
    const closed = await eventually(
      async () => (await http().get(base).set(auditor).expect(200)).body as SupervisionCaseRecord,
      (c) => c.status === 'closed',
      'the case to close on recovery',
    );
    expect(closed.state.closure).toMatchObject({ recovered: true });
    const history = (await http().get(`${base}/history`).set(auditor).expect(200)).body as {
      eventType: string;
      actorName: string;
    }[];
    expect(history.map((e) => e.eventType)).toEqual([
      'supervision_opened',
      'rung_opened',
      'supervision_notice_issued',
      'rung_opened',
      'criticism_issued',
      'rung_opened',
      'interview_scheduled',
      'interview_held',
      'supervision_closed',
    ]);
    expect(history[2].actorName).toBe('张敏');
    const chain = await stack.api.get(AuditTrailRepository).verifyCaseChain(opened.number);
    expect(chain).toMatchObject({ valid: true });
    const sent = await stack.database.query<{ kind: string }[]>(
      `SELECT kind FROM case_notification
        WHERE params->>'subject' = $1 AND params->>'audience' = $2 ORDER BY id`,
      [opened.number, `community:${COMMUNITY}`],
    );
    expect(sent.map((n) => n.kind)).toEqual([
      'supervision_opened',
      'supervision_notice',
      'supervision_criticism',
      'supervision_interview',
      'supervision_interview',
      'supervision_closed',
    ]);
    // The other units lagged too (nobody did their tasks): close their cases, and the campaign,
    // so that their three-second evaluations stop with this test.
    await http()
      .post(`/campaigns/${code}/cancellation`)
      .set(supervisor)
      .send({ reason: '测试结束' })
      .expect(201);
    await eventually(
      async () => {
        const open = (
          await http().get(`/supervision-cases?campaign=${code}&status=open`).set(auditor)
        ).body as SupervisionCaseRecord[];
        for (const other of open) {
          const own =
            other.unit.kind === 'department' && other.unit.code === 'planning_environment';
          await http()
            .post(`/supervision-cases/${other.number}/closure`)
            .set(own ? emergencySupervisor : supervisor)
            .send({ reason: '测试结束' });
        }
        return open.length;
      },
      (stillOpen) => stillOpen === 0,
      'every unit supervision case of the campaign to close',
    );
  });
});

function criticism() {
  return {
    summary: '督办通知下达后，该社区仍未完成集中检查任务。',
    requirements: '请于3日内补齐集中检查，并向街道作出书面检查。',
  };
}
