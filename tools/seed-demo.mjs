// `npm run seed:demo`: loads the Chinese demo organisation and cases into the stack `npm start`
// runs, as its apps connect (firecase_app, password from the data folder) and with their audit
// key (what it records verifies later), or into the database DATABASE_URL names (then AUDIT_KEY
// is the environment's, as for the apps). The work itself is apps/api/src/cli/seed-demo.ts.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR, REPO_ROOT } from './lib/paths.mjs';
import { launcherKeys } from './lib/embedded-database.mjs';
import { APP_ROLE, roleUrl } from './lib/postgres-roles.mjs';

const env = { ...process.env };
if (!env.DATABASE_URL) {
  const passwordFile = join(DATA_DIR, 'postgres-app-password');
  if (!existsSync(passwordFile)) {
    console.error(
      `seed:demo: no DATABASE_URL and no ${passwordFile}: start the stack with \`npm start\` in another terminal first (or set DATABASE_URL)`,
    );
    process.exit(1);
  }
  const password = readFileSync(passwordFile, 'utf8').trim();
  env.DATABASE_URL = roleUrl(APP_ROLE, password, Number(env.FIRECASE_PG_PORT ?? 54329), 'firecase');
  env.AUDIT_KEY ??= launcherKeys().AUDIT_KEY;
}
const seeded = spawnSync(process.execPath, ['apps/api/dist/cli/seed-demo.js'], {
  cwd: REPO_ROOT,
  stdio: 'inherit',
  env,
});
process.exit(seeded.status ?? 1);
