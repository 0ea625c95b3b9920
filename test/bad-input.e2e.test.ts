// Inputs that once reached PostgreSQL and answered 500 (found by fuzzing the OpenAPI document):
// each now answers 400 naming the field, and nothing is written. Real stack, nothing mocked.
import { signedInUser } from './support/signed-in-user';
import { useRealStack } from './support/real-stack';

function hazard(overrides: Record<string, unknown> = {}) {
  return {
    location: { community: 'Nul Community', grid: 'G-01', address: '1 Shuanghe Road' },
    category: 'electric_bike',
    hazardType: 'electric_bike.parked_in_stairwell',
    description: 'E-bikes in the stairwell',
    severity: 'general',
    responsibleParty: { name: 'Bright Hill Property Co.' },
    department: 'planning_environment',
    discoveredAt: '2026-11-28T09:30:00+08:00',
    ...overrides,
  };
}

const fieldsOf = (body: { fields?: { field: string }[] }) => body.fields?.map((f) => f.field);

describe('bad input answers 400, never 500 (HTTP, real stack)', () => {
  const stack = useRealStack({ worker: true, api: true });
  const http = stack.http;
  const officer = signedInUser(stack, { role: 'officer', department: 'planning_environment' });
  const admin = signedInUser(stack, { role: 'administrator' });

  describe('a NUL character (U+0000), which PostgreSQL text cannot hold', () => {
    it('in a body field, even nested, names each field and opens nothing', async () => {
      const community = `Nul Community ${Date.now()}`;
      const response = await http()
        .post('/cases')
        .set(officer)
        .send(
          hazard({
            description: 'stair\u0000well',
            location: { community, address: '1\u0000 Road' },
          }),
        )
        .expect(400);
      expect(fieldsOf(response.body)).toEqual(['location.address', 'description']);
      expect(response.body.fields[0].problems[0]).toMatch(/NUL character/);
      const ledger = await http().get('/cases').query({ community }).set(officer).expect(200);
      expect(ledger.body.items).toEqual([]);
    });

    it('in a ledger filter, and in an export’s', async () => {
      for (const path of ['/cases', '/cases/export.csv', '/cases/export.xlsx']) {
        const response = await http().get(path).query({ grid: 'G\u0000' }).set(officer).expect(400);
        expect(fieldsOf(response.body)).toEqual(['grid']);
      }
    });

    it('in a path parameter', async () => {
      const response = await http().get('/evidence/%00').set(officer).expect(400);
      expect(fieldsOf(response.body)).toEqual(['id']);
    });

    it('in a user name signing in', async () => {
      const response = await http()
        .post('/auth/login')
        .send({ username: 'officer\u0000li', password: 'whatever it is' })
        .expect(400);
      expect(fieldsOf(response.body)).toEqual(['username']);
    });
  });

  describe('an instant PostgreSQL cannot hold', () => {
    it.each([
      ['an offset past ±14:59', '0248-02-06T20:00:11+23:14'],
      ['the year 0000', '0000-01-01T00:00:00Z'],
      ['a day the month lacks', '2026-02-30T00:00:00+08:00'],
      ['no offset', '2026-02-01T00:00:00'],
      ['an ISO week date', '2026-W05-3T10:00:00+08:00'],
    ])('as a ledger filter: %s', async (_, instant) => {
      const response = await http()
        .get('/cases')
        .query({ dueAfter: instant })
        .set(officer)
        .expect(400);
      expect(fieldsOf(response.body)).toEqual(['dueAfter']);
      await http().get('/cases/export.csv').query({ dueBefore: instant }).set(officer).expect(400);
    });

    it('as a date in a body', async () => {
      const response = await http()
        .post('/cases')
        .set(officer)
        .send(hazard({ discoveredAt: '2026-11-28T09:30:00+15:30' }))
        .expect(400);
      expect(fieldsOf(response.body)).toEqual(['discoveredAt']);
    });

    it('in a forged ledger cursor', async () => {
      const forged = Buffer.from(
        JSON.stringify({ caseNumber: 'TB-2026-000001', nextDueAt: '0248-02-06T20:00:11+23:14' }),
      ).toString('base64url');
      const response = await http()
        .get('/cases')
        .query({ cursor: forged })
        .set(officer)
        .expect(400);
      expect(response.body.message).toMatch(/cursor/);
    });
  });

  describe('a nested object missing or of the wrong shape', () => {
    it('a case without its responsible party, or with a list for its location', async () => {
      const withoutParty: Record<string, unknown> = hazard();
      delete withoutParty.responsibleParty;
      const missing = await http().post('/cases').set(officer).send(withoutParty).expect(400);
      expect(fieldsOf(missing.body)).toEqual(['responsibleParty']);
      const listed = await http()
        .post('/cases')
        .set(officer)
        .send(hazard({ location: [{ community: 'Nul Community', address: '1 Road' }] }))
        .expect(400);
      expect(fieldsOf(listed.body)).toEqual(['location']);
    });
  });

  describe('null for a field that may only be left out', () => {
    it('the grids of a community', async () => {
      const response = await http()
        .post('/admin/communities')
        .set(admin)
        .send({ code: `Null Grids ${Date.now()}`, name: '空网格社区', grids: null })
        .expect(400);
      expect(fieldsOf(response.body)).toEqual(['grids']);
    });

    it('the department of an officer', async () => {
      const response = await http()
        .post('/admin/users')
        .set(admin)
        .send({
          username: `officer.null.${Date.now()}`,
          displayName: '无科室',
          role: 'officer',
          departmentCode: null,
          password: 'long enough password',
        })
        .expect(400);
      expect(fieldsOf(response.body)).toEqual(['departmentCode']);
    });
  });
});
