import { performance } from 'node:perf_hooks';
import type { Client } from 'pg';
import type { HazardCaseLedgerRepository } from '@firecase/persistence';
import { ascending, percentile } from '../stats';
import { type LedgerQuery, PAGE_LIMIT } from './ledger-queries';
import type { QueryCapture } from './query-capture';

export interface Timing {
  readonly median: number;
  readonly p95: number;
}

export interface QueryTiming {
  readonly name: string;
  readonly rows: number;
  /** Absent when the repository's query could not run on this schema (see LedgerQuery). */
  readonly repository?: Timing;
  readonly plain: Timing;
  /** Whether both returned the same case numbers in the same order (undefined: not compared). */
  readonly sameRows?: boolean;
  /** The repository's SQL as it ran, for EXPLAIN. */
  readonly sql: string;
  readonly params: readonly unknown[];
}

const WARMUP_RUNS = 2;

/**
 * Times each query `repetitions` times through HazardCaseLedgerRepository.list and through pg
 * with the hand-written SQL, alternating the two so that drift in the machine hits both alike.
 */
export async function timeLedgerQueries(
  repository: HazardCaseLedgerRepository,
  capture: QueryCapture,
  pg: Client,
  queries: readonly LedgerQuery[],
  repetitions: number,
  migrated = true,
): Promise<QueryTiming[]> {
  const timings: QueryTiming[] = [];
  for (const query of queries) {
    if (!migrated && query.needsMeasuredMigration) {
      timings.push(await timePlainOnly(pg, query, repetitions));
      continue;
    }
    const viaRepository = () => repository.list(query.filter, PAGE_LIMIT, query.after);
    const viaPg = () => pg.query<{ case_number: string }>(query.sql, [...query.params]);
    for (let i = 0; i < WARMUP_RUNS; i++) {
      await viaRepository();
      await viaPg();
    }
    const repositoryMs: number[] = [];
    const plainMs: number[] = [];
    let repositoryRows: string[] = [];
    let plainRows: string[] = [];
    for (let i = 0; i < repetitions; i++) {
      let started = performance.now();
      repositoryRows = (await viaRepository()).map((row) => row.caseNumber);
      repositoryMs.push(performance.now() - started);
      started = performance.now();
      plainRows = (await viaPg()).rows.map((row) => row.case_number);
      plainMs.push(performance.now() - started);
    }
    await viaRepository(); // leaves its SQL in the capture
    timings.push({
      name: query.name,
      rows: repositoryRows.length,
      repository: summary(repositoryMs),
      plain: summary(plainMs),
      sameRows: repositoryRows.join() === plainRows.join(),
      sql: capture.last?.sql ?? '',
      params: capture.last?.params ?? [],
    });
  }
  return timings;
}

async function timePlainOnly(
  pg: Client,
  query: LedgerQuery,
  repetitions: number,
): Promise<QueryTiming> {
  const viaPg = () => pg.query<{ case_number: string }>(query.sql, [...query.params]);
  for (let i = 0; i < WARMUP_RUNS; i++) await viaPg();
  const plainMs: number[] = [];
  let rows = 0;
  for (let i = 0; i < repetitions; i++) {
    const started = performance.now();
    rows = (await viaPg()).rows.length;
    plainMs.push(performance.now() - started);
  }
  return {
    name: query.name,
    rows,
    plain: summary(plainMs),
    sql: query.sql,
    params: query.params,
  };
}

function summary(samples: readonly number[]): Timing {
  const sorted = ascending(samples);
  return { median: percentile(sorted, 50), p95: percentile(sorted, 95) };
}

/** EXPLAIN (ANALYZE, BUFFERS) of a query as the repository ran it (or as plain SQL ran it). */
export async function explain(pg: Client, timing: QueryTiming): Promise<string> {
  const { rows } = await pg.query<{ 'QUERY PLAN': string }>(
    `EXPLAIN (ANALYZE, BUFFERS) ${timing.sql}`,
    [...timing.params],
  );
  return rows.map((row) => row['QUERY PLAN']).join('\n');
}
