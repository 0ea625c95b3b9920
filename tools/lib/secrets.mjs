import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';

/**
 * A secret kept in a file of its own, readable by its owner only (0600): made once with `bytes`
 * random bytes, then read back on every start, so what it signs survives a restart. A file
 * found readable by others is closed up again.
 */
export function secretFile(path, bytes = 32) {
  if (!existsSync(path)) {
    writeFileSync(path, randomBytes(bytes).toString('base64url'), { mode: 0o600, flag: 'wx' });
  }
  if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
  const secret = readFileSync(path, 'utf8').trim();
  if (secret.length === 0) throw new Error(`${path} is empty: delete it to have a new one made`);
  return secret;
}
