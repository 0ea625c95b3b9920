// End to end on the real PostgreSQL through HTTP: the login limiter counts atomically (bursts of
// parallel attempts let no more through than the limit), a user name cannot be locked out of
// the addresses its user signs in from, and logout touches only the caller's own tokens. The api
// trusts X-Forwarded-For from loopback here (TRUST_PROXY), so one test process can speak from
// many client addresses, as requests through a reverse proxy do.
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@firecase/persistence';
import { startApiApp } from './support/running-apps';
import { createSignedInUser, passwordOf, userOf } from './support/signed-in-user';
import { stackConfig } from './support/stack';

describe('login limits and logout (HTTP, real PostgreSQL)', () => {
  let api: INestApplication;
  let database: DataSource;
  let address = 0;

  beforeAll(async () => {
    const config = stackConfig({ TRUST_PROXY: 'loopback' });
    api = await startApiApp(config);
    database = await new DataSource(dataSourceOptions(config.database)).initialize();
  });

  afterAll(async () => {
    await database?.query(`DELETE FROM login_failure`);
    await database?.destroy();
    await api?.close();
  });

  beforeEach(async () => {
    await database.query(`DELETE FROM login_failure`);
  });

  /** A client address no other test of this file used. */
  const newAddress = () => {
    address += 1;
    return `198.51.${Math.floor(address / 250)}.${(address % 250) + 1}`;
  };

  const login = (username: string, password: string, from: string) =>
    request(api.getHttpServer())
      .post('/auth/login')
      .set('X-Forwarded-For', from)
      .send({ username, password });

  const statuses = (responses: { status: number }[]) => {
    const counts: Record<number, number> = {};
    for (const { status } of responses) counts[status] = (counts[status] ?? 0) + 1;
    return counts;
  };

  it('lets exactly 5 of 50 parallel wrong passwords for one name from one address through', async () => {
    const user = await createSignedInUser(api, { role: 'officer' });
    const { username } = userOf(user);
    const from = newAddress();
    const burst = await Promise.all(
      Array.from({ length: 50 }, (_, i) => login(username, `wrong-${i}`, from)),
    );
    expect(statuses(burst)).toEqual({ 401: 5, 429: 45 });
    const refused = burst.find((r) => r.status === 429)!;
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(900);
    // Locked from that address, even with the right password; not from another.
    await login(username, passwordOf(user), from).expect(429);
    await login(username, passwordOf(user), newAddress()).expect(200);
  });

  it('lets exactly 20 of 50 parallel attempts from one address through, whatever the names', async () => {
    const from = newAddress();
    const burst = await Promise.all(
      Array.from({ length: 50 }, (_, i) => login(`sprayed-${i}`, 'password123', from)),
    );
    expect(statuses(burst)).toEqual({ 401: 20, 429: 30 });
  });

  it('slows a guess spread over many addresses, but never locks the user out where they sign in', async () => {
    const user = await createSignedInUser(api, { role: 'supervisor' });
    const { username, id } = userOf(user);
    const office = newAddress();
    await login(username, passwordOf(user), office).expect(200);

    // 30 guessers at once, each from an address of its own: 10 reach the password check.
    const burst = await Promise.all(
      Array.from({ length: 30 }, (_, i) => login(username, `guess-${i}`, newAddress())),
    );
    expect(statuses(burst)).toEqual({ 401: 10, 429: 20 });

    // The user at their office is not locked out by any of it; at a new address they wait.
    await login(username, passwordOf(user), office).expect(200);
    const elsewhere = newAddress();
    const waiting = await login(username, passwordOf(user), elsewhere).expect(429);
    expect(Number(waiting.headers['retry-after'])).toBeLessThanOrEqual(900);

    // Refused attempts count for nothing: hammering on does not extend the lock.
    const [{ count }] = await database.query<{ count: string }[]>(
      `SELECT count(*) FROM login_failure WHERE username = $1`,
      [username],
    );
    expect(count).toBe('10');

    // An administrator's password reset lifts it at once.
    const admin = await createSignedInUser(api, { role: 'administrator' });
    await request(api.getHttpServer())
      .post(`/admin/users/${id}/password`)
      .set(admin)
      .send({ password: 'a-fresh-long-password' })
      .expect(200);
    await login(username, 'a-fresh-long-password', elsewhere).expect(200);
  });

  it('forgives the failures of a name and address once the right password comes from there', async () => {
    const user = await createSignedInUser(api, { role: 'auditor' });
    const { username } = userOf(user);
    const from = newAddress();
    for (let i = 0; i < 4; i += 1) await login(username, `typo-${i}`, from).expect(401);
    await login(username, passwordOf(user), from).expect(200);
    for (let i = 0; i < 4; i += 1) await login(username, `typo-again-${i}`, from).expect(401);
    await login(username, passwordOf(user), from).expect(200);
  });

  it("logs out the caller only: another user's refresh token is left alone", async () => {
    const mine = await createSignedInUser(api, { role: 'officer' });
    const theirs = await createSignedInUser(api, { role: 'officer' });
    const from = newAddress();
    const myTokens = (await login(userOf(mine).username, passwordOf(mine), from).expect(200)).body;
    const theirTokens = (await login(userOf(theirs).username, passwordOf(theirs), from).expect(200))
      .body;
    await request(api.getHttpServer())
      .post('/auth/logout')
      .set('Authorization', `Bearer ${myTokens.accessToken}`)
      .send({ refreshToken: theirTokens.refreshToken })
      .expect(204);
    // Theirs still refreshes; mine is signed out all the same.
    await request(api.getHttpServer())
      .post('/auth/refresh')
      .send({ refreshToken: theirTokens.refreshToken })
      .expect(200);
    await request(api.getHttpServer())
      .get('/cases')
      .set('Authorization', `Bearer ${myTokens.accessToken}`)
      .expect(401);
    // My own refresh token was not sent, so it was not revoked: logging out is per session.
    await request(api.getHttpServer())
      .post('/auth/refresh')
      .send({ refreshToken: myTokens.refreshToken })
      .expect(200);
  });
});
