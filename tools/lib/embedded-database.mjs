// What `npm start` needs from its data folder besides the servers' own files: the embedded
// PostgreSQL with its two roles, the keys that must survive a restart, and the one-time sealing
// of audit events recorded before the audit key existed.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR, REPO_ROOT } from './paths.mjs';
import { secretFile } from './secrets.mjs';

/**
 * How `npm start` runs embedded PostgreSQL: with firecase_owner (migrations) and firecase_app
 * (the apps), each with its own generated password in the data folder (0600), beside the cluster
 * superuser's. Pass to postgres-child's startPostgresChild (the launcher supervises it).
 */
export function embeddedDatabaseOptions({ port }) {
  return {
    logFile: join(DATA_DIR, 'postgres.log'),
    dataDir: join(DATA_DIR, 'postgres'),
    port,
    database: 'firecase',
    user: 'firecase', // the cluster's superuser: makes the roles, never used by the apps
    password: secretFile(join(DATA_DIR, 'postgres-password'), 18),
    roles: {
      ownerPassword: secretFile(join(DATA_DIR, 'postgres-owner-password'), 18),
      appPassword: secretFile(join(DATA_DIR, 'postgres-app-password'), 18),
    },
  };
}

/**
 * The api's and the worker's keys: JWT_SECRET (access tokens stay valid across a restart) and
 * AUDIT_KEY (the audit trail's seals keep verifying), each generated once into the data folder
 * unless the environment sets it.
 */
export function launcherKeys() {
  return {
    JWT_SECRET: process.env.JWT_SECRET ?? secretFile(join(DATA_DIR, 'jwt-secret')),
    AUDIT_KEY: process.env.AUDIT_KEY ?? secretFile(join(DATA_DIR, 'audit-key')),
  };
}

/**
 * Seals, once per data folder, the audit events an older `npm start` recorded before the audit
 * key existed (`npm run audit:seal-legacy`); the marker file keeps it from ever running again by
 * itself. A refused chain stays refused, for /audit/verify to report. A new cluster has nothing
 * older than the key.
 */
export function sealLegacyAuditOnce({ env, fresh, say }) {
  const marker = join(DATA_DIR, 'audit-legacy-sealed');
  if (existsSync(marker)) return;
  if (!fresh) {
    say('sealing audit events recorded before the audit key (once for this data folder)');
    const { status } = spawnSync(
      process.execPath,
      ['libs/persistence/dist/cli/seal-legacy-audit.js'],
      { cwd: REPO_ROOT, stdio: 'inherit', env: { ...process.env, ...env } },
    );
    // 2: some chains were refused (and said so); anything else but 0 is worth another try.
    if (status !== 0 && status !== 2) {
      say('audit:seal-legacy failed; it runs again at the next start');
      return;
    }
  }
  writeFileSync(marker, `${new Date().toISOString()}\n`, { mode: 0o600 });
}
