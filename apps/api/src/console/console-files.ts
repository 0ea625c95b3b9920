import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

/**
 * Where `vite build` leaves the console: apps/console/dist, reached from this file both when it
 * runs compiled (apps/api/dist/console) and from source in the tests (apps/api/src/console).
 */
export const CONSOLE_DIST_DIR = resolve(__dirname, '../../../console/dist');

export const CONSOLE_INDEX_HTML = join(CONSOLE_DIST_DIR, 'index.html');

export function consoleIsBuilt(): boolean {
  return existsSync(CONSOLE_INDEX_HTML);
}

/** The built file a URL path names, or undefined when there is none (or it leaves the build). */
export function consoleFile(urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const file = resolve(CONSOLE_DIST_DIR, `.${decoded}`);
  if (!file.startsWith(CONSOLE_DIST_DIR + sep) || decoded.includes('\0')) return undefined;
  if (
    relative(CONSOLE_DIST_DIR, file)
      .split(sep)
      .some((part) => part.startsWith('.'))
  ) {
    return undefined;
  }
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/**
 * What the console needs on top of helmet's default Content-Security-Policy: photos are
 * previewed and evidence shown from blob: URLs (fetched with the bearer token, so they cannot be
 * plain <img src>); with an OpenID Connect provider, the sign-in page reads its discovery
 * document and exchanges the code at its token endpoint; and in development the API is plain
 * HTTP on loopback, so sub-requests must not be upgraded to HTTPS.
 */
export function consoleCspDirectives(oidcIssuerUrl: string | undefined) {
  return {
    'img-src': ["'self'", 'data:', 'blob:'],
    'connect-src': ["'self'", ...(oidcIssuerUrl ? [new URL(oidcIssuerUrl).origin] : [])],
    'upgrade-insecure-requests': null,
  };
}
