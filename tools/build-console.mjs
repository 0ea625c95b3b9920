// Builds the web console (apps/console) with Vite into apps/console/dist, which the API serves
// at /. Part of `npm run build`, so `npm start`, `npm test` and the Docker image all build it.
// Skipped while the build is newer than every input (its sources, the labels and catalogue of
// @firecase/domain it bundles, the generated client, its config), as tsc -b skips what is built.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { say } from './lib/log.mjs';
import { REPO_ROOT } from './lib/paths.mjs';
import { run } from './lib/run.mjs';

const CONSOLE = join(REPO_ROOT, 'apps', 'console');
const BUILT = join(CONSOLE, 'dist', 'index.html');
const INPUTS = [
  join(CONSOLE, 'src'),
  join(CONSOLE, 'public'),
  join(CONSOLE, 'index.html'),
  join(CONSOLE, 'vite.config.ts'),
  join(CONSOLE, 'package.json'),
  join(REPO_ROOT, 'libs', 'domain', 'src'),
  join(REPO_ROOT, 'package-lock.json'),
];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestMtime(join(path, name))),
    stat.mtimeMs,
  );
}

if (existsSync(BUILT) && statSync(BUILT).mtimeMs > Math.max(...INPUTS.map(newestMtime))) {
  say('web console is up to date (apps/console/dist)');
} else {
  say('building the web console (vite build)');
  await run('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: CONSOLE });
}
