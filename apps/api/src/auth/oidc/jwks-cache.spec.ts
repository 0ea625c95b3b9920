import { generateKeyPairSync, type JsonWebKey } from 'node:crypto';
import { JwksCache } from './jwks-cache';

const jwk = (kid: string): JsonWebKey => ({
  ...generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ format: 'jwk' }),
  kid,
  use: 'sig',
});

describe(JwksCache.name, () => {
  it('serves keys from memory, refetching once for an unknown kid and after the TTL', async () => {
    let published = [jwk('one')];
    let fetches = 0;
    let time = 0;
    const cache = new JwksCache(
      async () => (fetches++, published),
      1_000,
      () => time,
    );
    expect(await cache.keyFor('one')).toBeDefined();
    expect(await cache.keyFor('one')).toBeDefined();
    expect(fetches).toBe(1);

    published = [...published, jwk('two')]; // the provider rotates a key in
    expect(await cache.keyFor('two')).toBeDefined();
    expect(fetches).toBe(2);
    expect(await cache.keyFor('three')).toBeUndefined();
    expect(fetches).toBe(3);

    time = 1_000;
    expect(await cache.keyFor('one')).toBeDefined();
    expect(fetches).toBe(4);
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
