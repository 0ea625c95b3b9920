// Evidence that means what it says, end to end on the real stack (the Temporal dev server, the
// embedded PostgreSQL, the worker and api apps as their main()s boot them): a cited evidenceId
// must exist and be the acting user's to read, or the request answers 400 naming the field; the
// evidence a case cites is readable by whoever may read the case. Nothing is mocked.
import { randomUUID } from 'node:crypto';
import { uploadEvidence } from './support/evidence-files';
import { useRealStack } from './support/real-stack';
import { signedInUser } from './support/signed-in-user';

describe('evidence cited by cases (HTTP, real stack)', () => {
  const stack = useRealStack({ worker: true, api: true });
  const http = stack.http;
  const community = `Citation Community ${Date.now()}`;
  const officer = signedInUser(stack, { role: 'officer', department: 'planning_environment' });
  const otherDepartment = signedInUser(stack, { role: 'officer', department: 'emergency' });
  const covering = signedInUser(stack, {
    role: 'officer',
    department: 'emergency',
    communities: [community],
  });

  function hazard(evidence: { evidenceId: string }[], extra: Record<string, unknown> = {}) {
    return {
      location: { community, address: '万州区白岩路8号' },
      category: 'electric_bike',
      hazardType: 'electric_bike.parked_in_stairwell',
      description: '电动车停放在楼梯间',
      severity: 'general',
      responsibleParty: { name: '白岩物业有限公司' },
      department: 'planning_environment',
      evidence,
      discoveredAt: new Date().toISOString(),
      ...extra,
    };
  }

  function fieldsOf(body: { fields?: { field: string; problems: string[] }[] }) {
    return (body.fields ?? []).map((f) => f.field);
  }

  it('answers 400 naming each cited evidence id that is not there', async () => {
    const own = await uploadEvidence(http, officer);
    const missing = randomUUID();
    const response = await http()
      .post('/cases')
      .set(officer)
      .send(
        hazard([{ evidenceId: own }, { evidenceId: missing }, { evidenceId: 'ev-photo-1' }], {
          fixedOnSpot: { evidence: [{ evidenceId: missing }] },
        }),
      )
      .expect(400);
    expect(fieldsOf(response.body)).toEqual([
      'evidence[1].evidenceId',
      'evidence[2].evidenceId',
      'fixedOnSpot.evidence[0].evidenceId',
    ]);
    expect(response.body.fields[0].problems[0]).toContain(missing);
  });

  it("answers 400 for another department's evidence that no case of the user cites", async () => {
    const theirs = await uploadEvidence(http, otherDepartment, '应急办的照片');
    const opened = await http().post('/cases').set(officer).send(hazard([])).expect(201);
    const response = await http()
      .post(`/cases/${opened.body.caseNumber}/notice`)
      .set(officer)
      .send({ requirements: '清理楼梯间' })
      .expect(200);
    expect(response.body.case.state.status).toBe('awaiting_service');
    const served = await http()
      .post(`/cases/${opened.body.caseNumber}/notice/service`)
      .set(officer)
      .send({ method: 'in_person', recipient: '物业经理', evidence: [{ evidenceId: theirs }] })
      .expect(400);
    expect(fieldsOf(served.body)).toEqual(['evidence[0].evidenceId']);
    expect(served.body.message).toContain('evidence[0].evidenceId');
  });

  it('lets whoever may read a case read the evidence it cites, and cite it in turn', async () => {
    const photo = await uploadEvidence(http, officer, '楼梯间照片');
    // Not yet cited: the covering officer of another department may not read it.
    await http().get(`/evidence/${photo}/metadata`).set(covering).expect(404);
    const opened = await http()
      .post('/cases')
      .set(officer)
      .send(hazard([{ evidenceId: photo }]))
      .expect(201);
    const caseNumber = opened.body.caseNumber as string;

    let status = 404;
    for (let attempt = 0; attempt < 120 && status !== 200; attempt += 1) {
      status = (await http().get(`/evidence/${photo}/metadata`).set(covering)).status;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(status).toBe(200);
    await http().get(`/evidence/${photo}`).set(covering).expect(200);
    // Another department's officer who does not cover the community still may not.
    await http().get(`/evidence/${photo}/metadata`).set(otherDepartment).expect(404);

    await http()
      .post(`/cases/${caseNumber}/notice`)
      .set(covering)
      .send({ requirements: '清理楼梯间' })
      .expect(200);
    await http()
      .post(`/cases/${caseNumber}/notice/service`)
      .set(covering)
      .send({ method: 'in_person', recipient: '物业经理', evidence: [{ evidenceId: photo }] })
      .expect(200);
  });
});
