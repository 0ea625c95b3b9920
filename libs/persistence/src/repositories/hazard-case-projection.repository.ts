import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/** One row of the case read model, as the projection activity writes it. */
export interface HazardCaseRow {
  readonly caseNumber: string;
  readonly revision: number;
  readonly status: string;
  readonly category: string;
  readonly hazardType: string;
  readonly severity: string;
  readonly department: string;
  readonly community: string;
  readonly grid: string | null;
  readonly address: string;
  readonly responsibleParty: string;
  readonly policyVersion: string;
  readonly discoveredAt: string;
  readonly deadlineAt: string | null;
  readonly nextDueAt: string | null;
  readonly nextDueKind: string | null;
  readonly escalationLevel: number;
  readonly overdue: boolean;
  readonly closedAt: string | null;
  /** Years whose statutory schedule a live deadline of the case was counted without. */
  readonly provisionalYears: readonly number[];
  readonly snapshot: unknown;
}

/** Writes the hazard_case read model; only a newer revision replaces a row. */
@Injectable()
export class HazardCaseProjectionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Returns false when the stored row is already at this revision or newer. Pass a manager to
   * write inside the caller's transaction.
   */
  async upsert(
    row: HazardCaseRow,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    const result: unknown[] = await manager.query(
      `INSERT INTO hazard_case (
         case_number, revision, status, category, hazard_type, severity, department, community,
         grid, address, responsible_party, policy_version, discovered_at, deadline_at, next_due_at,
         next_due_kind, escalation_level, overdue, closed_at, snapshot, provisional_years)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21)
       ON CONFLICT (case_number) DO UPDATE SET
         revision = EXCLUDED.revision, status = EXCLUDED.status, category = EXCLUDED.category,
         hazard_type = EXCLUDED.hazard_type, severity = EXCLUDED.severity,
         department = EXCLUDED.department, community = EXCLUDED.community, grid = EXCLUDED.grid,
         address = EXCLUDED.address, responsible_party = EXCLUDED.responsible_party,
         policy_version = EXCLUDED.policy_version, discovered_at = EXCLUDED.discovered_at,
         deadline_at = EXCLUDED.deadline_at, next_due_at = EXCLUDED.next_due_at,
         next_due_kind = EXCLUDED.next_due_kind, escalation_level = EXCLUDED.escalation_level,
         overdue = EXCLUDED.overdue, closed_at = EXCLUDED.closed_at, snapshot = EXCLUDED.snapshot,
         provisional_years = EXCLUDED.provisional_years, updated_at = now()
       WHERE hazard_case.revision < EXCLUDED.revision
       RETURNING case_number`,
      [
        row.caseNumber,
        row.revision,
        row.status,
        row.category,
        row.hazardType,
        row.severity,
        row.department,
        row.community,
        row.grid,
        row.address,
        row.responsibleParty,
        row.policyVersion,
        row.discoveredAt,
        row.deadlineAt,
        row.nextDueAt,
        row.nextDueKind,
        row.escalationLevel,
        row.overdue,
        row.closedAt,
        JSON.stringify(row.snapshot),
        row.provisionalYears,
      ],
    );
    return result.length > 0;
  }
}
