import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { DataSource, type MigrationInterface } from 'typeorm';
import {
  dataSourceOptions,
  HazardCaseLedgerRepository,
  MIGRATIONS,
  runMigrations,
} from '@firecase/persistence';
import { BENCH_DATABASE, ensureBenchDatabase } from './bench-database';
import { typicalLedgerQueries } from './ledger-queries';
import { ensurePopulated, type Population } from './ledger-table';
import { explain, type QueryTiming, timeLedgerQueries } from './ledger-timing';
import { QueryCapture } from './query-capture';

/**
 * The migration whose index the benchmark measures (the ledger's Chinese text search): it is
 * undone before the first round of timings (the ledger as CreateLedgerIndexes1764374400000 left
 * it, text searched through pg_trgm) and done again before the second. Its own down() and up()
 * are run, so it need not be the last migration; schema_migration is left as it was.
 */
export const MEASURED_MIGRATION = 'CreateLedgerTextSearch1764500000000';
const MEASURED_INDEX = 'hazard_case_text_bigrams';

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
  readonly measuredMigration: string;
  /** Seconds MEASURED_MIGRATION's up() took on the full table. */
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
  const migration = measuredMigration();
  const runner = dataSource.createQueryRunner();
  try {
    // A run stopped between down() and up() left the index out: put it back first.
    if (!(await hasIndex(pg, MEASURED_INDEX))) await migration.up(runner);
    progress(`undoing ${MEASURED_MIGRATION} to time the ledger without it`);
    await migration.down(runner);
    const population = await ensurePopulated(pg, rows, regenerate, progress);
    await pg.query('ANALYZE hazard_case');
    const queries = await typicalLedgerQueries(pg, rows);
    const repository = new HazardCaseLedgerRepository(dataSource);
    const measure = async (label: string, migrated: boolean): Promise<LedgerPhase> => {
      progress(`timing ${queries.length} ledger queries × ${repetitions} (${label})`);
      const timings = await timeLedgerQueries(
        repository,
        capture,
        pg,
        queries,
        repetitions,
        migrated,
      );
      const slowest = timings.reduce((a, b) => (medianOf(b) > medianOf(a) ? b : a));
      return { label, timings, slowest: { name: slowest.name, plan: await explain(pg, slowest) } };
    };
    const phases = [await measure(`without ${MEASURED_MIGRATION} (pg_trgm)`, false)];
    progress(`applying ${MEASURED_MIGRATION} again (building its index)`);
    const started = performance.now();
    await migration.up(runner);
    const indexMigrationSeconds = (performance.now() - started) / 1000;
    await pg.query('ANALYZE hazard_case');
    phases.push(await measure(`with ${MEASURED_MIGRATION}`, true));
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
      measuredMigration: MEASURED_MIGRATION,
      indexMigrationSeconds,
      indexes: await indexSizes(pg),
    };
  } finally {
    if (!(await hasIndex(pg, MEASURED_INDEX).catch(() => true))) await migration.up(runner);
    await runner.release();
    await pg.end();
    await dataSource.destroy();
  }
}

/** What the ledger took for the query: the repository, or the SQL it ran before the migration. */
export function medianOf(timing: QueryTiming): number {
  return (timing.repository ?? timing.plain).median;
}

function measuredMigration(): MigrationInterface {
  const found = MIGRATIONS.find((migration) => migration.name === MEASURED_MIGRATION);
  if (!found) throw new Error(`no migration ${MEASURED_MIGRATION}`);
  return new found();
}

async function hasIndex(pg: Client, name: string): Promise<boolean> {
  const { rowCount } = await pg.query('SELECT 1 FROM pg_indexes WHERE indexname = $1', [name]);
  return rowCount !== 0;
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
