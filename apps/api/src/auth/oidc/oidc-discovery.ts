/** The part of the provider's `/.well-known/openid-configuration` that sign-in needs. */
export interface OidcDiscovery {
  readonly issuer: string;
  readonly jwks_uri: string;
}

const FETCH_TIMEOUT_MS = 5_000;

/** GETs a JSON document from the provider; a failure names the URL, never the response body. */
export async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url, {
    headers: { accept: 'application/json' },
    signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.json();
}

export async function fetchDiscovery(issuerUrl: string): Promise<OidcDiscovery> {
  const url = `${issuerUrl.replace(/\/+$/, '')}/.well-known/openid-configuration`;
  const document = (await fetchJson(url)) as Partial<OidcDiscovery> | null;
  // OpenID Connect Discovery 1.0 §4.3: the issuer in the document must be the one configured.
  if (document?.issuer !== issuerUrl) {
    throw new Error(`${url} names issuer ${String(document?.issuer)}, not ${issuerUrl}`);
  }
  if (typeof document.jwks_uri !== 'string') throw new Error(`${url} has no jwks_uri`);
  return { issuer: document.issuer, jwks_uri: document.jwks_uri };
}
