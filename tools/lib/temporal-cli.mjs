import { existsSync, mkdirSync } from 'node:fs';
import { fail, say, withHeartbeat } from './log.mjs';
import { TEMPORAL_CLI, TEMPORAL_CLI_DIR, TEMPORAL_CLI_VERSION } from './paths.mjs';
import { hasCommand, run } from './run.mjs';

/**
 * Builds the Temporal CLI (which contains the dev server) from source with `go install`, once per
 * machine, into the cache. v1.5.1 is the newest tag `go install` accepts: later go.mod files carry
 * a replace directive. The SDK's own download of the binary cannot work without internet.
 */
export async function ensureTemporalCli() {
  if (existsSync(TEMPORAL_CLI)) return TEMPORAL_CLI;
  if (!hasCommand('go')) {
    fail(
      'Go is required to build the Temporal dev server: install Go 1.22 or newer (https://go.dev/doc/install, or `apt-get install golang`).',
    );
  }
  mkdirSync(TEMPORAL_CLI_DIR, { recursive: true });
  say(
    `building the Temporal CLI ${TEMPORAL_CLI_VERSION} with go install into ${TEMPORAL_CLI_DIR} (first time only: about 5 minutes)`,
  );
  await withHeartbeat('go install temporal', () =>
    run('go', ['install', `github.com/temporalio/cli/cmd/temporal@${TEMPORAL_CLI_VERSION}`], {
      env: { ...process.env, GOBIN: TEMPORAL_CLI_DIR, CGO_ENABLED: '0' },
    }),
  );
  say('Temporal CLI built');
  return TEMPORAL_CLI;
}
