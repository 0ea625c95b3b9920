import { generateKeyPairSync, type JsonWebKey } from 'node:crypto';
import { JwksCache } from './jwks-cache';

const jwk = (kid: string): JsonWebKey => ({
  ...generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ format: 'jwk' }),
  kid,
  use: 'sig',
});

describe(JwksCache.name, () => {
  it('serves keys from memory, refetching for unknown key ids at most once a minute, and after the TTL', async () => {
    let published = [jwk('one')];
    let fetches = 0;
    let time = 0;
    const cache = new JwksCache(
      async () => (fetches++, published),
      5 * 60_000,
      () => time,
    );
    expect(await cache.keyFor('one')).toBeDefined();
    expect(await cache.keyFor('one')).toBeDefined();
    expect(fetches).toBe(1);

    // The first unknown key id may be a key just rotated in: one refetch. Then none for a minute.
    for (const kid of ['forged-1', 'forged-2', 'forged-3']) {
      expect(await cache.keyFor(kid)).toBeUndefined();
    }
    expect(fetches).toBe(2);

    published = [...published, jwk('two')]; // the provider rotates a key in
    time = 30_000;
    expect(await cache.keyFor('two')).toBeUndefined(); // still within the minute
    expect(fetches).toBe(2);
    time = 60_000;
    expect(await cache.keyFor('two')).toBeDefined();
    expect(fetches).toBe(3);
    const burst = await Promise.all(['x', 'y', 'z'].map((kid) => cache.keyFor(kid)));
    expect(burst).toEqual([undefined, undefined, undefined]);
    expect(fetches).toBe(3);
    time = 120_000;
    expect(await cache.keyFor('three')).toBeUndefined();
    expect(fetches).toBe(4);

    time = 120_000 + 5 * 60_000;
    expect(await cache.keyFor('one')).toBeDefined();
    expect(fetches).toBe(5);
  });

  it('shares one refetch among concurrent lookups of a rotated-in key', async () => {
    let published = [jwk('one')];
    let fetches = 0;
    const time = 0;
    const cache = new JwksCache(
      async () => (fetches++, published),
      5 * 60_000,
      () => time,
    );
    await cache.keyFor('one');
    published = [...published, jwk('two')];
    const keys = await Promise.all([cache.keyFor('two'), cache.keyFor('two'), cache.keyFor('two')]);
    expect(keys.every(Boolean)).toBe(true);
    expect(fetches).toBe(2);
  });

  it('takes a token without kid only when the provider publishes one key', async () => {
    const single = new JwksCache(async () => [jwk('only')], 1_000);
    expect(await single.keyFor(undefined)).toBeDefined();
    const pair = new JwksCache(async () => [jwk('a'), jwk('b')], 1_000);
    expect(await pair.keyFor(undefined)).toBeUndefined();
  });

  it('asks again after a failed fetch', async () => {
    let attempt = 0;
    const cache = new JwksCache(async () => {
      attempt += 1;
      if (attempt === 1) throw new Error('provider down');
      return [jwk('one')];
    }, 1_000);
    await expect(cache.keyFor('one')).rejects.toThrow('provider down');
    expect(await cache.keyFor('one')).toBeDefined();
  });
});
