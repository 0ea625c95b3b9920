import { createRequire } from 'node:module';
import { join } from 'node:path';
import { REPO_ROOT } from '../../tools/lib/paths.mjs';

/** Applies the built migrations, exactly as `npm run migrate` does. */
export async function applyMigrations(url) {
  const require = createRequire(join(REPO_ROOT, 'package.json'));
  const { runMigrations } = require('@firecase/persistence');
  await runMigrations({ url, poolSize: 2, ssl: false });
}
