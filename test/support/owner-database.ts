import { DataSource, type EntityManager } from 'typeorm';
import { dataSourceOptions } from '@firecase/persistence';
import { stackConfig } from './stack';

/**
 * The stack's database as its owner (firecase_owner, MIGRATION_DATABASE_URL) sees it: the one
 * who could tamper with the audit trail. The apps never connect like this.
 */
export function ownerDatabase() {
  let database: DataSource | undefined;
  const connect = async () => {
    const config = stackConfig();
    if (!config.database.migrationUrl) throw new Error('the stack has no MIGRATION_DATABASE_URL');
    database ??= await new DataSource(
      dataSourceOptions({ ...config.database, url: config.database.migrationUrl, poolSize: 2 }),
    ).initialize();
    return database;
  };
  afterAll(async () => {
    await database?.destroy();
  });
  return {
    query: async <T = unknown>(sql: string, params?: unknown[]): Promise<T> =>
      (await connect()).query(sql, params),
    /**
     * Runs `change` as the owner with the tables' own triggers switched off, as an owner bent on
     * rewriting history would (ALTER TABLE … DISABLE TRIGGER USER; the owner may, the
     * application's role may not), and switches them on again before committing.
     */
    tamper: async (tables: readonly string[], change: (manager: EntityManager) => Promise<void>) =>
      (await connect()).transaction(async (manager) => {
        for (const table of tables)
          await manager.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
        await change(manager);
        for (const table of tables) await manager.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);
      }),
  };
}
