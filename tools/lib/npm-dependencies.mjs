import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { say } from './log.mjs';
import { REPO_ROOT } from './paths.mjs';
import { run } from './run.mjs';

/** Runs `npm ci` when node_modules is missing or older than the lock file. */
export async function ensureNpmDependencies() {
  const installed = join(REPO_ROOT, 'node_modules', '.package-lock.json');
  const lock = join(REPO_ROOT, 'package-lock.json');
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs) return;
  say('installing npm dependencies (npm ci; about a minute the first time)');
  await run('npm', ['ci', '--no-audit', '--no-fund']);
}
