// Retried case actions never double, end to end on the real stack (the Temporal dev server, the
// embedded PostgreSQL, the worker and api apps as their main()s boot them). The api is stopped
// and started again between two sends of one patrol check-in: three sends with one
// Idempotency-Key record one patrol and answer three times alike. Nothing is mocked.
import { randomBytes } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { getCaseQuery } from '@firecase/contract';
import { useRealStack } from './support/real-stack';
import { startApiApp } from './support/running-apps';
import { type BearerHeaders, createSignedInUser } from './support/signed-in-user';
import { stackConfig } from './support/stack';

// One signing key for both api processes, as a deployment has: tokens outlive the restart.
const config = () => stackConfig({ JWT_SECRET: SECRET });
const SECRET = randomBytes(32).toString('hex');

describe('idempotent case actions (HTTP, real stack, api restarted)', () => {
  const stack = useRealStack({ worker: true, temporal: true, database: true });
  let api: INestApplication;
  const officer: BearerHeaders = {};
  const http = () => request(api.getHttpServer());

  beforeAll(async () => {
    api = await startApiApp(config());
    await createSignedInUser(api, { role: 'officer', department: 'emergency' }, officer);
  });
  afterAll(async () => {
    await api.close();
  });

  async function restartApi(): Promise<void> {
    await api.close();
    api = await startApiApp(config());
  }

  /** A major hazard with its notice served and interim safeguards in place: patrols are due. */
  async function caseUnderPatrol(): Promise<string> {
    const opened = await http()
      .post('/cases')
      .set(officer)
      .send({
        location: { community: '太白社区', address: '万州区太白路128号' },
        category: 'high_rise',
        hazardType: 'high_rise.sprinkler_fault',
        description: '喷淋系统水泵故障',
        severity: 'major',
        responsibleParty: { name: '绿叶物业服务有限公司', head: '孙浩' },
        department: 'emergency',
        discoveredAt: new Date().toISOString(),
      })
      .expect(201);
    const caseNumber = opened.body.caseNumber as string;
    for (const [path, body] of [
      ['notice', { requirements: '更换水泵，落实防火巡查' }],
      ['notice/service', { method: 'in_person', recipient: '孙浩' }],
      ['interim-measures', { measures: ['每层设消防巡查', '增配灭火器'] }],
    ] as const) {
      await http().post(`/cases/${caseNumber}/${path}`).set(officer).send(body).expect(200);
    }
    return caseNumber;
  }

  async function patrolsOf(caseNumber: string): Promise<number> {
    const view = await stack.client.workflow.getHandle(caseNumber).query(getCaseQuery);
    return view.state.events.filter((event) => event.type === 'patrol_recorded').length;
  }

  /** The audit trail's patrol events, once the projection has caught up with the workflow. */
  async function recordedPatrols(caseNumber: string, revision: number): Promise<number> {
    for (let attempt = 0; attempt < 120; attempt += 1) {
      const [row]: { revision: number }[] = await stack.database.query(
        'SELECT revision FROM hazard_case WHERE case_number = $1',
        [caseNumber],
      );
      if (row && row.revision >= revision) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const [{ count }]: { count: string }[] = await stack.database.query(
      `SELECT count(*) FROM audit_event WHERE case_number = $1 AND event_type = 'patrol_recorded'`,
      [caseNumber],
    );
    return Number(count);
  }

  it('records one patrol for three sends with one key, across an api restart, and answers alike', async () => {
    const caseNumber = await caseUnderPatrol();
    const key = `patrol-${caseNumber}-1`;
    const patrol = { measuresInPlace: true, note: '巡查：防火措施到位' };
    const send = () =>
      http()
        .post(`/cases/${caseNumber}/patrols`)
        .set(officer)
        .set('Idempotency-Key', key)
        .send(patrol)
        .expect(200);

    const first = await send();
    await restartApi();
    const second = await send();
    const third = await send();

    expect(second.text).toBe(first.text);
    expect(third.text).toBe(first.text);
    expect(await patrolsOf(caseNumber)).toBe(1);
    expect(await recordedPatrols(caseNumber, first.body.state.revision as number)).toBe(1);
  });

  it('answers a retry whose answer was lost in a crash from Temporal, under the same update id', async () => {
    const caseNumber = await caseUnderPatrol();
    const key = `patrol-${caseNumber}-lost`;
    const send = () =>
      http()
        .post(`/cases/${caseNumber}/patrols`)
        .set(officer)
        .set('Idempotency-Key', key)
        .send({ measuresInPlace: true })
        .expect(200);
    const first = await send();
    // As if the api had died after the update ran and before it kept the answer.
    await stack.database.query(
      `UPDATE case_action_request SET status_code = NULL, answer = NULL, answered_at = NULL
        WHERE idempotency_key = $1`,
      [key],
    );
    const retried = await send();
    expect(retried.text).toBe(first.text);
    expect(await patrolsOf(caseNumber)).toBe(1);
  });

  it('answers 422 with the reason when the key comes back with another request', async () => {
    const caseNumber = await caseUnderPatrol();
    const other = await caseUnderPatrol();
    const key = `patrol-${caseNumber}-reused`;
    await http()
      .post(`/cases/${caseNumber}/patrols`)
      .set(officer)
      .set('Idempotency-Key', key)
      .send({ measuresInPlace: true })
      .expect(200);
    const changed = await http()
      .post(`/cases/${caseNumber}/patrols`)
      .set(officer)
      .set('Idempotency-Key', key)
      .send({ measuresInPlace: false })
      .expect(422);
    expect(changed.body).toMatchObject({
      statusCode: 422,
      code: 'IDEMPOTENCY_KEY_REUSED',
      message: expect.stringContaining(`recordPatrol on case ${caseNumber} with another body`),
    });
    const elsewhere = await http()
      .post(`/cases/${other}/patrols`)
      .set(officer)
      .set('Idempotency-Key', key)
      .send({ measuresInPlace: true })
      .expect(422);
    expect(elsewhere.body.message).toContain(key);
    expect(await patrolsOf(caseNumber)).toBe(1);
    expect(await patrolsOf(other)).toBe(0);
  });

  it('answers a refused action the same way again, and without a key records every send', async () => {
    const caseNumber = await caseUnderPatrol();
    const noticeKey = `notice-again-${caseNumber}`;
    const send = () =>
      http()
        .post(`/cases/${caseNumber}/notice`)
        .set(officer)
        .set('Idempotency-Key', noticeKey)
        .send({ requirements: '再次下达' })
        .expect(409);
    const refused = await send();
    expect(refused.body.code).toBe('WRONG_STATUS');
    expect((await send()).body).toEqual(refused.body);

    for (let i = 0; i < 2; i += 1) {
      await http()
        .post(`/cases/${caseNumber}/patrols`)
        .set(officer)
        .send({ measuresInPlace: true })
        .expect(200);
    }
    expect(await patrolsOf(caseNumber)).toBe(2);
  });
});
