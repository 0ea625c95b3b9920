import { performance } from 'node:perf_hooks';
import type { Client } from 'pg';
import { populationStatement } from './ledger-population';

/** Bump when ledger-population.ts changes, so an old table is regenerated rather than reused. */
const GENERATOR_VERSION = 2; // 2: Chinese communities, addresses and parties

export interface Population {
  /** Seconds the INSERT ... SELECT and VACUUM ANALYZE took; undefined when the table was reused. */
  readonly generatedSeconds?: number;
  readonly byStatus: readonly { status: string; cases: number; overdue: number }[];
  /** Heap and TOAST, without indexes. */
  readonly tableSize: string;
}

/**
 * Fills firecase_bench's hazard_case with `rows` generated cases unless it already holds exactly
 * those (a table comment records what the generator wrote), then reports the distribution.
 */
export async function ensurePopulated(
  pg: Client,
  rows: number,
  regenerate: boolean,
  progress: (line: string) => void,
): Promise<Population> {
  const marker = `npm run bench: ${rows} generated rows, generator v${GENERATOR_VERSION}`;
  const { rows: described } = await pg.query<{ comment: string | null }>(
    `SELECT obj_description('hazard_case'::regclass, 'pg_class') AS comment`,
  );
  let generatedSeconds: number | undefined;
  if (regenerate || described[0]?.comment !== marker) {
    progress(`generating ${rows.toLocaleString('en')} hazard_case rows (INSERT ... SELECT)`);
    const started = performance.now();
    await pg.query('TRUNCATE hazard_case');
    await pg.query('SELECT setseed(0.2026)'); // the same rows every time
    const { sql, params } = populationStatement(rows);
    await pg.query(sql, params);
    await pg.query(`COMMENT ON TABLE hazard_case IS '${marker}'`);
    // Set hint bits and the visibility map as a table in steady use would have them.
    await pg.query('VACUUM (ANALYZE) hazard_case');
    generatedSeconds = (performance.now() - started) / 1000;
    progress(`generated in ${generatedSeconds.toFixed(0)} s`);
  } else {
    progress(`reusing the ${rows.toLocaleString('en')} rows already in hazard_case`);
    await pg.query('ANALYZE hazard_case');
  }
  const { rows: byStatus } = await pg.query<{ status: string; cases: number; overdue: number }>(
    `SELECT status, count(*)::int AS cases, count(*) FILTER (WHERE overdue)::int AS overdue
       FROM hazard_case GROUP BY status ORDER BY count(*) DESC`,
  );
  const { rows: size } = await pg.query<{ size: string }>(
    `SELECT pg_size_pretty(pg_table_size('hazard_case')) AS size`,
  );
  return { generatedSeconds, byStatus, tableSize: size[0].size };
}
