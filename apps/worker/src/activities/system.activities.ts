import type { DataSource } from 'typeorm';
import type { SystemActivities } from '@firecase/contract';

export interface SystemActivityDeps {
  readonly dataSource: DataSource;
}

/** Activities for operational checks; read-only, so retries are harmless. */
export function createSystemActivities({ dataSource }: SystemActivityDeps): SystemActivities {
  return {
    async probeDatabase() {
      const [row] = await dataSource.query<{ now: Date; version: string }[]>(
        'SELECT now() AS now, version() AS version',
      );
      return { databaseTime: new Date(row.now).toISOString(), databaseVersion: row.version };
    },
  };
}
