import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './paths.mjs';

/** Runs migrations; owns every table. */
export const OWNER_ROLE = 'firecase_owner';
/** The api and the worker; may only INSERT and SELECT the audit tables. */
export const APP_ROLE = 'firecase_app';

const SQL_DIR = join(REPO_ROOT, 'deploy', 'postgres');

/**
 * The same two roles docker-compose makes (deploy/postgres/setup-firecase.sh runs these files
 * with psql), made here through the embedded server's superuser connection: `admin` is a
 * connected pg client on any database, `onDatabase(name)` opens one on the app's database.
 */
export async function ensureFirecaseRoles(
  admin,
  onDatabase,
  { database, ownerPassword, appPassword },
) {
  await admin.query(
    `SELECT set_config('firecase.owner_password', $1, false), set_config('firecase.app_password', $2, false)`,
    [ownerPassword, appPassword],
  );
  await admin.query(readFileSync(join(SQL_DIR, 'firecase-roles.sql'), 'utf8'));
  // Forget the passwords in this session at once; it may be used for more.
  await admin.query(`RESET firecase.owner_password; RESET firecase.app_password`);
  const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [
    database,
  ]);
  if (rowCount === 0) {
    await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(database)} OWNER ${OWNER_ROLE}`);
  }
  const client = onDatabase(database);
  await client.connect();
  try {
    await client.query(readFileSync(join(SQL_DIR, 'firecase-database.sql'), 'utf8'));
  } finally {
    await client.end();
  }
}

export function roleUrl(role, password, port, database) {
  return `postgres://${role}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}
