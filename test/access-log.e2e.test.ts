// End to end on the real stack: every read of case data lands in the append-only access log
// (who, what, when), the admin log records administrative actions, and only auditors read
// either, filtered by user, case and time, in keyset pages. Nothing is mocked.
import { randomBytes } from 'node:crypto';
import { ACCESS_ACTION_LABELS, ADMIN_ACTION_LABELS } from '@firecase/domain';
import { useRealStack } from './support/real-stack';
import { signedInUser, userOf } from './support/signed-in-user';

function hazard(community: string) {
  return {
    location: { community, grid: 'G-02', address: '3 Baiyan Road' },
    category: 'electric_bike',
    hazardType: 'electric_bike.parked_in_stairwell',
    description: 'E-bikes in the stairwell of unit 2',
    severity: 'major',
    responsibleParty: { name: 'Evergreen Property Co.' },
    department: 'planning_environment',
    discoveredAt: new Date().toISOString(),
  };
}

interface AccessEntry {
  id: string;
  userId: string;
  username: string;
  role: string;
  action: string;
  subject: string;
  caseNumber: string | null;
  accessedAt: string;
}

describe('access log and admin log (HTTP, real stack)', () => {
  const stack = useRealStack({ worker: true, api: true, database: true });
  const http = stack.http;
  const community = `Access Log Community ${Date.now()}`;
  const officer = signedInUser(stack, { role: 'officer', department: 'planning_environment' });
  const supervisor = signedInUser(stack, {
    role: 'supervisor',
    department: 'planning_environment',
  });
  const auditor = signedInUser(stack, { role: 'auditor' });
  const otherAuditor = signedInUser(stack, { role: 'auditor' });
  const admin = signedInUser(stack, { role: 'administrator' });

  let caseNumber: string;
  let noticeNo: string;
  let evidenceId: string;

  beforeAll(async () => {
    const evidence = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(64)]);
    evidenceId = (
      await http().post('/evidence').set(officer).attach('file', evidence, 'scan.pdf').expect(201)
    ).body.evidenceId;
    caseNumber = (await http().post('/cases').set(officer).send(hazard(community)).expect(201)).body
      .caseNumber;
    noticeNo = (
      await http()
        .post(`/cases/${caseNumber}/notice`)
        .set(officer)
        .send({ requirements: 'Move the bikes to the shed' })
        .expect(200)
    ).body.notice.noticeNo;
  });

  /** Everything the access log holds for one reader, oldest first. */
  async function logOf(reader: Record<string, string>): Promise<AccessEntry[]> {
    const response = await http()
      .get('/audit-log/access')
      .query({ userId: userOf(reader).id, limit: 200 })
      .set(auditor)
      .expect(200);
    return (response.body.items as AccessEntry[]).reverse();
  }

  /** Every kind of read of case data: the action it is logged as, and the path. */
  function everyRead(): [string, string][] {
    const pdf = encodeURIComponent(noticeNo);
    return [
      ['case.detail', `/cases/${caseNumber}`],
      ['case.history', `/cases/${caseNumber}/history`],
      ['case.audit_verify', `/cases/${caseNumber}/audit/verify`],
      ['case.notices', `/cases/${caseNumber}/notices`],
      ['notice.pdf', `/cases/${caseNumber}/notice.pdf`],
      ['notice.pdf', `/notices/${pdf}.pdf`],
      ['evidence.file', `/evidence/${evidenceId}`],
      ['evidence.metadata', `/evidence/${evidenceId}/metadata`],
      ['ledger.query', `/cases?community=${encodeURIComponent(community)}`],
      ['ledger.export.csv', `/cases/export.csv?community=${encodeURIComponent(community)}`],
      ['ledger.export.xlsx', `/cases/export.xlsx?community=${encodeURIComponent(community)}`],
    ];
  }

  it('logs every read of case data by auditors and supervisors: who, what, when', async () => {
    for (const reader of [auditor, supervisor]) {
      const started = Date.now();
      for (const [, path] of everyRead()) await http().get(path).set(reader).expect(200);
      const entries = await logOf(reader);
      expect(entries.map((e) => [e.action, e.subject])).toEqual(everyRead());
      const user = userOf(reader);
      for (const entry of entries) {
        expect(entry).toMatchObject({ userId: user.id, username: user.username, role: user.role });
        expect(Date.parse(entry.accessedAt)).toBeGreaterThanOrEqual(started - 1000);
        expect(ACCESS_ACTION_LABELS).toHaveProperty([entry.action]);
      }
      // The case a path names is kept apart, so the log can be asked by case.
      expect(entries.filter((e) => e.caseNumber === caseNumber)).toHaveLength(5);
    }
  });

  it("logs officers' reads too, but not their ledger pages", async () => {
    await http().get(`/cases/${caseNumber}`).set(officer).expect(200);
    await http().get('/cases').query({ community }).set(officer).expect(200);
    await http().get('/cases/export.csv').query({ community }).set(officer).expect(200);
    expect((await logOf(officer)).map((e) => e.action)).toEqual([
      'case.detail',
      'ledger.export.csv',
    ]);
  });

  it('logs no read that was refused: an unknown case is no read', async () => {
    const before = await logOf(otherAuditor);
    await http().get('/cases/TB-1999-000404').set(otherAuditor).expect(404);
    await http().get('/cases').query({ limit: 0 }).set(otherAuditor).expect(400);
    expect(await logOf(otherAuditor)).toEqual(before);
  });

  it('lets auditors filter the access log by user, case and time, newest first, in keyset pages', async () => {
    const mine = await logOf(auditor);
    expect(mine.length).toBeGreaterThanOrEqual(11);
    const byCase = await http()
      .get('/audit-log/access')
      .query({ caseNumber, limit: 200 })
      .set(otherAuditor)
      .expect(200);
    const items = byCase.body.items as AccessEntry[];
    expect(new Set(items.map((e) => e.caseNumber))).toEqual(new Set([caseNumber]));
    expect(new Set(items.map((e) => e.role))).toEqual(
      new Set(['auditor', 'supervisor', 'officer']),
    );

    // Pages of 4 walk the auditor's entries newest first, each once.
    const walked: AccessEntry[] = [];
    let cursor: string | undefined;
    do {
      const page = await http()
        .get('/audit-log/access')
        .query({ userId: userOf(auditor).id, limit: 4, ...(cursor && { cursor }) })
        .set(auditor)
        .expect(200);
      walked.push(...(page.body.items as AccessEntry[]));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(walked.map((e) => e.id)).toEqual([...mine].reverse().map((e) => e.id));

    const middle = mine[Math.floor(mine.length / 2)].accessedAt;
    const later = await http()
      .get('/audit-log/access')
      .query({ userId: userOf(auditor).id, from: middle, limit: 200 })
      .set(auditor)
      .expect(200);
    const earlier = await http()
      .get('/audit-log/access')
      .query({ userId: userOf(auditor).id, to: middle, limit: 200 })
      .set(auditor)
      .expect(200);
    expect(later.body.items.length + earlier.body.items.length).toBe(mine.length);
    for (const entry of later.body.items as AccessEntry[]) {
      expect(Date.parse(entry.accessedAt)).toBeGreaterThanOrEqual(Date.parse(middle));
    }
  });

  it('answers 400 naming a bad filter, and 403 to everyone but auditors', async () => {
    for (const [query, field] of [
      [{ userId: 'not-a-uuid' }, 'userId'],
      [{ from: 'yesterday' }, 'from'],
      [{ limit: 201 }, 'limit'],
      [{ cursor: 'abc' }, 'cursor'],
      [{ cursor: '99999999999999999999' }, 'cursor'],
    ] as const) {
      const response = await http().get('/audit-log/access').query(query).set(auditor).expect(400);
      expect(JSON.stringify(response.body)).toContain(field);
    }
    await http().get('/audit-log/admin').query({ action: 'user.deleted' }).set(auditor).expect(400);
    for (const caller of [officer, supervisor, admin]) {
      await http().get('/audit-log/access').set(caller).expect(403);
      await http().get('/audit-log/admin').set(caller).expect(403);
    }
  });

  it('records every administrative action in the admin log, for auditors to read', async () => {
    const department = 'economic_development';
    const communityCode = `Admin Log Community ${Date.now()}`;
    await http()
      .post('/admin/communities')
      .set(admin)
      .send({ code: communityCode, name: '白岩社区', grids: [{ code: 'G-01', name: '一网格' }] })
      .expect(201);
    // Already there: nothing is created, so nothing is logged.
    await http()
      .post('/admin/communities')
      .set(admin)
      .send({ code: communityCode, name: '白岩社区' })
      .expect(201);
    const username = `officer.log.${Date.now()}`;
    const created = await http()
      .post('/admin/users')
      .set(admin)
      .send({
        username,
        displayName: 'Tang Li',
        role: 'officer',
        departmentCode: 'planning_environment',
        password: 'a-long-enough-password',
      })
      .expect(201);
    const id = created.body.id as string;
    await http()
      .patch(`/admin/users/${id}`)
      .set(admin)
      .send({ departmentCode: department, communityCodes: [communityCode] })
      .expect(200);
    await http()
      .patch(`/admin/users/${id}`)
      .set(admin)
      .send({ role: 'supervisor', communityCodes: [], displayName: 'Tang Li (科长)' })
      .expect(200);
    await http()
      .post(`/admin/users/${id}/password`)
      .set(admin)
      .send({ password: 'another-long-password' })
      .expect(200);
    await http().post(`/admin/users/${id}/disable`).set(admin).expect(200);
    await http().post(`/admin/users/${id}/enable`).set(admin).expect(200);

    const log = await http()
      .get('/audit-log/admin')
      .query({ userId: id, limit: 200 })
      .set(auditor)
      .expect(200);
    const entries = (log.body.items as Record<string, unknown>[]).reverse();
    const adminUser = userOf(admin);
    expect(entries.map((e) => [e.action, e.detail])).toEqual([
      [
        'user.created',
        {
          username,
          displayName: 'Tang Li',
          role: 'officer',
          departmentCode: 'planning_environment',
          communityCodes: [],
        },
      ],
      ['user.department_changed', { username, from: 'planning_environment', to: department }],
      ['user.communities_changed', { username, from: [], to: [communityCode] }],
      ['user.role_changed', { username, from: 'officer', to: 'supervisor' }],
      ['user.communities_changed', { username, from: [communityCode], to: [] }],
      ['user.changed', { username, from: 'Tang Li', to: 'Tang Li (科长)' }],
      ['user.password_reset', { username }],
      ['user.disabled', { username }],
      ['user.enabled', { username }],
    ]);
    for (const entry of entries) {
      expect(entry).toMatchObject({
        actorId: adminUser.id,
        actorUsername: adminUser.username,
        actorRole: 'administrator',
        targetKind: 'user',
        targetId: id,
      });
      expect(ADMIN_ACTION_LABELS).toHaveProperty([entry.action as string]);
    }
    expect(JSON.stringify(entries)).not.toMatch(/long-enough|another-long/);

    const byAdmin = await http()
      .get('/audit-log/admin')
      .query({ userId: adminUser.id, action: 'community.created', limit: 200 })
      .set(auditor)
      .expect(200);
    expect(byAdmin.body.items).toEqual([
      expect.objectContaining({
        action: 'community.created',
        targetKind: 'community',
        targetId: communityCode,
        detail: { name: '白岩社区', grids: ['G-01'] },
      }),
    ]);
  });

  it('refuses an inconsistent user change with 400 naming the field, and logs nothing', async () => {
    const made = await http()
      .post('/admin/users')
      .set(admin)
      .send({
        username: `auditor.log.${Date.now()}`,
        displayName: 'Qin Yu',
        role: 'auditor',
        password: 'a-long-enough-password',
      })
      .expect(201);
    const id = made.body.id as string;
    const refused = await http()
      .patch(`/admin/users/${id}`)
      .set(admin)
      .send({ role: 'officer' })
      .expect(400);
    expect(refused.body.message).toMatch(/^departmentCode: a officer needs a department/);
    await http()
      .patch(`/admin/users/${id}`)
      .set(admin)
      .send({ communityCodes: ['Nowhere'] })
      .expect(400);
    await http()
      .patch(`/admin/users/00000000-0000-4000-8000-000000000000`)
      .set(admin)
      .send({})
      .expect(404);
    const log = await http().get('/audit-log/admin').query({ userId: id }).set(auditor).expect(200);
    const actions = (log.body.items as { action: string }[]).map((e) => e.action);
    expect(actions).toEqual(['user.created']);
  });

  it('keeps both logs from the application itself: no UPDATE, DELETE or TRUNCATE', async () => {
    for (const table of ['access_log', 'admin_log']) {
      await expect(stack.database.query(`DELETE FROM ${table}`)).rejects.toThrow(
        `permission denied for table ${table}`,
      );
      await expect(stack.database.query(`TRUNCATE ${table}`)).rejects.toThrow(
        `permission denied for table ${table}`,
      );
    }
  });
});
