import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { HazardCaseRow } from './hazard-case-projection.repository';
import { LedgerTextSearchPlanner, textCondition } from './ledger-text-search';

/** Filters of the hazard ledger (隐患台账); every one optional. */
export interface LedgerFilter {
  readonly status?: string;
  readonly category?: string;
  readonly severity?: string;
  readonly department?: string;
  readonly community?: string;
  readonly grid?: string;
  readonly overdue?: boolean;
  /** Only cases with (true) or without (false) a deadline counted before its year was loaded. */
  readonly provisional?: boolean;
  readonly dueBefore?: string;
  readonly dueAfter?: string;
  /** Free text matched against the address and the responsible party. */
  readonly text?: string;
  /**
   * Who is asking: only cases of these departments or communities. Absent means every case
   * (auditors); an empty scope matches nothing.
   */
  readonly scope?: LedgerScope;
}

export interface LedgerScope {
  readonly departments: readonly string[];
  readonly communities: readonly string[];
}

/** Position after the last row of a page: sorted by next due date, then case number. */
export interface LedgerCursor {
  readonly nextDueAt: string | null;
  readonly caseNumber: string;
}

/** A ledger line: the read-model row without its revision and snapshot. */
export type LedgerRow = Omit<HazardCaseRow, 'revision' | 'snapshot'>;

/**
 * What the office's own ledger (隐患台账) shows beyond the ledger row, from the case as its
 * workflow last projected it (the snapshot).
 */
export interface LedgerRowDetails {
  /** 场所/单位名称 */
  readonly building: string | null;
  readonly description: string;
  readonly contactPerson: string | null;
  readonly phone: string | null;
  /** When the last re-inspection (复查) was recorded. */
  readonly reinspectedAt: string | null;
}

