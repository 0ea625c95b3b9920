// `npm run generate:client`: regenerates the console's API types (apps/console/src/api/
// schema.gen.ts) from the OpenAPI document the API serves. Needs the built API (`npm run build`).
// With --check it changes nothing and exits 1, naming the first difference, when the committed
// types are not what the API serves now (test/console/generated-client.spec.ts runs it so).
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { say } from './lib/log.mjs';

const require = createRequire(import.meta.url);
const {
  CLIENT_TYPES_FILE,
  committedClientTypes,
  currentClientTypes,
} = require('./lib/console-client.cjs');

const current = await currentClientTypes();
if (process.argv.includes('--check')) {
  const committed = committedClientTypes();
  if (current !== committed) {
    const a = committed.split('\n');
    const b = current.split('\n');
    const line = a.findIndex((text, i) => text !== b[i]);
    process.stderr.write(
      `${CLIENT_TYPES_FILE} is out of date; first difference at line ${line + 1}:\n` +
        `  committed: ${a[line] ?? '(end of file)'}\n  served:    ${b[line] ?? '(end of file)'}\n` +
        'run `npm run generate:client` and commit the result\n',
    );
    process.exit(1);
  }
  say('the console client matches the API');
} else {
  writeFileSync(CLIENT_TYPES_FILE, current);
  say(`wrote ${CLIENT_TYPES_FILE}`);
}
// Nest's preview app leaves nothing to wait for, but a library timer may linger.
process.exit(0);
