// Sign-in at an OpenID Connect provider: authorization code flow with PKCE (S256), state and
// nonce, as a public client (no secret in a browser). The ID token it yields is exchanged for
// our own tokens at POST /auth/oidc, which verifies it.
const PENDING_KEY = 'firecase.oidc';

interface Pending {
  readonly verifier: string;
  readonly state: string;
  readonly nonce: string;
  readonly tokenEndpoint: string;
  readonly clientId: string;
  readonly redirectUri: string;
}

interface Discovery {
  readonly authorization_endpoint: string;
  readonly token_endpoint: string;
}

export function oidcRedirectUri(): string {
  return `${window.location.origin}/login/callback`;
}

export async function beginOidcSignIn(issuer: string, clientId: string): Promise<void> {
  const discovery = await discover(issuer);
  const pending: Pending = {
    verifier: randomText(48),
    state: randomText(24),
    nonce: randomText(24),
    tokenEndpoint: discovery.token_endpoint,
    clientId,
    redirectUri: oidcRedirectUri(),
  };
  sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
  const url = new URL(discovery.authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: clientId,
    redirect_uri: pending.redirectUri,
    scope: 'openid profile',
    state: pending.state,
    nonce: pending.nonce,
    code_challenge: await s256(pending.verifier),
    code_challenge_method: 'S256',
  }).toString();
  window.location.assign(url.toString());
}

/** The ID token for the code the provider sent back; throws when the answer is not ours. */
export async function completeOidcSignIn(search: string): Promise<string> {
  const params = new URLSearchParams(search);
  const text = sessionStorage.getItem(PENDING_KEY);
  sessionStorage.removeItem(PENDING_KEY);
  const pending = text ? (JSON.parse(text) as Pending) : undefined;
  const providerError = params.get('error');
  if (providerError) throw new Error(`统一身份认证拒绝了登录（${providerError}）`);
  if (!pending || params.get('state') !== pending.state) {
    throw new Error('登录请求已失效，请重新登录');
  }
  const response = await fetch(pending.tokenEndpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code: params.get('code') ?? '',
      redirect_uri: pending.redirectUri,
      client_id: pending.clientId,
      code_verifier: pending.verifier,
    }),
  });
  const body = (await response.json()) as { id_token?: string };
  if (!response.ok || !body.id_token) throw new Error('统一身份认证未返回身份令牌');
  return body.id_token;
}

async function discover(issuer: string): Promise<Discovery> {
  const response = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`);
  if (!response.ok) throw new Error('无法连接统一身份认证服务');
  return (await response.json()) as Discovery;
}

function randomText(bytes: number): string {
  return base64url(crypto.getRandomValues(new Uint8Array(bytes)));
}

async function s256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return base64url(new Uint8Array(digest));
}

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
