// The keys `npm start` gives the api and the worker (tools/lib/embedded-database.mjs): made once
// into the data folder, readable by their owner only, read back on the next start. Then the
// api, booted twice with what the launcher hands it each time, as a restart does: a token issued
// before the restart still opens the API. Real PostgreSQL; nothing is mocked.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { startApiApp } from './support/running-apps';
import { createSignedInUser } from './support/signed-in-user';
import { stackConfig } from './support/stack';

const ROOT = join(__dirname, '..');

/** What one `npm start` would hand the apps, from the data folder `dataDir`. */
function launcherKeys(dataDir: string): { JWT_SECRET: string; AUDIT_KEY: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, FIRECASE_DATA_DIR: dataDir };
  delete env.JWT_SECRET;
  delete env.AUDIT_KEY;
  const script = `import('./tools/lib/embedded-database.mjs').then((m) => process.stdout.write(JSON.stringify(m.launcherKeys())))`;
  const output = execFileSync(process.execPath, ['-e', script], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
  });
  return JSON.parse(output) as { JWT_SECRET: string; AUDIT_KEY: string };
}

describe('the keys npm start keeps in its data folder', () => {
  let dataDir: string;

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'firecase-keys-'));
    chmodSync(dataDir, 0o755);
  });

  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('makes the JWT key and the audit key once, 0600, and reads them back on the next start', () => {
    const first = launcherKeys(dataDir);
    expect(first.JWT_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(first.AUDIT_KEY.length).toBeGreaterThanOrEqual(32);
    expect(first.AUDIT_KEY).not.toBe(first.JWT_SECRET);
    for (const file of ['jwt-secret', 'audit-key']) {
      expect((statSync(join(dataDir, file)).mode & 0o777).toString(8)).toBe('600');
    }
    expect(launcherKeys(dataDir)).toEqual(first);
    // A file someone opened up is closed again.
    chmodSync(join(dataDir, 'jwt-secret'), 0o644);
    expect(launcherKeys(dataDir)).toEqual(first);
    expect((statSync(join(dataDir, 'jwt-secret')).mode & 0o777).toString(8)).toBe('600');
  });

  it('keeps a token issued before a restart valid after it', async () => {
    const before = await startApiApp(stackConfig(launcherKeys(dataDir)));
    let token: Record<string, string>;
    try {
      token = await createSignedInUser(before, { role: 'officer' });
      await request(before.getHttpServer()).get('/cases').set(token).expect(200);
    } finally {
      await before.close();
    }
    const after = await startApiApp(stackConfig(launcherKeys(dataDir)));
    try {
      await request(after.getHttpServer()).get('/cases').set(token).expect(200);
    } finally {
      await after.close();
    }
    // Another data folder, another key: the same token is refused.
    const elsewhere = mkdtempSync(join(tmpdir(), 'firecase-keys-other-'));
    const other = await startApiApp(stackConfig(launcherKeys(elsewhere)));
    try {
      await request(other.getHttpServer()).get('/cases').set(token).expect(401);
    } finally {
      await other.close();
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});
