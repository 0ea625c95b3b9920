import { type KeyObject, timingSafeEqual, verify } from 'node:crypto';

/** The claims of a verified ID token that sign-in reads; the rest pass through untyped. */
export type IdTokenClaims = Readonly<Record<string, unknown>> & {
  readonly iss: string;
  readonly exp: number;
};

/** Where the verifier finds the provider's public key named by a token's `kid`. */
export interface SigningKeys {
  keyFor(kid: string | undefined): Promise<KeyObject | undefined>;
}

export interface IdTokenExpectations {
  readonly issuer: string;
  readonly audience: string;
  /** Seconds of clock difference tolerated on exp, nbf and iat. */
  readonly clockSkewSeconds?: number;
  readonly now?: number;
  /**
   * The nonce the front end put in its authentication request, when it sends one: the token
   * must carry exactly it, so a token issued for another sign-in cannot be replayed here.
   */
  readonly nonce?: string;
}

export type IdTokenVerdict =
  | { readonly valid: true; readonly claims: IdTokenClaims }
  | { readonly valid: false; readonly reason: string };

/**
 * Asymmetric algorithms only: `none` has no signature, and HS* would let anyone who knows the
 * client secret (or, with a confused verifier, the public key) mint tokens.
 */
const ALGORITHMS = {
  RS256: { keyType: 'rsa', dsaEncoding: undefined },
  ES256: { keyType: 'ec', dsaEncoding: 'ieee-p1363' },
} as const;

const DEFAULT_CLOCK_SKEW_SECONDS = 60;

/** Verifies an OpenID Connect ID token (compact JWS) by node:crypto, claim by claim. */
export async function verifyIdToken(
  token: string,
  keys: SigningKeys,
  expected: IdTokenExpectations,
): Promise<IdTokenVerdict> {
  const refuse = (reason: string): IdTokenVerdict => ({ valid: false, reason });
  const parts = token.split('.');
  if (parts.length !== 3) return refuse('not a compact JWS');
  const [encodedHeader, encodedPayload, encodedSignature] = parts;
  const header = parseJson(encodedHeader);
  const payload = parseJson(encodedPayload);
  if (!header || !payload) return refuse('malformed header or payload');

  const alg = header.alg;
  if (typeof alg !== 'string' || !Object.hasOwn(ALGORITHMS, alg)) {
    return refuse(`algorithm ${String(alg)} is not accepted`);
  }
  const algorithm = ALGORITHMS[alg as keyof typeof ALGORITHMS];
  const kid = typeof header.kid === 'string' ? header.kid : undefined;
  const key = await keys.keyFor(kid);
  if (!key) return refuse(`no signing key ${kid ?? '(without kid)'} at the provider`);
  if (key.asymmetricKeyType !== algorithm.keyType) return refuse('key does not fit the algorithm');
  const signed = verify(
    'sha256',
    Buffer.from(`${encodedHeader}.${encodedPayload}`),
    { key, dsaEncoding: algorithm.dsaEncoding },
    Buffer.from(encodedSignature, 'base64url'),
  );
  if (!signed) return refuse('bad signature');

  if (payload.iss !== expected.issuer) return refuse('issued by another issuer');
  const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
  if (!audiences.includes(expected.audience)) return refuse('issued to another audience');

  const now = Math.floor((expected.now ?? Date.now()) / 1000);
  const skew = expected.clockSkewSeconds ?? DEFAULT_CLOCK_SKEW_SECONDS;
  if (typeof payload.exp !== 'number' || payload.exp + skew <= now) return refuse('expired');
  if (typeof payload.nbf === 'number' && payload.nbf - skew > now) return refuse('not yet valid');
  if (payload.iat !== undefined && (typeof payload.iat !== 'number' || payload.iat - skew > now)) {
    return refuse('issued in the future');
  }
  if (expected.nonce !== undefined && !sameText(payload.nonce, expected.nonce)) {
    return refuse('nonce does not match');
  }
  return { valid: true, claims: payload as IdTokenClaims };
}

function sameText(actual: unknown, expected: string): boolean {
  if (typeof actual !== 'string') return false;
  const a = Buffer.from(actual, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

function parseJson(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
