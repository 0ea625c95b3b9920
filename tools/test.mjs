// `npm test`: the whole suite on a fresh clone. Installs what is missing (npm dependencies, the
// Temporal CLI built with Go, the Java test server from Maven Central, the schemathesis API fuzzer
// from PyPI), builds, lints, type-checks,
// then runs Jest's three projects: unit, workflow (time-skipping server) and integration (the real
// Temporal dev server and PostgreSQL). Extra arguments go to Jest: `npm test -- test/wiring`.
import { say } from './lib/log.mjs';
import { ensureNpmDependencies } from './lib/npm-dependencies.mjs';
import { run } from './lib/run.mjs';

async function main() {
  await ensureNpmDependencies();
  const { ensureTemporalCli } = await import('./lib/temporal-cli.mjs');
  const { ensureTemporalTestServer } = await import('./lib/temporal-test-server.mjs');
  const { ensureSchemathesis } = await import('./lib/schemathesis.mjs');
  await ensureTemporalCli();
  await ensureTemporalTestServer();
  await ensureSchemathesis();

  say('building (tsc -b)');
  await run('npm', ['run', '--silent', 'build']);
  say('type-checking sources and tests (npm run check)');
  await run('npm', ['run', '--silent', 'check']);
  say('linting (npm run lint)');
  await run('npm', ['run', '--silent', 'lint']);
  say('running the test suite (jest: unit, workflow, integration)');
  await run('npx', ['jest', '--runInBand', ...process.argv.slice(2)]);
}

main().catch((error) => {
  process.stderr.write(`firecase: npm test failed: ${error.message}\n`);
  process.exit(1);
});
