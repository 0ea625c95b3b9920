import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import {
  dataSourceOptions,
  HazardCaseLedgerRepository,
  runMigrations,
} from '@firecase/persistence';
import { BENCH_DATABASE, ensureBenchDatabase } from './bench-database';
import { typicalLedgerQueries } from './ledger-queries';
import { ensurePopulated, type Population } from './ledger-table';
import { explain, type QueryTiming, timeLedgerQueries } from './ledger-timing';
import { QueryCapture } from './query-capture';

/**
 * The migration whose indexes the benchmark measures: it is reverted before the first round of
 * timings and applied again before the second. When a later migration follows it, the bench
 * cannot revert it alone and measures the current schema only.
 */
export const LEDGER_INDEX_MIGRATION = 'CreateLedgerIndexes1764374400000';

export interface LedgerPhase {
  readonly label: string;
  readonly timings: readonly QueryTiming[];
  readonly slowest: { readonly name: string; readonly plan: string };
}

export interface LedgerReport {
  readonly rows: number;
  readonly repetitions: number;
  readonly postgresVersion: string;
  readonly pgTrgmAvailable: boolean;
  readonly population: Population;
  readonly phases: readonly LedgerPhase[];
  /** Seconds LEDGER_INDEX_MIGRATION took on the full table, when it was measured. */
  readonly indexMigrationSeconds?: number;
  readonly indexes: readonly { name: string; size: string }[];
}

export async function measureLedger(
  appDatabaseUrl: string | undefined,
  rows: number,
  repetitions: number,
  regenerate: boolean,
  progress: (line: string) => void,
): Promise<LedgerReport> {
  const url = await ensureBenchDatabase(appDatabaseUrl);
  const database = { url, poolSize: 2, ssl: false };
  progress(`applying migrations to ${BENCH_DATABASE}`);
  await runMigrations(database);
  const capture = new QueryCapture();
  const dataSource = await new DataSource({
    ...dataSourceOptions(database),
    logger: capture,
  }).initialize();
  const pg = new Client({ connectionString: url });
  await pg.connect();
  try {
    const comparable = (await lastAppliedMigration(pg)) === LEDGER_INDEX_MIGRATION;
    if (comparable) {
      progress(`reverting ${LEDGER_INDEX_MIGRATION} to time the ledger without its indexes`);
      await dataSource.undoLastMigration({ transaction: 'each' });
    }
    const population = await ensurePopulated(pg, rows, regenerate, progress);
    const queries = await typicalLedgerQueries(pg, rows);
    const repository = new HazardCaseLedgerRepository(dataSource);
    const measure = async (label: string): Promise<LedgerPhase> => {
      progress(`timing ${queries.length} ledger queries × ${repetitions} (${label})`);
      const timings = await timeLedgerQueries(repository, capture, pg, queries, repetitions);
      const slowest = timings.reduce((a, b) => (b.repository.median > a.repository.median ? b : a));
      return { label, timings, slowest: { name: slowest.name, plan: await explain(pg, slowest) } };
    };
    const phases = [
      await measure(comparable ? `without ${LEDGER_INDEX_MIGRATION}` : 'as migrated'),
    ];
    let indexMigrationSeconds: number | undefined;
    if (comparable) {
      progress(`applying ${LEDGER_INDEX_MIGRATION} again (building its indexes)`);
      const started = performance.now();
      await runMigrations(database);
      indexMigrationSeconds = (performance.now() - started) / 1000;
      await pg.query('ANALYZE hazard_case');
      phases.push(await measure(`with ${LEDGER_INDEX_MIGRATION}`));
    }
    return {
      rows,
      repetitions,
      postgresVersion: await scalar(pg, 'SHOW server_version'),
      pgTrgmAvailable:
        (await scalar(
          pg,
          `SELECT count(*) FROM pg_available_extensions WHERE name = 'pg_trgm'`,
        )) !== '0',
      population,
      phases,
      indexMigrationSeconds,
      indexes: await indexSizes(pg),
    };
  } finally {
    await pg.end();
    await dataSource.destroy();
  }
}

async function lastAppliedMigration(pg: Client): Promise<string | undefined> {
  const { rows } = await pg.query<{ name: string }>(
    'SELECT name FROM schema_migration ORDER BY id DESC LIMIT 1',
  );
  return rows[0]?.name;
}

async function scalar(pg: Client, sql: string): Promise<string> {
  const { rows } = await pg.query<Record<string, unknown>>(sql);
  return String(Object.values(rows[0])[0]);
}

async function indexSizes(pg: Client) {
  const { rows } = await pg.query<{ name: string; size: string }>(
    `SELECT indexname AS name, pg_size_pretty(pg_relation_size(format('%I', indexname)::regclass)) AS size
       FROM pg_indexes WHERE tablename = 'hazard_case' ORDER BY indexname`,
  );
  return rows;
}
