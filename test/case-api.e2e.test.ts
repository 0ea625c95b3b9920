// End to end through HTTP against the real stack: the api and worker apps as their main()s boot
// them, the Temporal dev server and the embedded PostgreSQL. Nothing is mocked.
import { uploadEvidence } from './support/evidence-files';
import { ownerDatabase } from './support/owner-database';
import { useRealStack } from './support/real-stack';
import { actorOf, signedInUser } from './support/signed-in-user';

/** An uploaded photo of the officer's, which every hazard below cites. */
let photoId = '';

function newHazard(overrides: Record<string, unknown> = {}) {
  return {
    location: {
      community: 'Gaosuntang Community',
      grid: 'G-07',
      address: `${Math.floor(Math.random() * 900) + 100} Taibai Road, Wanzhou`,
    },
    category: 'electric_bike',
    hazardType: 'electric_bike.parked_in_stairwell',
    description: 'Six e-bikes parked in the stairwell of unit 3',
    severity: 'general',
    responsibleParty: {
      name: 'Green Leaf Property Services Co.',
      contactPerson: 'Liu Yang',
      head: 'Sun Hao',
    },
    department: 'planning_environment',
    evidence: [{ evidenceId: photoId }],
    discoveredAt: new Date().toISOString(),
    ...overrides,
  };
}

