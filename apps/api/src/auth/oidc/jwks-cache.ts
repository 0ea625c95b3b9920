import { createPublicKey, type JsonWebKey, type KeyObject } from 'node:crypto';
import type { SigningKeys } from './id-token-verifier';

interface KeySet {
  readonly keys: ReadonlyMap<string | undefined, KeyObject>;
  readonly fetchedAt: number;
}

/** A token naming an unknown `kid` may make the cache ask the provider again this often. */
export const UNKNOWN_KID_REFETCH_MS = 60 * 1000;

/**
 * The provider's signing keys, kept for a short TTL. A `kid` the cached set does not know makes
 * one refetch (the provider may have rotated a key in), and then no other for a minute: tokens
 * with made-up key ids cannot turn sign-in into a flood of requests to the provider. Concurrent
 * lookups share a fetch.
 */
export class JwksCache implements SigningKeys {
  private current: Promise<KeySet> | undefined;
  private lastUnknownKidRefetch: number | undefined;

  constructor(
    private readonly fetchKeys: () => Promise<readonly JsonWebKey[]>,
    private readonly ttlMs: number,
    private readonly clock: () => number = Date.now,
    private readonly unknownKidRefetchMs = UNKNOWN_KID_REFETCH_MS,
  ) {}

  async keyFor(kid: string | undefined): Promise<KeyObject | undefined> {
    const cached = this.current;
    const set = cached ? await cached.catch(() => undefined) : undefined;
    if (set && this.clock() - set.fetchedAt < this.ttlMs) {
      const key = pick(set, kid);
      if (key) return key;
      // Joining a refetch another lookup started costs nothing; starting one is throttled.
      if (this.current === cached) {
        const last = this.lastUnknownKidRefetch;
        if (last !== undefined && this.clock() - last < this.unknownKidRefetchMs) return undefined;
        this.lastUnknownKidRefetch = this.clock();
      }
    }
    // Only the caller who saw the stale or missing set starts the refetch; others join it.
    let loading = this.current;
    if (loading === undefined || loading === cached) {
      loading = this.load();
      this.current = loading;
    }
    return pick(await loading, kid);
  }

  private async load(): Promise<KeySet> {
    const keys = new Map<string | undefined, KeyObject>();
    for (const jwk of await this.fetchKeys()) {
      if (jwk.use !== undefined && jwk.use !== 'sig') continue;
      try {
        keys.set(
          typeof jwk.kid === 'string' ? jwk.kid : undefined,
          createPublicKey({ key: jwk, format: 'jwk' }),
        );
      } catch {
        // A key type node:crypto cannot read is one this verifier would not accept anyway.
      }
    }
    return { keys, fetchedAt: this.clock() };
  }
}

/** A token without `kid` is accepted only when the provider publishes a single key. */
function pick(set: KeySet, kid: string | undefined): KeyObject | undefined {
  if (kid !== undefined) return set.keys.get(kid);
  return set.keys.size === 1 ? [...set.keys.values()][0] : undefined;
}
