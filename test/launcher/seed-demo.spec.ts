// tools/seed-demo.mjs finds the stack `npm start` runs by its data folder, without DATABASE_URL.
// Nothing listens on the port given, so the CLI gets as far as connecting and says where it tried.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');

function seedDemo(dataDir: string) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    FIRECASE_DATA_DIR: dataDir,
    FIRECASE_PG_PORT: '9',
  };
  delete env.DATABASE_URL;
  const run = spawnSync(process.execPath, ['tools/seed-demo.mjs'], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('npm run seed:demo', () => {
  it('says to start the stack first when there is neither DATABASE_URL nor a data folder', () => {
    const { status, output } = seedDemo(mkdtempSync(join(tmpdir(), 'seed-demo-')));
    expect(status).toBe(1);
    expect(output).toMatch(
      /no DATABASE_URL and no .*postgres-app-password: start the stack with `npm start`/,
    );
  });

  it("connects as the apps of `npm start` do, on the embedded server's port", () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'seed-demo-'));
    writeFileSync(join(dataDir, 'postgres-app-password'), 'not-used\n', { mode: 0o600 });
    const { status, output } = seedDemo(dataDir);
    expect(status).toBe(1);
    expect(output).toContain('connect ECONNREFUSED 127.0.0.1:9');
  });
});
