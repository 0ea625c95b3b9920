import type { JsonWebKey } from 'node:crypto';
import { fetchDiscovery, fetchJson } from './oidc-discovery';
import { JwksCache } from './jwks-cache';

/** Long enough to spare the provider a fetch per sign-in, short enough to follow a rotation. */
const CACHE_TTL_MS = 5 * 60 * 1000;

/** The provider's signing keys, found through its discovery document; both are cached. */
export function providerSigningKeys(issuerUrl: string): JwksCache {
  let discovery: { readonly jwksUri: Promise<string>; readonly fetchedAt: number } | undefined;
  const jwksUri = () => {
    if (!discovery || Date.now() - discovery.fetchedAt >= CACHE_TTL_MS) {
      const jwksUri = fetchDiscovery(issuerUrl).then((document) => document.jwks_uri);
      // A failed discovery is not cached: the next sign-in asks again.
      jwksUri.catch(() => (discovery = undefined));
      discovery = { jwksUri, fetchedAt: Date.now() };
    }
    return discovery.jwksUri;
  };
  return new JwksCache(async () => {
    const set = (await fetchJson(await jwksUri())) as { keys?: unknown } | null;
    if (!Array.isArray(set?.keys)) throw new Error(`${await jwksUri()} holds no keys`);
    return set.keys as JsonWebKey[];
  }, CACHE_TTL_MS);
}
