import { createHmac, generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { type SigningKeys, verifyIdToken } from './id-token-verifier';

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const issuer = 'https://id.example/realms/firecase';
const audience = 'firecase-web';
const now = Date.UTC(2026, 10, 28, 12, 0, 0);
const seconds = now / 1000;

const keys: SigningKeys = {
  keyFor: async (kid) => ({ rsa: rsa.publicKey, ec: ec.publicKey })[kid ?? ''],
};

const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');

function token(
  claims: Record<string, unknown> = {},
  header: Record<string, unknown> = { alg: 'RS256', kid: 'rsa' },
  key: KeyObject = rsa.privateKey,
): string {
  const payload = {
    iss: issuer,
    aud: audience,
    preferred_username: 'officer.li',
    iat: seconds,
    exp: seconds + 300,
    ...claims,
  };
  const signed = `${encode(header)}.${encode(payload)}`;
  const dsaEncoding = header.alg === 'ES256' ? 'ieee-p1363' : undefined;
  const signature = sign('sha256', Buffer.from(signed), { key, dsaEncoding });
  return `${signed}.${signature.toString('base64url')}`;
}

const verify = (idToken: string) => verifyIdToken(idToken, keys, { issuer, audience, now });

describe(verifyIdToken.name, () => {
  it('accepts an RS256 token of the issuer for the audience', async () => {
    const verdict = await verify(token());
    expect(verdict).toMatchObject({ valid: true, claims: { preferred_username: 'officer.li' } });
  });

  it('accepts ES256, and an audience list that contains ours', async () => {
    const es = token({ aud: ['other', audience] }, { alg: 'ES256', kid: 'ec' }, ec.privateKey);
    expect(await verify(es)).toMatchObject({ valid: true });
  });

  it.each([
    ['another issuer', token({ iss: 'https://evil.example' }), 'issued by another issuer'],
    ['another audience', token({ aud: 'someone-else' }), 'issued to another audience'],
    ['expired beyond the skew', token({ exp: seconds - 61 }), 'expired'],
    ['without exp', token({ exp: undefined }), 'expired'],
    ['not yet valid', token({ nbf: seconds + 120 }), 'not yet valid'],
    ['issued in the future', token({ iat: seconds + 120 }), 'issued in the future'],
    ['an unknown kid', token({}, { alg: 'RS256', kid: 'gone' }), 'no signing key gone'],
    ['an RSA key named as ES256', token({}, { alg: 'ES256', kid: 'rsa' }), 'does not fit'],
    ['garbage', 'not.a-token', 'not a compact JWS'],
  ])('refuses %s', async (_, idToken, reason) => {
    const verdict = await verify(idToken);
    expect(verdict.valid).toBe(false);
    expect(verdict).toMatchObject({ reason: expect.stringContaining(reason) });
  });

  it('tolerates a small clock skew', async () => {
    expect(await verify(token({ exp: seconds - 30, iat: seconds + 30 }))).toMatchObject({
      valid: true,
    });
  });

  it('refuses a tampered payload', async () => {
    const [header, , signature] = token().split('.');
    const forged = `${header}.${encode({ iss: issuer, aud: audience, exp: seconds + 300, preferred_username: 'admin' })}.${signature}`;
    expect(await verify(forged)).toEqual({ valid: false, reason: 'bad signature' });
  });

  it('refuses alg none and HS256 before looking for a key', async () => {
    const lookups: (string | undefined)[] = [];
    const watched: SigningKeys = { keyFor: async (kid) => (lookups.push(kid), rsa.publicKey) };
    const body = encode({ iss: issuer, aud: audience, exp: seconds + 300 });
    const none = `${encode({ alg: 'none' })}.${body}.`;
    const hsSigned = `${encode({ alg: 'HS256', kid: 'rsa' })}.${body}`;
    const publicPem = rsa.publicKey.export({ type: 'spki', format: 'pem' });
    const hs = `${hsSigned}.${createHmac('sha256', publicPem).update(hsSigned).digest('base64url')}`;
    for (const idToken of [none, hs]) {
      const verdict = await verifyIdToken(idToken, watched, { issuer, audience, now });
      expect(verdict).toMatchObject({ valid: false, reason: expect.stringMatching(/^algorithm /) });
    }
    expect(lookups).toEqual([]);
  });

  it('checks the nonce when the front end sends one, and only then', async () => {
    const withNonce = token({ nonce: 'n-0S6_WzA2Mj' });
    const check = (idToken: string, nonce?: string) =>
      verifyIdToken(idToken, keys, { issuer, audience, now, nonce });
    expect(await check(withNonce, 'n-0S6_WzA2Mj')).toMatchObject({ valid: true });
    expect(await check(withNonce, 'n-another')).toEqual({
      valid: false,
      reason: 'nonce does not match',
    });
    expect(await check(token(), 'n-0S6_WzA2Mj')).toEqual({
      valid: false,
      reason: 'nonce does not match',
    });
    expect(await check(token({ nonce: 42 }), '42')).toMatchObject({ valid: false });
    expect(await check(withNonce)).toMatchObject({ valid: true });
  });
});
