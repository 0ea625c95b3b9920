import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { WorkerOptions } from '@temporalio/worker';

/**
 * Where the worker's workflow code comes from. Workspace packages inside the bundle resolve
 * through their `source` export condition, as Jest and the type checker do, so the bundle is
 * built from the same TypeScript the tests run.
 */
export const WORKFLOW_SOURCES: Pick<WorkerOptions, 'workflowsPath' | 'bundlerOptions'> = {
  workflowsPath: require.resolve('@firecase/workflows'),
  bundlerOptions: {
    webpackConfigHook: (config) => ({
      ...config,
      resolve: { ...config.resolve, conditionNames: ['source', 'require', 'import', 'default'] },
    }),
  },
};

const WORKER_ROOT = resolve(__dirname, '..'); // apps/worker, from src (tests) and from dist
const REPO_ROOT = resolve(WORKER_ROOT, '..', '..');
/** `npm run build` writes the bundle here (tools/bundle-workflows.mjs), beside its inputs' hash. */
export const PREBUNDLED_WORKFLOWS = join(WORKER_ROOT, 'dist', 'workflows.bundle.js');
const PREBUNDLED_HASH = `${PREBUNDLED_WORKFLOWS}.sha256`;
/** What the bundle is made of: the workflows and the pure libraries they import. */
const BUNDLED_SOURCES = ['workflows/src', 'libs/contract/src', 'libs/domain/src'];

/**
 * The workflow code for a Worker: the bundle `npm run build` made, when it was made from the
 * sources as they are now; otherwise bundled at start (some seconds of CPU), so an edit made
 * without a build still runs what was edited.
 */
export function workflowBundleOptions(): Pick<
  WorkerOptions,
  'workflowsPath' | 'bundlerOptions' | 'workflowBundle'
> {
  if (existsSync(PREBUNDLED_WORKFLOWS) && existsSync(PREBUNDLED_HASH)) {
    const current = workflowSourcesHash();
    const built = readFileSync(PREBUNDLED_HASH, 'utf8').trim();
    // Without sources (an image that ships only dist/) the build's bundle is the code.
    if (current === undefined || current === built) {
      return { workflowBundle: { codePath: PREBUNDLED_WORKFLOWS } };
    }
  }
  return WORKFLOW_SOURCES;
}

/** SHA-256 over the bundled sources and the workflow SDK's version; undefined without sources. */
export function workflowSourcesHash(): string | undefined {
  const hash = createHash('sha256');
  let found = false;
  for (const dir of BUNDLED_SOURCES) {
    for (const file of filesUnder(join(REPO_ROOT, dir))) {
      found = true;
      hash.update(file.slice(REPO_ROOT.length)).update('\0').update(readFileSync(file));
    }
  }
  if (!found) return undefined;
  const sdk = join(REPO_ROOT, 'node_modules', '@temporalio', 'workflow', 'package.json');
  if (existsSync(sdk)) hash.update(readFileSync(sdk));
  return hash.digest('hex');
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return filesUnder(path);
      return /\.(ts|json)$/.test(entry.name) && !/\.spec(-helper)?\.ts$/.test(entry.name)
        ? [path]
        : [];
    });
}
