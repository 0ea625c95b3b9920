import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fail, say, withHeartbeat } from './log.mjs';
import { SCHEMATHESIS, SCHEMATHESIS_DIR, SCHEMATHESIS_VERSION } from './paths.mjs';
import { hasCommand, run } from './run.mjs';

/** Written last: a venv without it is a half-finished install (interrupted), made again. */
const INSTALLED_MARK = join(SCHEMATHESIS_DIR, '.firecase-installed');

/**
 * Installs schemathesis (the OpenAPI fuzzer) from PyPI with pip into a virtual environment in the
 * cache, once per machine, pinned so every clone fuzzes with the same checks.
 */
export async function ensureSchemathesis() {
  if (existsSync(INSTALLED_MARK) && existsSync(SCHEMATHESIS)) return SCHEMATHESIS;
  if (!hasCommand('python3')) {
    fail(
      'Python 3.9 or newer with pip and venv is required for the API fuzzer (schemathesis): install it (`apt-get install python3 python3-venv python3-pip`).',
    );
  }
  const venvWorks = spawnSync('python3', ['-c', 'import venv, ensurepip'], { stdio: 'ignore' });
  if (venvWorks.status !== 0) {
    fail(
      'Python 3 has no venv/ensurepip module, needed to install the API fuzzer (schemathesis): install it (`apt-get install python3-venv python3-pip`).',
    );
  }
  rmSync(SCHEMATHESIS_DIR, { recursive: true, force: true });
  mkdirSync(dirname(SCHEMATHESIS_DIR), { recursive: true });
  say(
    `installing schemathesis ${SCHEMATHESIS_VERSION} from PyPI into ${SCHEMATHESIS_DIR} (first time only: about a minute)`,
  );
  await run('python3', ['-m', 'venv', SCHEMATHESIS_DIR]);
  await withHeartbeat('pip install schemathesis', () =>
    run(join(SCHEMATHESIS_DIR, 'bin', 'python'), [
      '-m',
      'pip',
      'install',
      '--quiet',
      '--disable-pip-version-check',
      `schemathesis==${SCHEMATHESIS_VERSION}`,
    ]),
  );
  writeFileSync(INSTALLED_MARK, `schemathesis ${SCHEMATHESIS_VERSION}\n`);
  say('schemathesis installed');
  return SCHEMATHESIS;
}
