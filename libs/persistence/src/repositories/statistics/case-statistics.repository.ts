import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { COLOURED_STATUSES } from '@firecase/domain';
import {
  type CaseCounts,
  needsCaseRows,
  type StatisticsFilter,
  WhereBuilder,
} from './statistics-filter';

/** 'a', 'b' as SQL literals: the partial index hazard_case_due_soon matches only literal lists. */
const COLOURED_SQL = `(${COLOURED_STATUSES.map((s) => `'${s}'`).join(', ')})`;

type Row = Record<string, string | number | boolean | null>;

/**
 * Counts of the case read model for the statistics API. Filters the tallies have columns for
 * (status, category, severity, department, community, overdue, campaign, scope) are answered from
 * the tallies the triggers of migration CreateCaseTallies keep, tens of thousands of rows instead
 * of a million; grid, text and due-date filters need hazard_case's own rows, read once and grouped
 * by each dimension in the same pass. Either way the answer is exact as of the transaction it reads in.
 */
@Injectable()
export class CaseStatisticsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async counts(filter: StatisticsFilter, dueSoonBefore: string): Promise<CaseCounts> {
    return needsCaseRows(filter)
      ? this.fromCases(filter, dueSoonBefore)
      : this.fromTallies(filter, dueSoonBefore);
  }

  private query(filter: StatisticsFilter, caseRows: boolean, sql: (where: WhereBuilder) => string) {
    const where = WhereBuilder.of(filter, caseRows);
    return this.dataSource.query<Row[]>(sql(where), where.params);
  }

  private async fromTallies(filter: StatisticsFilter, dueSoonBefore: string): Promise<CaseCounts> {
    const [shared, types, grids, months, dueSoon] = await Promise.all([
      this.query(
        filter,
        false,
        (w) => `SELECT status, category, severity, department, community, overdue,
                       GROUPING(status, category, severity, department, community, overdue) AS set,
                       sum(cases) AS n
                  FROM case_tally ${w.sql()}
                 GROUP BY GROUPING SETS ((status), (category), (severity), (department),
                                         (community), (status, overdue), ())`,
      ),
      this.query(
        filter,
        false,
        (w) => `SELECT hazard_type AS key, sum(cases) AS n FROM case_tally_type ${w.sql()}
                 GROUP BY hazard_type`,
      ),
      this.query(
        filter,
        false,
        (w) => `SELECT community, grid, sum(cases) AS n FROM case_tally_grid ${w.sql()}
                 GROUP BY community, grid`,
      ),
      this.query(
        filter,
        false,
        (w) => `SELECT to_char(month, 'YYYY-MM') AS key, n
                  FROM (SELECT month, sum(cases) AS n FROM case_tally_month ${w.sql()}
                         GROUP BY month) months`,
      ),
      this.dueSoon(filter, false, dueSoonBefore),
    ]);
    const counts = emptyCounts('tallies');
    for (const row of shared) addShared(counts, row);
    for (const row of types) add(counts.byHazardType, row.key as string, row.n);
    for (const row of grids) add(counts.byGrid, gridKey(row), row.n);
    for (const row of months) add(counts.byMonth, row.key as string, row.n);
    return { ...counts, dueSoon };
  }

  /** One read of the matching cases, grouped by each dimension in one pass (GROUPING SETS). */
  private async fromCases(filter: StatisticsFilter, dueSoonBefore: string): Promise<CaseCounts> {
    const [groups, dueSoon] = await Promise.all([
      this.query(
        filter,
        true,
        (w) => `SELECT status, category, hazard_type, severity, department, community, grid,
                       overdue, month,
                       GROUPING(status, category, hazard_type, severity, department, community,
                                grid, overdue, month) AS set,
                       count(*) AS n
                  FROM (SELECT status, category, hazard_type, severity, department, community,
                               coalesce(grid, '') AS grid, overdue,
                               to_char(discovered_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month
                          FROM hazard_case ${w.sql()}) matching
                 GROUP BY GROUPING SETS ((status, overdue), (category), (hazard_type), (severity),
                                         (department), (community, grid), (month), ())`,
      ),
      this.dueSoon(filter, true, dueSoonBefore),
    ]);
    const counts = emptyCounts('cases');
    for (const row of groups) {
      switch (Number(row.set)) {
        case 0b111111111:
          counts.total = Number(row.n);
          break;
        case 0b011111101:
          add(counts.byStatus, row.status as string, row.n);
          if (row.overdue === true) add(counts.overdueByStatus, row.status as string, row.n);
          break;
        case 0b101111111:
          add(counts.byCategory, row.category as string, row.n);
          break;
        case 0b110111111:
          add(counts.byHazardType, row.hazard_type as string, row.n);
          break;
        case 0b111011111:
          add(counts.bySeverity, row.severity as string, row.n);
          break;
        case 0b111101111:
          add(counts.byDepartment, row.department as string, row.n);
          break;
        case 0b111110011:
          add(counts.byCommunity, row.community as string, row.n);
          add(counts.byGrid, gridKey(row), row.n);
          break;
        case 0b111111110:
          add(counts.byMonth, row.month as string, row.n);
          break;
        default:
          break;
      }
    }
    return { ...counts, dueSoon };
  }

  /** 临期: on the board, not overdue, next due by the cut-off (the partial index's predicate). */
  private async dueSoon(filter: StatisticsFilter, caseRows: boolean, before: string) {
    const rows = await this.query(
      filter,
      caseRows,
      (w) => `SELECT count(*) AS n FROM hazard_case
               ${w.sql(['NOT overdue', `status IN ${COLOURED_SQL}`, `next_due_at <= ${w.bind(before)}`])}`,
    );
    return Number(rows[0]?.n ?? 0);
  }
}

type MutableCounts = {
  -readonly [K in keyof CaseCounts]: CaseCounts[K] extends Readonly<Record<string, number>>
    ? Record<string, number>
    : CaseCounts[K];
};

function emptyCounts(source: CaseCounts['source']): MutableCounts {
  return {
    total: 0,
    byStatus: {},
    byCategory: {},
    byHazardType: {},
    bySeverity: {},
    byDepartment: {},
    byCommunity: {},
    byGrid: {},
    byMonth: {},
    overdueByStatus: {},
    dueSoon: 0,
    source,
  };
}

/** A grid's code is its community's (G-01 exists in many): keyed `community\u0000grid`. */
function gridKey(row: Row): string {
  return `${row.community as string}\u0000${row.grid as string}`;
}

function add(counts: Record<string, number>, key: string, n: unknown): void {
  const value = Number(n);
  // A tally row can fall to zero (its cases moved on): it is no group.
  if (value !== 0) counts[key] = (counts[key] ?? 0) + value;
}

/** GROUPING() of (status, category, severity, department, community, overdue): 1 bit per column. */
function addShared(counts: MutableCounts, row: Row): void {
  switch (Number(row.set)) {
    case 0b111111:
      counts.total = Number(row.n);
      return;
    case 0b011111:
      return add(counts.byStatus, row.status as string, row.n);
    case 0b101111:
      return add(counts.byCategory, row.category as string, row.n);
    case 0b110111:
      return add(counts.bySeverity, row.severity as string, row.n);
    case 0b111011:
      return add(counts.byDepartment, row.department as string, row.n);
    case 0b111101:
      return add(counts.byCommunity, row.community as string, row.n);
    case 0b011110:
      if (row.overdue === true) add(counts.overdueByStatus, row.status as string, row.n);
      return;
    default:
      return;
  }
}
