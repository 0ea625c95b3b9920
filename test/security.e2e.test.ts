// The OWASP API Security Top 10 (2023) items that concern this API, end to end on the real stack:
// each `describe` names the item it covers. Nothing is mocked.
import { createHmac } from 'node:crypto';
import { AppConfig } from '@firecase/config';
import { useRealStack } from './support/real-stack';
import {
  actorOf,
  createSignedInUser,
  passwordOf,
  signedInUser,
  userOf,
} from './support/signed-in-user';

function hazard(overrides: Record<string, unknown> = {}) {
  return {
    location: { community: 'Xintian Community', grid: 'G-01', address: '8 Shuanghe Road' },
    category: 'electric_bike',
    hazardType: 'electric_bike.parked_in_stairwell',
    description: 'E-bikes in the stairwell',
    severity: 'general',
    responsibleParty: { name: 'Bright Hill Property Co.' },
    department: 'planning_environment',
    discoveredAt: new Date().toISOString(),
    ...overrides,
  };
}

function token(header: object, payload: object, secret: string | undefined): string {
  const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
  const signed = `${encode(header)}.${encode(payload)}`;
  const signature = secret ? createHmac('sha256', secret).update(signed).digest('base64url') : '';
  return `${signed}.${signature}`;
}

describe('API security (OWASP API Top 10 2023, HTTP, real stack)', () => {
  const stack = useRealStack({ worker: true, api: true, database: true });
  const http = stack.http;
  // A community only officerElsewhere covers, so their scope differs from the department's.
  const covered = `Covered Community ${Date.now()}`;
  const officer = signedInUser(stack, { role: 'officer', department: 'planning_environment' });
  const supervisor = signedInUser(stack, {
    role: 'supervisor',
    department: 'planning_environment',
  });
  const otherOfficer = signedInUser(stack, { role: 'officer', department: 'emergency' });
  const otherSupervisor = signedInUser(stack, { role: 'supervisor', department: 'emergency' });
  const officerCovering = signedInUser(stack, {
    role: 'officer',
    department: 'emergency',
    communities: [covered],
  });
  const auditor = signedInUser(stack, { role: 'auditor' });
  const admin = signedInUser(stack, { role: 'administrator' });

  let caseNumber: string;
  let coveredCase: string;

  beforeAll(async () => {
    const opened = await http().post('/cases').set(officer).send(hazard()).expect(201);
    caseNumber = opened.body.caseNumber;
    const inCovered = hazard({ location: { community: covered, address: '9 Shuanghe Road' } });
    coveredCase = (await http().post('/cases').set(officer).send(inCovered).expect(201)).body
      .caseNumber;
  });

  /** The ledger's case numbers once it shows `expected` rows: the workflows write it a moment later. */
  async function ledgerOf(
    caller: Record<string, string>,
    query: Record<string, string>,
    expected: number,
  ): Promise<string[]> {
    for (let attempt = 0; ; attempt += 1) {
      const response = await http().get('/cases').query(query).set(caller).expect(200);
      const items = response.body.items as { caseNumber: string }[];
      if (items.length >= expected || attempt === 50) return items.map((i) => i.caseNumber);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  function login(username: string, password: string) {
    return http().post('/auth/login').send({ username, password });
  }

  describe('API1 broken object-level authorisation: another department answers 404', () => {
    it.each([
      ['GET', ''],
      ['GET', '/history'],
      ['GET', '/audit/verify'],
      ['GET', '/notices'],
      ['GET', '/notice.pdf'],
    ])('%s /cases/:n%s', async (_method, suffix) => {
      for (const caller of [otherOfficer, otherSupervisor]) {
        const response = await http().get(`/cases/${caseNumber}${suffix}`).set(caller).expect(404);
        expect(JSON.stringify(response.body)).not.toContain('Bright Hill');
      }
    });

    it('refuses actions on it with 404 too', async () => {
      await http()
        .post(`/cases/${caseNumber}/notice/service`)
        .set(otherOfficer)
        .send({ method: 'in_person', recipient: 'x' })
        .expect(404);
      await http()
        .post(`/cases/${caseNumber}/void`)
        .set(otherSupervisor)
        .send({ reason: 'not ours' })
        .expect(404);
    });

    it("keeps a department's evidence from other departments, and shows it to auditors", async () => {
      const png = Buffer.concat([
        Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
        Buffer.from(`firecase-scope-${Date.now()}-${Math.random()}`),
      ]);
      const uploaded = await http()
        .post('/evidence')
        .set(officer)
        .attach('file', png, { filename: 'passage.png', contentType: 'image/png' })
        .expect(201);
      const id = uploaded.body.evidenceId as string;
      for (const caller of [otherOfficer, otherSupervisor]) {
        await http().get(`/evidence/${id}`).set(caller).expect(404);
        await http().get(`/evidence/${id}/metadata`).set(caller).expect(404);
      }
      await http().get(`/evidence/${id}/metadata`).set(officer).expect(200);
      await http().get(`/evidence/${id}`).set(auditor).expect(200);
    });

    it('leaves it out of the ledger and its exports, whatever the filter', async () => {
      const list = await http()
        .get('/cases')
        .query({ department: 'planning_environment', limit: 200 })
        .set(otherOfficer)
        .expect(200);
      expect(list.body.items).toEqual([]);
      const csv = await http()
        .get('/cases/export.csv')
        .query({ department: 'planning_environment' })
        .set(otherSupervisor)
        .expect(200);
      expect(csv.text).not.toContain(caseNumber);
    });

    it("lets an officer reach another department's case in a community they cover", async () => {
      await http().get(`/cases/${coveredCase}`).set(officerCovering).expect(200);
      await http().get(`/cases/${caseNumber}`).set(officerCovering).expect(404);
      expect(await ledgerOf(officerCovering, { community: covered }, 1)).toEqual([coveredCase]);
      await http().get(`/cases/${coveredCase}`).set(otherSupervisor).expect(404);
    });

    it('lets auditors read every case, and logs their reads', async () => {
      // What this auditor read in the tests above is logged too; only what follows counts here.
      const [{ last }] = await stack.database.query<{ last: string | null }[]>(
        `SELECT max(id) AS last FROM access_log`,
      );
      await http().get(`/cases/${caseNumber}`).set(auditor).expect(200);
      await http().get(`/cases/${caseNumber}/history`).set(auditor).expect(200);
      await http().get('/cases/export.csv').query({ severity: 'major' }).set(auditor).expect(200);
      const rows: { action: string; subject: string; user_id: string }[] =
        await stack.database.query(
          `SELECT action, subject, user_id FROM access_log WHERE user_id = $1 AND id > $2 ORDER BY id`,
          [userOf(auditor).id, last ?? '0'],
        );
      expect(rows.map((r) => [r.action, r.subject])).toEqual([
        ['case.detail', `/cases/${caseNumber}`],
        ['case.history', `/cases/${caseNumber}/history`],
        ['ledger.export.csv', '/cases/export.csv?severity=major'],
      ]);
      await expect(stack.database.query(`DELETE FROM access_log`)).rejects.toThrow(
        'permission denied for table access_log',
      );
    });
  });

  describe('API2 broken authentication: 401 in the API error shape', () => {
    const secret = () => stack.api.get(AppConfig).auth.jwtSecret;
    const claims = () => {
      const user = userOf(officer);
      const now = Math.floor(Date.now() / 1000);
      return { sub: user.id, role: user.role, tv: user.tokenVersion, iat: now, exp: now + 600 };
    };

    async function expect401(authorization: string | undefined) {
      const request = http().get(`/cases/${caseNumber}`);
      if (authorization !== undefined) request.set('Authorization', authorization);
      const response = await request.expect(401);
      expect(response.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
      expect(JSON.stringify(response.body)).not.toContain('Bright Hill');
    }

    it('without a token, or with something else than a bearer token', async () => {
      await expect401(undefined);
      await expect401('Basic b2ZmaWNlcjpwYXNz');
      await expect401('Bearer');
      await expect401('Bearer not.a.token');
    });

    it('with an expired token', async () => {
      const past = { ...claims(), iat: 1_700_000_000, exp: 1_700_000_900 };
      await expect401(`Bearer ${token({ alg: 'HS256', typ: 'JWT' }, past, secret())}`);
    });

    it('with a forged token: wrong key, alg none, or claims changed after signing', async () => {
      await expect401(`Bearer ${token({ alg: 'HS256', typ: 'JWT' }, claims(), 'x'.repeat(40))}`);
      await expect401(`Bearer ${token({ alg: 'none', typ: 'JWT' }, claims(), undefined)}`);
      const genuine = token({ alg: 'HS256', typ: 'JWT' }, claims(), secret());
      // The genuine token works; the same signature over a promoted role does not.
      await http()
        .get(`/cases/${caseNumber}`)
        .set('Authorization', `Bearer ${genuine}`)
        .expect(200);
      const [header, , signature] = genuine.split('.');
      const promoted = Buffer.from(JSON.stringify({ ...claims(), role: 'supervisor' })).toString(
        'base64url',
      );
      await expect401(`Bearer ${header}.${promoted}.${signature}`);
    });

    it('after logout: the access token stops at once and the refresh token is revoked', async () => {
      const username = userOf(officer).username;
      const tokens = (await login(username, passwordOf(officer)).expect(200)).body;
      expect(tokens).toMatchObject({ tokenType: 'Bearer', expiresIn: 900 });
      const bearer = `Bearer ${tokens.accessToken}`;
      await http().get(`/cases/${caseNumber}`).set('Authorization', bearer).expect(200);
      await http()
        .post('/auth/logout')
        .set('Authorization', bearer)
        .send({ refreshToken: tokens.refreshToken })
        .expect(204);
      await expect401(bearer);
      await http().post('/auth/refresh').send({ refreshToken: tokens.refreshToken }).expect(401);
      // The fixture's own token was issued before the logout too: it is void as well.
      await expect401(officer.Authorization);
      const again = (await login(username, passwordOf(officer)).expect(200)).body;
      officer.Authorization = `Bearer ${again.accessToken}`;
    });

    it('rotates refresh tokens; a revoked one coming back revokes the user everything', async () => {
      const username = userOf(supervisor).username;
      const first = (await login(username, passwordOf(supervisor)).expect(200)).body;
      const second = (
        await http().post('/auth/refresh').send({ refreshToken: first.refreshToken }).expect(200)
      ).body;
      expect(second.refreshToken).not.toBe(first.refreshToken);
      await http()
        .get(`/cases/${caseNumber}`)
        .set('Authorization', `Bearer ${second.accessToken}`)
        .expect(200);
      await http().post('/auth/refresh').send({ refreshToken: first.refreshToken }).expect(401);
      await http().post('/auth/refresh').send({ refreshToken: second.refreshToken }).expect(401);
      await expect401(`Bearer ${second.accessToken}`);
      const again = (await login(username, passwordOf(supervisor)).expect(200)).body;
      supervisor.Authorization = `Bearer ${again.accessToken}`;
    });

    it('for a disabled user, at once; enabling lets them sign in again', async () => {
      // A user of this test's own, so that disabling it spoils no shared fixture.
      const made = await createSignedInUser(stack.api, { role: 'officer' });
      const id = userOf(made).id;
      await http().get(`/cases/${caseNumber}`).set(made).expect(200);
      await http().post(`/admin/users/${id}/disable`).set(admin).expect(200);
      await http().get(`/cases/${caseNumber}`).set(made).expect(401);
      await login(userOf(made).username, passwordOf(made)).expect(401);
      await http().post(`/admin/users/${id}/enable`).set(admin).expect(200);
      await login(userOf(made).username, passwordOf(made)).expect(200);
    });

    it('for a wrong password or an unknown user, saying the same for both', async () => {
      const wrong = await login(userOf(auditor).username, 'not-the-password').expect(401);
      const unknown = await login('nobody-here', 'whatever-password').expect(401);
      expect(wrong.body.message).toBe(unknown.body.message);
    });
  });

  describe('API3 broken object-property-level authorisation', () => {
    it.each([
      [{ status: 'closed' }],
      [{ registeredBy: { userId: 'someone', name: 'x', role: 'supervisor' } }],
      [{ owner: 'u-supervisor' }],
      [{ caseNumber: 'TB-2026-999999' }],
    ])('refuses mass assignment of %p with 400', async (extra) => {
      const response = await http().post('/cases').set(officer).send(hazard(extra)).expect(400);
      const fields = response.body.fields as { field: string }[];
      expect(fields.map((f) => f.field)).toEqual(Object.keys(extra));
    });

    it('refuses an actor or department smuggled into an action body', async () => {
      await http()
        .post(`/cases/${caseNumber}/patrols`)
        .set(officer)
        .send({ note: 'x', actor: { userId: 'boss', name: 'Boss', role: 'supervisor' } })
        .expect(400);
      await http()
        .post(`/cases/${caseNumber}/void`)
        .set(supervisor)
        .send({ reason: 'x', department: 'emergency' })
        .expect(400);
    });

    it('lets an officer open cases for their own department only', async () => {
      const response = await http()
        .post('/cases')
        .set(officer)
        .send(hazard({ department: 'emergency' }))
        .expect(403);
      expect(response.body).toMatchObject({ statusCode: 403, error: 'Forbidden' });
    });

    it('records the signed-in user, not a claimed one, as the actor', async () => {
      const view = await http()
        .get(`/cases/${caseNumber}`)
        .set(officer)
        .set('X-User-Id', 'someone-else')
        .set('X-User-Role', 'supervisor')
        .expect(200);
      expect(view.body.state.registeredBy).toEqual(actorOf(officer));
    });

    it('never shows password hashes or tokens in lists', async () => {
      const users = await http().get('/admin/users').set(admin).expect(200);
      const text = JSON.stringify(users.body);
      expect(users.body.length).toBeGreaterThanOrEqual(7);
      for (const secret of ['password', 'argon2', 'hash', 'token_hash', 'refresh']) {
        expect(text.toLowerCase()).not.toContain(secret);
      }
    });
  });

  describe('API4 unrestricted resource consumption', () => {
    it('refuses pages over 200 rows', async () => {
      await http().get('/cases').query({ limit: 201 }).set(officer).expect(400);
      await http().get('/cases').query({ limit: 200 }).set(officer).expect(200);
    });

    it('refuses JSON bodies over 1 MiB with 413 and no stack trace', async () => {
      const response = await http()
        .post('/cases')
        .set(officer)
        .set('Content-Type', 'application/json')
        .send(JSON.stringify(hazard({ description: 'x'.repeat(1024 * 1024 + 1) })))
        .expect(413);
      expect(response.body).toMatchObject({ statusCode: 413 });
      expect(response.text).not.toMatch(/at .*\.js:\d+/);
    });

    it('refuses evidence over 10 MiB with 413', async () => {
      await http()
        .post('/evidence')
        .set(officer)
        .attach('file', Buffer.alloc(10 * 1024 * 1024 + 1), 'big.pdf')
        .expect(413);
    });
  });

  describe('API5 broken function-level authorisation: 403', () => {
    it('an officer calling supervisor actions', async () => {
      const response = await http()
        .post(`/cases/${caseNumber}/void`)
        .set(officer)
        .send({ reason: 'mistake' })
        .expect(403);
      expect(response.body).toMatchObject({ statusCode: 403, code: 'ROLE_NOT_PERMITTED' });
    });

    it.each([
      ['GET', '/admin/users'],
      ['POST', '/admin/users'],
      ['GET', '/admin/departments'],
      ['POST', '/admin/communities'],
    ])('officers, supervisors and auditors calling %s %s', async (method, path) => {
      for (const caller of [officer, supervisor, auditor]) {
        const request = method === 'GET' ? http().get(path) : http().post(path).send({});
        await request.set(caller).expect(403);
      }
    });

    it('an auditor changing anything, an administrator reading cases', async () => {
      await http().post('/cases').set(auditor).send(hazard()).expect(403);
      await http().post(`/cases/${caseNumber}/void`).set(auditor).send({ reason: 'x' }).expect(403);
      await http().get(`/cases/${caseNumber}`).set(admin).expect(403);
      await http().get('/cases').set(admin).expect(403);
    });
  });

  describe('API8 injection in filters and search', () => {
    it('matches quotes, % and SQL fragments literally', async () => {
      const community = `Literal ${Date.now()}`;
      const address = `100% O'Brien_Street; DROP TABLE hazard_case; --`;
      await http()
        .post('/cases')
        .set(officer)
        .send(hazard({ location: { community, address } }))
        .expect(201);
      expect(await ledgerOf(officer, { community }, 1)).toHaveLength(1);
      const search = async (q: string) => (await ledgerOf(officer, { community, q }, 0)).length;
      expect(await search(`% O'Brien_`)).toBe(1);
      expect(await search(`DROP TABLE hazard_case`)).toBe(1);
      expect(await search(`' OR '1'='1`)).toBe(0);
      expect(await search('%%')).toBe(0);
      expect(await search('_')).toBe(1);
      expect(await search('0 O')).toBe(0);
      const injected = await http()
        .get('/cases')
        .query({ community: `x' OR '1'='1` })
        .set(officer)
        .expect(200);
      expect(injected.body.items).toEqual([]);
    });
  });

  describe('login rate limit', () => {
    // The failures of the tests above came from the same client address.
    beforeAll(async () => {
      await stack.database.query(`DELETE FROM login_failure`);
    });

    afterAll(async () => {
      await stack.database.query(`DELETE FROM login_failure`);
    });

    it('answers 429 with Retry-After after 5 failures for one user name', async () => {
      const { username } = userOf(auditor);
      for (let i = 0; i < 5; i += 1) await login(username, `wrong-${i}`).expect(401);
      const blocked = await login(username, passwordOf(auditor)).expect(429);
      expect(blocked.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(blocked.headers['retry-after'])).toBeLessThanOrEqual(900);
    });

    it('answers 429 after 20 failures from one client, whatever the user names', async () => {
      await stack.database.query(`DELETE FROM login_failure`);
      for (let i = 0; i < 20; i += 1) await login(`guess-${i}`, 'password123').expect(401);
      await login(userOf(officer).username, passwordOf(officer)).expect(429);
    });
  });

  describe('hardening', () => {
    it('sends helmet headers and no CORS grant by default', async () => {
      const response = await http().get('/health').set('Origin', 'https://evil.example');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
      expect(response.headers['x-powered-by']).toBeUndefined();
    });

    it('creates users through the admin API, and they can sign in', async () => {
      const username = `officer.new.${Date.now()}`;
      const created = await http()
        .post('/admin/users')
        .set(admin)
        .send({
          username,
          displayName: 'Xu Jing',
          role: 'officer',
          departmentCode: 'emergency',
          password: 'a-long-enough-password',
        })
        .expect(201);
      expect(created.body).toMatchObject({
        username,
        role: 'officer',
        departmentCode: 'emergency',
      });
      expect(created.body).not.toHaveProperty('passwordHash');
      await http()
        .post('/admin/users')
        .set(admin)
        .send({ username, displayName: 'X', role: 'auditor', password: 'a-long-enough-password' })
        .expect(409);
    });
  });
});
