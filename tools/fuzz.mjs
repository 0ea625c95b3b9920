// `npm run fuzz`: the long fuzzing run. schemathesis generates requests from the API's OpenAPI
// document, as every role, in every phase (examples, coverage, random data, stateful sequences),
// against the real stack started on loopback; every response must be no server error, of a
// documented status and match its schema. npm test runs the same test with a few examples.
//   npm run fuzz -- --examples 200 --seed 7
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { say } from './lib/log.mjs';
import { ensureNpmDependencies } from './lib/npm-dependencies.mjs';
import { DATA_DIR } from './lib/paths.mjs';
import { run } from './lib/run.mjs';

async function main() {
  const { values } = parseArgs({
    options: { examples: { type: 'string', default: '50' }, seed: { type: 'string' } },
  });
  await ensureNpmDependencies();
  const { ensureTemporalCli } = await import('./lib/temporal-cli.mjs');
  const { ensureSchemathesis } = await import('./lib/schemathesis.mjs');
  await ensureTemporalCli();
  await ensureSchemathesis();
  say('building (tsc -b)');
  await run('npm', ['run', '--silent', 'build']);
  const reports = join(DATA_DIR, 'fuzz-reports');
  mkdirSync(reports, { recursive: true });
  const seed = values.seed ?? String(Math.floor(Math.random() * 2 ** 31));
  say(
    `fuzzing with ${values.examples} examples per operation, seed ${seed}; reports in ${reports}`,
  );
  await run(
    'npx',
    ['jest', '--runInBand', '--selectProjects', 'integration', '--testPathPattern', 'api-fuzz'],
    {
      env: {
        ...process.env,
        FIRECASE_FUZZ_THOROUGH: 'true',
        FIRECASE_FUZZ_EXAMPLES: values.examples,
        FIRECASE_FUZZ_SEED: seed,
        FIRECASE_FUZZ_REPORTS: reports,
        FIRECASE_FUZZ_TIMEOUT_MINUTES: '240',
      },
    },
  );
}

main().catch((error) => {
  process.stderr.write(`firecase: npm run fuzz failed: ${error.message}\n`);
  process.exit(1);
});
