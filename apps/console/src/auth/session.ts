// The signed-in session: tokens in sessionStorage (one tab, one session: a refresh token is
// single-use, so two tabs sharing one would revoke each other), refreshed silently a minute
// before the access token expires and once more when the API answers 401. When refreshing
// fails the user has been signed out, disabled or had the password reset: the session ends and
// the app goes back to 登录 with the reason.
import type { IssuedTokens } from '../api/types';

interface StoredSession {
  readonly accessToken: string;
  readonly refreshToken: string;
  /** ms since the epoch */
  readonly expiresAt: number;
}

export type SessionEnd = 'signed_out' | 'expired';

const STORAGE_KEY = 'firecase.session';
const REFRESH_LEAD_MS = 60_000;

let current: StoredSession | undefined = load();
let refreshTimer: ReturnType<typeof setTimeout> | undefined;
let refreshing: Promise<boolean> | undefined;
let ended: SessionEnd | undefined;
const endListeners = new Set<(reason: SessionEnd) => void>();

/** Set by the client module: trades a refresh token for new tokens (undefined when refused). */
let refresher: ((refreshToken: string) => Promise<IssuedTokens | undefined>) | undefined;

export function setRefresher(fn: (refreshToken: string) => Promise<IssuedTokens | undefined>) {
  refresher = fn;
  schedule();
}

export function accessToken(): string | undefined {
  return current?.accessToken;
}

export function refreshToken(): string | undefined {
  return current?.refreshToken;
}

export function isSignedIn(): boolean {
  return current !== undefined;
}

export function startSession(tokens: IssuedTokens): void {
  ended = undefined;
  current = {
    accessToken: tokens.accessToken,
    refreshToken: tokens.refreshToken,
    expiresAt: Date.now() + tokens.expiresIn * 1000,
  };
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(current));
  schedule();
}

export function endSession(reason: SessionEnd): void {
  const had = current !== undefined;
  current = undefined;
  sessionStorage.removeItem(STORAGE_KEY);
  if (refreshTimer) clearTimeout(refreshTimer);
  if (!had) return;
  ended = reason;
  for (const listener of endListeners) listener(reason);
}

/**
 * Why this tab's last session ended, until another starts: 登录 says so however the app got
 * there (the end's own navigation, or a page that rendered signed out before it was done).
 */
export function howSessionEnded(): SessionEnd | undefined {
  return ended;
}

export function onSessionEnd(listener: (reason: SessionEnd) => void): () => void {
  endListeners.add(listener);
  return () => endListeners.delete(listener);
}

/** One refresh at a time; true when the session goes on with new tokens. */
export function refreshSession(): Promise<boolean> {
  const token = current?.refreshToken;
  if (!token || !refresher) return Promise.resolve(false);
  refreshing ??= refresher(token)
    .then((tokens) => {
      if (tokens) startSession(tokens);
      else endSession('expired');
      return tokens !== undefined;
    })
    .catch(() => false) // the network, not the server, failed: keep the session and try later
    .finally(() => {
      refreshing = undefined;
    });
  return refreshing;
}

function schedule(): void {
  if (refreshTimer) clearTimeout(refreshTimer);
  if (!current || !refresher) return;
  const wait = Math.max(current.expiresAt - Date.now() - REFRESH_LEAD_MS, 1_000);
  refreshTimer = setTimeout(() => void refreshSession(), wait);
}

function load(): StoredSession | undefined {
  try {
    const text = sessionStorage.getItem(STORAGE_KEY);
    const value = text ? (JSON.parse(text) as StoredSession) : undefined;
    return value?.accessToken && value.refreshToken ? value : undefined;
  } catch {
    return undefined;
  }
}