describe('case API (HTTP, real stack)', () => {
  const stack = useRealStack({ worker: true, api: true, database: true });
  const owner = ownerDatabase();
  const officer = signedInUser(stack, { role: 'officer', displayName: 'Li Wei' });
  const officer2 = signedInUser(stack, { role: 'officer', displayName: 'Zhao Lei' });
  const supervisor = signedInUser(stack, { role: 'supervisor', displayName: 'Zhang Min' });
  const http = stack.http;
  beforeAll(async () => {
    photoId = await uploadEvidence(http, officer, 'stairwell, unit 3');
  });

  async function openCase(body = newHazard()): Promise<string> {
    const response = await http().post('/cases').set(officer).send(body).expect(201);
    return response.body.caseNumber as string;
  }

  it('opens a case, answers with it and where it lives', async () => {
    const response = await http().post('/cases').set(officer).send(newHazard()).expect(201);
    expect(response.body.caseNumber).toMatch(/^TB-\d{4}-\d{6}$/);
    expect(response.headers.location).toBe(`/cases/${response.body.caseNumber}`);
    expect(response.body.case.state.status).toBe('awaiting_notice');
    const fetched = await http().get(`/cases/${response.body.caseNumber}`).set(officer).expect(200);
    expect(fetched.body.state.registeredBy).toEqual(actorOf(officer));
    expect(actorOf(officer)).toMatchObject({ name: 'Li Wei', role: 'officer' });
  });

  it('opens exactly one case for concurrent retries with one Idempotency-Key', async () => {
    const body = newHazard();
    const key = `import-row-${Date.now()}`;
    const responses = await Promise.all(
      Array.from({ length: 6 }, () =>
        http().post('/cases').set(officer).set('Idempotency-Key', key).send(body),
      ),
    );
    const numbers = new Set(responses.map((r) => r.body.caseNumber as string));
    expect(numbers.size).toBe(1);
    expect(responses.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 201]);
    const reused = await http()
      .post('/cases')
      .set(officer)
      .set('Idempotency-Key', key)
      .send(newHazard({ severity: 'major' }))
      .expect(422);
    expect(reused.body).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    expect(reused.body.message).toMatch(/already used for a different request/);
  });

  it('answers 400 naming every bad field, and refuses fields it does not know', async () => {
    const response = await http()
      .post('/cases')
      .set(officer)
      .send(
        newHazard({
          location: { community: 'Taibai' },
          category: 'volcano',
          hazardType: 'high_rise.sprinkler_fault',
          status: 'closed',
        }),
      )
      .expect(400);
    const fields = (response.body.fields as { field: string }[]).map((f) => f.field);
    expect(fields).toEqual(
      expect.arrayContaining(['location.address', 'category', 'hazardType', 'status']),
    );
    expect(response.body).not.toHaveProperty('stack');
  });

  it('answers 401 without a bearer token, whatever the caller claims in headers', async () => {
    const response = await http()
      .post('/cases')
      .set({ 'X-User-Id': 'u-officer-li', 'X-User-Name': 'Li', 'X-User-Role': 'supervisor' })
      .send(newHazard())
      .expect(401);
    expect(response.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
  });

  it('answers 404 for an unknown case', async () => {
    await http().get('/cases/TB-1999-000001').set(officer).expect(404);
    await http()
      .post('/cases/not-a-case/notice')
      .set(officer)
      .send({ requirements: 'x' })
      .expect(404);
  });

  it('advances a case through its lifecycle and refuses what the workflow refuses, with its reason', async () => {
    const caseNumber = await openCase();
    const early = await http()
      .post(`/cases/${caseNumber}/reinspections`)
      .set(officer)
      .send({ passed: true, findings: 'looks fine' })
      .expect(409);
    expect(early.body).toMatchObject({ code: 'NOTICE_NOT_SERVED', statusCode: 409 });

    await http()
      .post(`/cases/${caseNumber}/notice`)
      .set(officer)
      .send({ requirements: 'Move the bikes to the shed' })
      .expect(200);
    await http()
      .post(`/cases/${caseNumber}/notice/service`)
      .set(officer)
      .send({ method: 'in_person', recipient: 'Liu Yang' })
      .expect(200);
    const forbidden = await http()
      .post(`/cases/${caseNumber}/void`)
      .set(officer)
      .send({ reason: 'x' })
      .expect(403);
    expect(forbidden.body.code).toBe('ROLE_NOT_PERMITTED');
    await http()
      .post(`/cases/${caseNumber}/rectification-reports`)
      .set(officer)
      .send({ note: 'bikes moved' })
      .expect(200);
    const unfixed = await http()
      .post(`/cases/${caseNumber}/closure`)
      .set(supervisor)
      .send({ note: 'done?' })
      .expect(409);
    expect(unfixed.body.code).toBe('NOT_RECTIFIED');
    await http()
      .post(`/cases/${caseNumber}/reinspections`)
      .set(officer)
      .send({ passed: true, findings: 'stairwell clear' })
      .expect(200);
    const closed = await http()
      .post(`/cases/${caseNumber}/closure`)
      .set(supervisor)
      .send({ note: 'struck off' })
      .expect(200);
    expect(closed.body.state.status).toBe('closed');
    const after = await http()
      .post(`/cases/${caseNumber}/void`)
      .set(supervisor)
      .send({ reason: 'too late' })
      .expect(409);
    expect(after.body.code).toBe('CASE_FINISHED');
  });

  it('shows the full, verified history of a case: who, when, what, on what evidence, and what the system did', async () => {
    const caseNumber = await openCase();
    const receiptId = await uploadEvidence(http, officer, 'signed receipt');
    await http()
      .post(`/cases/${caseNumber}/notice`)
      .set(officer)
      .send({ requirements: 'Move the bikes' })
      .expect(200);
    await http()
      .post(`/cases/${caseNumber}/notice/service`)
      .set(officer)
      .send({
        method: 'in_person',
        recipient: 'Liu Yang',
        evidence: [{ evidenceId: receiptId }],
      })
      .expect(200);
    let history = (await http().get(`/cases/${caseNumber}/history`).set(officer).expect(200)).body;
    for (let attempt = 0; attempt < 120 && !history.workflow.inSync; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      history = (await http().get(`/cases/${caseNumber}/history`).set(officer).expect(200)).body;
    }
    expect(history.workflow.inSync).toBe(true);
    expect(history.chain).toMatchObject({ valid: true, events: 3 });
    const events = history.events as { eventType: string }[];
    expect(events.map((e) => e.eventType)).toEqual([
      'case_registered',
      'notice_issued',
      'notice_served',
    ]);
    const served = history.events[2];
    expect(served).toMatchObject({
      actorId: actorOf(officer).userId,
      actorName: 'Li Wei',
      actorRole: 'officer',
    });
    expect(served.detail.evidence).toEqual([{ evidenceId: receiptId }]);
    const verified = await http().get(`/cases/${caseNumber}/audit/verify`).set(officer).expect(200);
    expect(verified.body).toMatchObject({ caseNumber, valid: true });
    await http().get('/cases/TB-1999-000002/history').set(officer).expect(404);

    // The database's owner edits a row behind the application's back (switching off the
    // append-only trigger for one transaction): the verifier names the link.
    await owner.tamper(['audit_event'], async (manager) => {
      await manager.query(
        `UPDATE audit_event SET summary = 'notice served (edited)' WHERE case_number = $1 AND seq = 3`,
        [caseNumber],
      );
    });
    const tampered = await http().get(`/cases/${caseNumber}/audit/verify`).set(officer).expect(200);
    expect(tampered.body).toMatchObject({ caseNumber, valid: false, firstBrokenSeq: 3 });
    await expect(
      stack.database.query(`UPDATE audit_event SET summary = 'x' WHERE case_number = $1`, [
        caseNumber,
      ]),
    ).rejects.toThrow('permission denied for table audit_event');
  });

  it('lets exactly one of two officers serving the same notice at once win; the other gets 409', async () => {
    const caseNumber = await openCase();
    await http()
      .post(`/cases/${caseNumber}/notice`)
      .set(officer)
      .send({ requirements: 'Clear the stairwell' })
      .expect(200);
    const [a, b] = await Promise.all([
      http()
        .post(`/cases/${caseNumber}/notice/service`)
        .set(officer)
        .send({ method: 'in_person', recipient: 'Liu Yang' }),
      http()
        .post(`/cases/${caseNumber}/notice/service`)
        .set(officer2)
        .send({ method: 'registered_mail', recipient: 'Liu Yang' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    expect(loser.body.code).toBe('WRONG_STATUS');
  });

  it('lists the ledger from the read model with filters and keyset pages', async () => {
    const community = `Ledger Community ${Date.now()}`;
    const opened = [
      await openCase(newHazard({ location: { community, address: '1 Ledger Lane' } })),
      await openCase(newHazard({ location: { community, address: '2 Ledger Lane' } })),
      await openCase(newHazard({ location: { community, address: '3 Ledger Lane' } })),
    ];
    let items: { caseNumber: string }[] = [];
    for (let attempt = 0; attempt < 120 && items.length < 3; attempt += 1) {
      const response = await http()
        .get('/cases')
        .query({ community, status: 'awaiting_notice' })
        .set(officer)
        .expect(200);
      items = response.body.items;
      if (items.length < 3) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(items.map((i) => i.caseNumber).sort()).toEqual([...opened].sort());
    const first = await http()
      .get('/cases')
      .query({ community, limit: 2 })
      .set(officer)
      .expect(200);
    expect(first.body.items).toHaveLength(2);
    const second = await http()
      .get('/cases')
      .query({ community, limit: 2, cursor: first.body.nextCursor })
      .set(officer)
      .expect(200);
    expect(second.body.items).toHaveLength(1);
    expect(second.body.nextCursor).toBeUndefined();
    const text = await http()
      .get('/cases')
      .query({ community, q: '2 Ledger' })
      .set(officer)
      .expect(200);
    expect(text.body.items).toHaveLength(1);
    await http().get('/cases').query({ limit: 5000 }).set(officer).expect(400);
    await http().get('/cases').query({ cursor: 'garbage' }).set(officer).expect(400);
  });
});
