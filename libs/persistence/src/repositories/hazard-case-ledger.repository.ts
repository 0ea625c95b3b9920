import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** Filters of the hazard ledger (隐患台账); every one optional. */
export interface LedgerFilter {
  readonly status?: string;
  readonly category?: string;
  readonly severity?: string;
  readonly department?: string;
  readonly community?: string;
  readonly grid?: string;
  readonly overdue?: boolean;
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

export interface LedgerRow {
  readonly caseNumber: string;
  readonly status: string;
  readonly category: string;
  readonly hazardType: string;
  readonly severity: string;
  readonly department: string;
  readonly community: string;
  readonly grid: string | null;
  readonly address: string;
  readonly responsibleParty: string;
  readonly deadlineAt: string | null;
  readonly nextDueAt: string | null;
  readonly nextDueKind: string | null;
  readonly escalationLevel: number;
  readonly overdue: boolean;
  readonly policyVersion: string;
  readonly discoveredAt: string;
  readonly closedAt: string | null;
}

/** Reads the hazard_case read model; every filter is a bound parameter. */
@Injectable()
export class HazardCaseLedgerRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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
    if (filter.dueBefore) where.push(`next_due_at < ${bind(filter.dueBefore)}`);
    if (filter.dueAfter) where.push(`next_due_at >= ${bind(filter.dueAfter)}`);
    if (filter.text) {
      const pattern = bind(`%${filter.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(`(address ILIKE ${pattern} OR responsible_party ILIKE ${pattern})`);
    }
    if (after) {
      // Keyset pagination in (next_due_at NULLS LAST, case_number) order.
      if (after.nextDueAt === null) {
        where.push(`(next_due_at IS NULL AND case_number > ${bind(after.caseNumber)})`);
      } else {
        const due = bind(after.nextDueAt);
        where.push(
          `(next_due_at > ${due} OR next_due_at IS NULL OR (next_due_at = ${due} AND case_number > ${bind(after.caseNumber)}))`,
        );
      }
    }
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT case_number, status, category, hazard_type, severity, department, community, grid,
              address, responsible_party, deadline_at, next_due_at, next_due_kind, escalation_level,
              overdue, policy_version, discovered_at, closed_at
         FROM hazard_case
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY next_due_at ASC NULLS LAST, case_number ASC
        LIMIT ${bind(limit)}`,
      params,
    );
    return rows.map(toLedgerRow);
  }
}

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
  };
}
