// Sign-in by an OpenID Connect provider, end to end: a real local issuer (oauth2-mock-server:
// discovery, JWKS, RS256-signed ID tokens over HTTP), the real api, PostgreSQL. Nothing is mocked.
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { IssuedTokens } from '@firecase/api';
import { UserRepository } from '@firecase/persistence';
import { OidcTestIssuer } from './support/oidc-test-issuer';
import { startApiApp } from './support/running-apps';
import { createSignedInUser, passwordOf, userOf } from './support/signed-in-user';
import { stackConfig } from './support/stack';

const AUDIENCE = 'firecase-web';

describe('sign-in by an OpenID Connect provider (HTTP, real test issuer, real stack)', () => {
  let issuer: OidcTestIssuer;
  let api: INestApplication;
  let officer: { username: string; password: string };
  let disabled: string;

  beforeAll(async () => {
    issuer = await OidcTestIssuer.start();
    api = await startApiApp(stackConfig({ OIDC_ISSUER_URL: issuer.url, OIDC_AUDIENCE: AUDIENCE }));
    const made = await createSignedInUser(api, { role: 'officer' });
    officer = { username: userOf(made).username, password: passwordOf(made) };
    const toDisable = userOf(await createSignedInUser(api, { role: 'officer' }));
    await api.get(UserRepository).setDisabled(toDisable.id, true);
    disabled = toDisable.username;
  });

  afterAll(async () => {
    await api?.close();
    await issuer?.stop();
  });

  const http = () => request(api.getHttpServer());
  const idToken = (claims: Record<string, unknown> = {}, kid?: string) =>
    issuer.sign({ aud: AUDIENCE, preferred_username: officer.username, ...claims }, kid);
  const exchange = async (token: string | Promise<string>) =>
    http()
      .post('/auth/oidc')
      .send({ idToken: await token });

  it('exchanges a valid ID token for our tokens, which open the API', async () => {
    const signedIn = (await exchange(idToken())).body as IssuedTokens;
    expect(signedIn).toMatchObject({ tokenType: 'Bearer', refreshToken: expect.any(String) });
    await http().get('/cases').set('Authorization', `Bearer ${signedIn.accessToken}`).expect(200);
    await http().post('/auth/refresh').send({ refreshToken: signedIn.refreshToken }).expect(200);
  });

  it.each([
    ['another audience', { aud: 'someone-else' }],
    ['another issuer', { iss: 'http://127.0.0.1:1/not-the-issuer' }],
    ['expired', { iat: 1_700_000_000, nbf: 1_700_000_000, exp: 1_700_000_600 }],
    ['without a username claim', { preferred_username: null }],
    ['a user unknown here', { preferred_username: 'nobody-here' }],
  ])('refuses a token for %s with 401', async (_, claims) => {
    await exchange(idToken(claims)).then((response) => expect(response.status).toBe(401));
  });

  it('refuses a disabled user with 401', async () => {
    const response = await exchange(idToken({ preferred_username: disabled }));
    expect(response.status).toBe(401);
  });

  it('refuses a token whose payload was changed after signing', async () => {
    const [header, payload, signature] = (await idToken()).split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, exp: claims.exp + 86_400 }));
    const response = await exchange(`${header}.${forged.toString('base64url')}.${signature}`);
    expect(response.status).toBe(401);
  });

  it('refuses an unsigned token (alg none)', async () => {
    const [, payload] = (await idToken()).split('.');
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    expect((await exchange(`${header}.${payload}.`)).status).toBe(401);
  });

  it('follows a key the provider rotates in, refetching its JWKS once', async () => {
    await exchange(idToken()).then((response) => expect(response.status).toBe(200));
    await issuer.rotateIn('second');
    const response = await exchange(idToken({}, 'second'));
    expect(response.status).toBe(200);
  });

  it('asks the provider at most once a minute about key ids it does not know', async () => {
    await exchange(idToken()).then((response) => expect(response.status).toBe(200));
    const before = await issuer.jwksFetches();
    // Tokens naming made-up keys: the first may be a key just rotated in, the rest are noise.
    const [header, payload, signature] = (await idToken()).split('.');
    const forged = (kid: string) => {
      const claims = { ...JSON.parse(Buffer.from(header, 'base64url').toString()), kid };
      return `${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${payload}.${signature}`;
    };
    // One after another: concurrent lookups would share a fetch anyway.
    for (let i = 0; i < 20; i += 1) {
      expect((await exchange(forged(`made-up-${i}`))).status).toBe(401);
    }
    expect((await issuer.jwksFetches()) - before).toBeLessThanOrEqual(1);
  });

  it('checks the nonce the front end sends with the ID token', async () => {
    const token = await idToken({ nonce: 'n-2026-login-7f3a' });
    await http()
      .post('/auth/oidc')
      .send({ idToken: token, nonce: 'n-2026-login-7f3a' })
      .expect(200);
    await http().post('/auth/oidc').send({ idToken: token, nonce: 'n-some-other' }).expect(401);
    await http()
      .post('/auth/oidc')
      .send({ idToken: await idToken(), nonce: 'n-2026-login-7f3a' })
      .expect(401);
    const invalid = await http().post('/auth/oidc').send({ idToken: token, nonce: '' }).expect(400);
    expect(JSON.stringify(invalid.body)).toContain('nonce');
  });

  it('keeps local passwords while LOCAL_PASSWORDS is not false', async () => {
    await http().post('/auth/login').send(officer).expect(200);
  });

  describe('with LOCAL_PASSWORDS=false', () => {
    let oidcOnly: INestApplication;

    beforeAll(async () => {
      oidcOnly = await startApiApp(
        stackConfig({
          OIDC_ISSUER_URL: issuer.url,
          OIDC_AUDIENCE: AUDIENCE,
          LOCAL_PASSWORDS: 'false',
        }),
      );
    });

    afterAll(async () => {
      await oidcOnly?.close();
    });

    it('refuses POST /auth/login, saying local passwords are disabled, and signs in by OIDC', async () => {
      const refused = await request(oidcOnly.getHttpServer()).post('/auth/login').send(officer);
      expect(refused.status).toBe(403);
      expect(refused.body.message).toMatch(/local passwords are disabled/);
      await request(oidcOnly.getHttpServer())
        .post('/auth/oidc')
        .send({ idToken: await idToken() })
        .expect(200);
    });
  });
});