/** Reads the hazard_case read model; every filter is a bound parameter. */
@Injectable()
export class HazardCaseLedgerRepository {
  private readonly textSearch: LedgerTextSearchPlanner;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.textSearch = new LedgerTextSearchPlanner(dataSource);
  }

  async list(filter: LedgerFilter, limit: number, after?: LedgerCursor): Promise<LedgerRow[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const bind = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const equals: [keyof LedgerFilter, string][] = [
      ['status', 'status'],
      ['category', 'category'],
      ['severity', 'severity'],
      ['department', 'department'],
      ['community', 'community'],
      ['grid', 'grid'],
      ['overdue', 'overdue'],
    ];
    for (const [key, column] of equals) {
      if (filter[key] !== undefined) where.push(`${column} = ${bind(filter[key])}`);
    }
    if (filter.scope) {
      where.push(
        `(department = ANY(${bind([...filter.scope.departments])}::text[]) OR community = ANY(${bind([...filter.scope.communities])}::text[]))`,
      );
    }
    if (filter.provisional !== undefined)
      where.push(filter.provisional ? `provisional_years <> '{}'` : `provisional_years = '{}'`);
    if (filter.dueBefore) where.push(`next_due_at < ${bind(filter.dueBefore)}`);
    if (filter.dueAfter) where.push(`next_due_at >= ${bind(filter.dueAfter)}`);
    if (filter.text) {
      const plan = await this.textSearch.plan(filter.text);
      where.push(textCondition(filter.text, plan.kind === 'walk' ? [] : plan.bigrams, bind));
    }
    const rows: Record<string, unknown>[] =
      after?.nextDueAt != null
        ? await this.pageAfterDue(where, params, bind, after.nextDueAt, after.caseNumber, limit)
        : await this.page(where, params, bind, after, limit);
    return rows.map(toLedgerRow);
  }

  /** The details of these cases, by case number; an unknown number is left out. */
  async details(caseNumbers: readonly string[]): Promise<Map<string, LedgerRowDetails>> {
    if (caseNumbers.length === 0) return new Map();
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT case_number,
              snapshot #>> '{state,discovery,location,building}' AS building,
              snapshot #>> '{state,discovery,description}' AS description,
              snapshot #>> '{state,discovery,responsibleParty,contactPerson}' AS contact_person,
              snapshot #>> '{state,discovery,responsibleParty,phone}' AS phone,
              (snapshot #>> '{state,reinspections,-1,at}')::timestamptz AS reinspected_at
         FROM hazard_case WHERE case_number = ANY($1::text[])`,
      [[...caseNumbers]],
    );
    return new Map(
      rows.map((row) => [
        row.case_number as string,
        {
          building: (row.building as string | null) ?? null,
          description: (row.description as string | null) ?? '',
          contactPerson: (row.contact_person as string | null) ?? null,
          phone: (row.phone as string | null) ?? null,
          reinspectedAt:
            row.reinspected_at instanceof Date ? row.reinspected_at.toISOString() : null,
        },
      ]),
    );
  }

  /** Case numbers among these that exist and that the scope reaches. */
  async existing(caseNumbers: readonly string[], scope?: LedgerScope): Promise<Set<string>> {
    if (caseNumbers.length === 0) return new Set();
    const params: unknown[] = [[...caseNumbers]];
    let inScope = '';
    if (scope) {
      params.push([...scope.departments], [...scope.communities]);
      inScope = ' AND (department = ANY($2::text[]) OR community = ANY($3::text[]))';
    }
    const rows: { case_number: string }[] = await this.dataSource.query(
      `SELECT case_number FROM hazard_case WHERE case_number = ANY($1::text[])${inScope}`,
      params,
    );
    return new Set(rows.map((row) => row.case_number));
  }

  /** The first page, or a page after a case without a due date (only such cases follow it). */
  private page(
    where: string[],
    params: unknown[],
    bind: (value: unknown) => string,
    after: LedgerCursor | undefined,
    limit: number,
  ) {
    const conditions = after
      ? [...where, `(next_due_at IS NULL AND case_number > ${bind(after.caseNumber)})`]
      : where;
    return this.dataSource.query<Record<string, unknown>[]>(
      `SELECT ${LEDGER_COLUMNS} FROM hazard_case
        ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
        ORDER BY next_due_at ASC NULLS LAST, case_number ASC
        LIMIT ${bind(limit)}`,
      params,
    );
  }

  /**
   * A page after a case with a due date: the rest of the dated cases, then the undated ones.
   * Written as two ordered branches so that each can seek in the (next_due_at, case_number)
   * index; a single OR of the three conditions made PostgreSQL read every row before the cursor.
   */
  private pageAfterDue(
    where: string[],
    params: unknown[],
    bind: (value: unknown) => string,
    nextDueAt: string,
    caseNumber: string,
    limit: number,
  ) {
    const filters = where.map((condition) => ` AND ${condition}`).join('');
    const n = bind(limit);
    return this.dataSource.query<Record<string, unknown>[]>(
      `SELECT ${LEDGER_COLUMNS} FROM (
         (SELECT ${LEDGER_COLUMNS} FROM hazard_case
           WHERE (next_due_at, case_number) > (${bind(nextDueAt)}::timestamptz, ${bind(caseNumber)})${filters}
           ORDER BY next_due_at ASC, case_number ASC LIMIT ${n})
         UNION ALL
         (SELECT ${LEDGER_COLUMNS} FROM hazard_case
           WHERE next_due_at IS NULL${filters}
           ORDER BY case_number ASC LIMIT ${n})
       ) page
       ORDER BY next_due_at ASC NULLS LAST, case_number ASC
       LIMIT ${n}`,
      params,
    );
  }
}

const LEDGER_COLUMNS = `case_number, status, category, hazard_type, severity, department, community, grid,
  address, responsible_party, deadline_at, next_due_at, next_due_kind, escalation_level, overdue,
  policy_version, discovered_at, closed_at, provisional_years`;

function toLedgerRow(row: Record<string, unknown>): LedgerRow {
  const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : null);
  return {
    caseNumber: row.case_number as string,
    status: row.status as string,
    category: row.category as string,
    hazardType: row.hazard_type as string,
    severity: row.severity as string,
    department: row.department as string,
    community: row.community as string,
    grid: (row.grid as string | null) ?? null,
    address: row.address as string,
    responsibleParty: row.responsible_party as string,
    deadlineAt: iso(row.deadline_at),
    nextDueAt: iso(row.next_due_at),
    nextDueKind: (row.next_due_kind as string | null) ?? null,
    escalationLevel: row.escalation_level as number,
    overdue: row.overdue as boolean,
    policyVersion: row.policy_version as string,
    discoveredAt: iso(row.discovered_at) as string,
    closedAt: iso(row.closed_at),
    provisionalYears: (row.provisional_years as number[] | null) ?? [],
  };
}
