import type { LedgerFilter } from '../hazard-case-ledger.repository';
import { countingBigrams, textCondition } from '../ledger-text-search';

/** The ledger's filters, and the campaign a case belongs to. */
export interface StatisticsFilter extends LedgerFilter {
  readonly campaignId?: string;
}

/** Counts by each dimension, as the statistics API reports them. */
export interface CaseCounts {
  readonly total: number;
  readonly byStatus: Readonly<Record<string, number>>;
  readonly byCategory: Readonly<Record<string, number>>;
  readonly byHazardType: Readonly<Record<string, number>>;
  readonly bySeverity: Readonly<Record<string, number>>;
  readonly byDepartment: Readonly<Record<string, number>>;
  readonly byCommunity: Readonly<Record<string, number>>;
  /** Keyed `community\u0000grid`: a grid's code is its community's (G-01 exists in many). */
  readonly byGrid: Readonly<Record<string, number>>;
  /** Keyed YYYY-MM, the month of discovery in Beijing. */
  readonly byMonth: Readonly<Record<string, number>>;
  /** Overdue cases by status (三色 red is those on the board). */
  readonly overdueByStatus: Readonly<Record<string, number>>;
  /** 临期: on the board, not overdue, next due by the cut-off. */
  readonly dueSoon: number;
  /** Whether the counts came from the tallies or from hazard_case itself. */
  readonly source: 'tallies' | 'cases';
}

/** Filters the tallies cannot answer: they need hazard_case's own rows. */
export function needsCaseRows(filter: StatisticsFilter): boolean {
  return (
    filter.grid !== undefined ||
    filter.text !== undefined ||
    filter.dueBefore !== undefined ||
    filter.dueAfter !== undefined
  );
}

/** Builds a WHERE clause over the shared columns of hazard_case and the tallies. */
export class WhereBuilder {
  readonly conditions: string[] = [];
  readonly params: unknown[] = [];

  bind(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  /** The filters the tallies have columns for; `caseRows` adds those only hazard_case has. */
  static of(filter: StatisticsFilter, caseRows: boolean): WhereBuilder {
    const where = new WhereBuilder();
    const equals: [keyof StatisticsFilter, string][] = [
      ['status', 'status'],
      ['category', 'category'],
      ['severity', 'severity'],
      ['department', 'department'],
      ['community', 'community'],
      ['overdue', 'overdue'],
    ];
    for (const [key, column] of equals) {
      if (filter[key] !== undefined)
        where.conditions.push(`${column} = ${where.bind(filter[key])}`);
    }
    if (filter.campaignId !== undefined) {
      // (The tallies keep "no campaign" as '', hazard_case as NULL: neither equals a code.)
      where.conditions.push(`campaign_id = ${where.bind(filter.campaignId)}`);
    }
    if (filter.scope) {
      where.conditions.push(
        `(department = ANY(${where.bind([...filter.scope.departments])}::text[]) OR community = ANY(${where.bind([...filter.scope.communities])}::text[]))`,
      );
    }
    if (caseRows) {
      if (filter.grid !== undefined) where.conditions.push(`grid = ${where.bind(filter.grid)}`);
      if (filter.dueBefore) where.conditions.push(`next_due_at < ${where.bind(filter.dueBefore)}`);
      if (filter.dueAfter) where.conditions.push(`next_due_at >= ${where.bind(filter.dueAfter)}`);
      if (filter.text) {
        const bind = (value: unknown) => where.bind(value);
        where.conditions.push(textCondition(filter.text, countingBigrams(filter.text), bind));
      }
    }
    return where;
  }

  sql(extra: string[] = []): string {
    const all = [...this.conditions, ...extra];
    return all.length ? `WHERE ${all.join(' AND ')}` : '';
  }
}
