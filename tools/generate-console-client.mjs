// `npm run generate:client`: regenerates the console's API types (apps/console/src/api/
// schema.gen.ts) from the OpenAPI document the API serves. Needs the built API (`npm run build`).
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { say } from './lib/log.mjs';

const require = createRequire(import.meta.url);
const { CLIENT_TYPES_FILE, currentClientTypes } = require('./lib/console-client.cjs');

const source = await currentClientTypes();
writeFileSync(CLIENT_TYPES_FILE, source);
say(`wrote ${CLIENT_TYPES_FILE}`);
process.exit(0);
