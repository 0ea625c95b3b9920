import { createRequire } from 'node:module';
import { join } from 'node:path';
import { REPO_ROOT } from './paths.mjs';

/** The built contract package: task queue and search attributes, read rather than repeated here. */
export function loadContract() {
  const require = createRequire(join(REPO_ROOT, 'package.json'));
  try {
    return require('@firecase/contract');
  } catch (error) {
    throw new Error(`the workspace is not built (run \`npm run build\`): ${error.message}`);
  }
}
