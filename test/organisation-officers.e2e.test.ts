// End to end on the real stack: GET /organisation/officers lists the enabled officers of a
// department (whom a supervisor may hand a case to), for supervisors and administrators only, and
// the case is then handed over with POST /cases/:n/officer, as the console's 变更承办人 does.
import { useRealStack } from './support/real-stack';
import { signedInUser, userOf } from './support/signed-in-user';

interface Officer {
  id: string;
  displayName: string;
  departmentCode: string;
}

describe('GET /organisation/officers (HTTP, real stack)', () => {
  const stack = useRealStack({ worker: true, api: true, database: true });
  const http = stack.http;
  const department = 'cultural_service';
  const officer = signedInUser(stack, {
    role: 'officer',
    department,
    displayName: '文服承办甲',
    communities: ['Officers Community'],
  });
  const colleague = signedInUser(stack, { role: 'officer', department, displayName: '文服承办乙' });
  const elsewhere = signedInUser(stack, { role: 'officer', department: 'emergency' });
  const supervisor = signedInUser(stack, { role: 'supervisor', department });
  const auditor = signedInUser(stack, { role: 'auditor' });

  it("lists a department's enabled officers to a supervisor, and no one else's", async () => {
    const answer = await http()
      .get('/organisation/officers')
      .query({ department })
      .set(supervisor)
      .expect(200);
    const listed = answer.body as Officer[];
    const ids = listed.map((o) => o.id);
    expect(ids).toEqual(expect.arrayContaining([userOf(officer).id, userOf(colleague).id]));
    expect(ids).not.toContain(userOf(elsewhere).id);
    expect(ids).not.toContain(userOf(supervisor).id);
    expect(listed.every((o) => o.departmentCode === department)).toBe(true);
  });

  it('is not for officers or auditors, and names a bad department', async () => {
    await http().get('/organisation/officers').set(officer).expect(403);
    await http().get('/organisation/officers').set(auditor).expect(403);
    const bad = await http()
      .get('/organisation/officers')
      .query({ department: 'nowhere' })
      .set(supervisor)
      .expect(400);
    expect(JSON.stringify(bad.body)).toContain('department');
  });

  it('gives the supervisor an officer the case can be handed to', async () => {
    const opened = await http()
      .post('/cases')
      .set(officer)
      .send({
        location: { community: 'Officers Community', address: '8 Wenhua Road' },
        category: 'crowded_place',
        hazardType: 'crowded_place.evacuation_route_blocked',
        description: 'Boxes in the evacuation route',
        severity: 'general',
        responsibleParty: { name: 'Wenhua Cinema' },
        department,
        discoveredAt: new Date().toISOString(),
      })
      .expect(201);
    const caseNumber = opened.body.caseNumber as string;
    const listed = (
      await http().get('/organisation/officers').query({ department }).set(supervisor).expect(200)
    ).body as Officer[];
    const to = listed.find((o) => o.id === userOf(colleague).id);
    expect(to).toBeDefined();
    const answer = await http()
      .post(`/cases/${caseNumber}/officer`)
      .set(supervisor)
      .send({ userId: to!.id, reason: '原承办人轮岗' })
      .expect(200);
    expect(answer.body.state.assignedOfficer).toMatchObject({ userId: to!.id, name: '文服承办乙' });
  });
});
