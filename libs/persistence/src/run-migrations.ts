import { DataSource } from 'typeorm';
import type { DatabaseConfig } from '@firecase/config';
import { dataSourceOptions } from './data-source-options';

/**
 * Applies pending migrations under a PostgreSQL advisory lock, so several replicas starting at
 * once apply each migration exactly once. Returns the names of those applied now. They run as
 * the owner (`migrationUrl`, MIGRATION_DATABASE_URL) when one is configured: the application's
 * own role may not change the schema.
 */
export async function runMigrations(database: DatabaseConfig): Promise<string[]> {
  const url = database.migrationUrl ?? database.url;
  const dataSource = await new DataSource(dataSourceOptions({ ...database, url })).initialize();
  try {
    await dataSource.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      return applied.map((migration) => migration.name);
    } finally {
      await dataSource.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await dataSource.destroy();
  }
}

/** An arbitrary constant that names "schema migration" among this database's advisory locks. */
const MIGRATION_LOCK_KEY = 7_340_001;
