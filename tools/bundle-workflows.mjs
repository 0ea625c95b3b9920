// `npm run build`'s last step: bundles the workflow code once (webpack, some seconds of CPU), so
// that the worker and the tests' workers start from the file instead of bundling at every start.
// The bundle is written with the hash of its sources; a worker uses it only while they match.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { say } from './lib/log.mjs';

const require = createRequire(import.meta.url);
const { bundleWorkflowCode } = require('@temporalio/worker');
const {
  PREBUNDLED_WORKFLOWS,
  WORKFLOW_SOURCES,
  workflowSourcesHash,
} = require('../apps/worker/dist/workflow-bundle.js');

const hash = workflowSourcesHash();
const { code } = await bundleWorkflowCode({
  ...WORKFLOW_SOURCES,
  logger: { trace() {}, debug() {}, info() {}, warn: console.warn, error: console.error, log() {} },
});
writeFileSync(PREBUNDLED_WORKFLOWS, code);
writeFileSync(`${PREBUNDLED_WORKFLOWS}.sha256`, `${hash}\n`);
say(`workflow bundle written (${Math.round(code.length / 1024)} KiB)`);
