import { createHmac } from 'node:crypto';
import { signAccessToken, verifyAccessToken } from './access-token';

const secret = 'a-test-secret-of-at-least-32-characters!';
const claims = { sub: '8d0f0e4c-1a43-4f5e-9a57-2b6fc7b1c9a1', role: 'officer', tv: 3 };

describe('access tokens', () => {
  const now = Date.parse('2026-11-28T10:00:00Z');

  it('verifies its own tokens and returns their claims', () => {
    const token = signAccessToken(claims, secret, 900, now);
    expect(verifyAccessToken(token, secret, now + 1000)).toMatchObject({
      ...claims,
      exp: now / 1000 + 900,
    });
  });

  it('refuses an expired token', () => {
    const token = signAccessToken(claims, secret, 900, now);
    expect(verifyAccessToken(token, secret, now + 900_000)).toBeUndefined();
  });

  it('refuses a token signed with another key, or with its payload changed', () => {
    const token = signAccessToken(claims, secret, 900, now);
    expect(verifyAccessToken(token, `${secret}-other`, now)).toBeUndefined();
    const [header, , sig] = token.split('.');
    const forged = Buffer.from(
      JSON.stringify({ ...claims, role: 'supervisor', exp: 9e9 }),
    ).toString('base64url');
    expect(verifyAccessToken(`${header}.${forged}.${sig}`, secret, now)).toBeUndefined();
  });

  it('refuses alg none and any algorithm but HS256, even with a valid HMAC', () => {
    const payload = signAccessToken(claims, secret, 900, now).split('.')[1];
    for (const alg of ['none', 'HS512', 'RS256']) {
      const header = Buffer.from(JSON.stringify({ alg, typ: 'JWT' })).toString('base64url');
      const sig = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url');
      expect(verifyAccessToken(`${header}.${payload}.`, secret, now)).toBeUndefined();
      expect(verifyAccessToken(`${header}.${payload}.${sig}`, secret, now)).toBeUndefined();
    }
  });

  it('refuses garbage', () => {
    for (const token of ['', 'a.b', 'a.b.c', '...', 'x'.repeat(50)]) {
      expect(verifyAccessToken(token, secret, now)).toBeUndefined();
    }
  });
});
