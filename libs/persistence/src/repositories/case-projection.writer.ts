import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { CaseEvent } from '@firecase/domain';
import { AuditTrailRepository } from './audit-trail.repository';
import { CaseEvidenceRepository } from './case-evidence.repository';
import {
  type HazardCaseRow,
  HazardCaseProjectionRepository,
} from './hazard-case-projection.repository';

export interface CaseProjectionResult {
  /** false when the stored row was already at this revision or newer. */
  readonly projected: boolean;
  /** How many events were new to the audit trail. */
  readonly appended: number;
}

/**
 * The projection activity's one write: the read-model row, the case's new audit events and the
 * evidence they cite, in a single transaction, so the ledger never shows a revision whose events
 * the audit trail lacks, and a case's readers can read what its events cite.
 */
@Injectable()
export class CaseProjectionWriter {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly projections: HazardCaseProjectionRepository,
    private readonly auditTrail: AuditTrailRepository,
    // Defaulted so that scripts building the writer by hand (reconcile) need not know of it.
    private readonly evidence: CaseEvidenceRepository = new CaseEvidenceRepository(dataSource),
  ) {}

  async write(row: HazardCaseRow, events: readonly CaseEvent[]): Promise<CaseProjectionResult> {
    return this.dataSource.transaction(async (manager) => {
      // The row first, the audit lock second, always: two writers of one case cannot deadlock.
      const projected = await this.projections.upsert(row, manager);
      const appended = await this.auditTrail.appendCaseEvents(row.caseNumber, events, manager);
      // Every event given, not only the new ones: linking again is a no-op, and this way the
      // links never depend on how the trail counted what it appended.
      await this.evidence.linkCitations(row.caseNumber, events, manager);
      return { projected, appended };
    });
  }
}
