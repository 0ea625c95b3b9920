import { createHmac, timingSafeEqual } from 'node:crypto';

/** What an access token says: who (`sub`), as what, and under which token version. */
export interface AccessTokenClaims {
  readonly sub: string;
  readonly role: string;
  /** The user's token_version when issued; bumping it voids the token at once. */
  readonly tv: number;
  readonly iat: number;
  readonly exp: number;
}

const HEADER = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));

/**
 * A compact JWT signed with HMAC-SHA256 by node:crypto. Only HS256 is accepted: a token naming
 * any other algorithm (`none` included) is refused before its signature is looked at.
 */
export function signAccessToken(
  claims: Omit<AccessTokenClaims, 'iat' | 'exp'>,
  secret: string,
  ttlSeconds: number,
  now = Date.now(),
): string {
  const iat = Math.floor(now / 1000);
  const payload = base64url(JSON.stringify({ ...claims, iat, exp: iat + ttlSeconds }));
  return `${HEADER}.${payload}.${signature(`${HEADER}.${payload}`, secret)}`;
}

/** The claims of a genuine, unexpired token; undefined for anything else. */
export function verifyAccessToken(
  token: string,
  secret: string,
  now = Date.now(),
): AccessTokenClaims | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  const [header, payload, given] = parts;
  const alg = parseJson(header) as { alg?: unknown; typ?: unknown } | undefined;
  if (alg?.alg !== 'HS256') return undefined;
  const expected = Buffer.from(signature(`${header}.${payload}`, secret));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return undefined;
  const claims = parseJson(payload) as Partial<AccessTokenClaims> | undefined;
  if (
    typeof claims?.sub !== 'string' ||
    typeof claims.role !== 'string' ||
    typeof claims.tv !== 'number' ||
    typeof claims.exp !== 'number'
  ) {
    return undefined;
  }
  if (claims.exp * 1000 <= now) return undefined;
  return claims as AccessTokenClaims;
}

function signature(input: string, secret: string): string {
  return createHmac('sha256', secret).update(input).digest('base64url');
}

function base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

function parseJson(part: string): unknown {
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}
