import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail, say, withHeartbeat } from './log.mjs';
import { REPO_ROOT, TEST_SERVER, TEST_SERVER_DIR } from './paths.mjs';
import { hasCommand, run } from './run.mjs';

/**
 * Fetches the Java time-skipping test server (io.temporal:temporal-test-server) and its
 * dependencies from Maven Central into the cache, and writes the wrapper that
 * @temporalio/testing starts as `<wrapper> <port>`.
 */
export async function ensureTemporalTestServer() {
  const libDir = join(TEST_SERVER_DIR, 'lib');
  const fetched =
    existsSync(libDir) && readdirSync(libDir).some((f) => f.startsWith('temporal-test-server'));
  if (fetched && existsSync(TEST_SERVER)) return TEST_SERVER;
  if (!hasCommand('java')) {
    fail(
      'Java 17 or newer is required for the time-skipping Temporal test server: install a JDK (`apt-get install openjdk-17-jre-headless`).',
    );
  }
  if (!fetched) {
    if (!hasCommand('mvn')) {
      fail(
        'Maven is required once, to fetch the Temporal test server from Maven Central: install it (`apt-get install maven`).',
      );
    }
    say(`fetching the Temporal test server from Maven Central into ${libDir} (first time only)`);
    await withHeartbeat('mvn dependency:copy-dependencies', () =>
      run('mvn', [
        '-B',
        '-q',
        '-f',
        join(REPO_ROOT, 'tools', 'temporal-test-server', 'pom.xml'),
        'dependency:copy-dependencies',
        `-DoutputDirectory=${libDir}`,
        '-DincludeScope=runtime',
      ]),
    );
  }
  mkdirSync(TEST_SERVER_DIR, { recursive: true });
  writeFileSync(
    TEST_SERVER,
    `#!/bin/sh\n# Started by @temporalio/testing as: temporal-test-server <port>\nexec java -cp '${libDir}/*' io.temporal.testserver.TestServer "$@"\n`,
    { mode: 0o755 },
  );
  return TEST_SERVER;
}
