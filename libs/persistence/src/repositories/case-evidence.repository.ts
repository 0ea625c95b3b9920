import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { CaseEvent } from '@firecase/domain';

/** One evidence record a case event cites. */
export interface EvidenceCitation {
  readonly evidenceId: string;
  readonly caseNumber: string;
  readonly eventSeq: number;
  readonly citedAt: string;
}

/**
 * Links evidence to the case events that cite it (table case_evidence), so that whoever may read
 * a case may read the evidence it rests on. Written by the projection with the audit trail.
 */
@Injectable()
export class CaseEvidenceRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Links every evidence id the events cite. Ids that name no stored evidence (cases opened
   * before citations were checked) are skipped rather than failing the projection; linking again
   * is a no-op. Returns how many links were new.
   */
  async linkCitations(
    caseNumber: string,
    events: readonly CaseEvent[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<number> {
    const citations = citationsOf(caseNumber, events);
    if (citations.length === 0) return 0;
    const inserted: unknown[] = await manager.query(
      `INSERT INTO case_evidence (evidence_id, case_number, event_seq, cited_at)
       SELECT e.id, $1, link.seq, link.cited_at
         FROM unnest($2::text[], $3::int[], $4::timestamptz[]) AS link(evidence_id, seq, cited_at)
         JOIN evidence e ON e.id::text = lower(link.evidence_id)
       ON CONFLICT DO NOTHING
       RETURNING evidence_id`,
      [
        caseNumber,
        citations.map((c) => c.evidenceId),
        citations.map((c) => c.eventSeq),
        citations.map((c) => c.citedAt),
      ],
    );
    return inserted.length;
  }

  /** The citations of one case, in event order. */
  async citationsOf(caseNumber: string): Promise<EvidenceCitation[]> {
    const rows: { evidence_id: string; event_seq: number; cited_at: Date }[] =
      await this.dataSource.query(
        `SELECT evidence_id, event_seq, cited_at FROM case_evidence
          WHERE case_number = $1 ORDER BY event_seq, evidence_id`,
        [caseNumber],
      );
    return rows.map((row) => ({
      evidenceId: row.evidence_id,
      caseNumber,
      eventSeq: row.event_seq,
      citedAt: row.cited_at.toISOString(),
    }));
  }
}

/** The evidence each event's detail names (`detail.evidence: [{evidenceId}]`). */
export function citationsOf(caseNumber: string, events: readonly CaseEvent[]): EvidenceCitation[] {
  return events.flatMap((event) => {
    const refs = (event.detail as { evidence?: unknown } | undefined)?.evidence;
    if (!Array.isArray(refs)) return [];
    return refs
      .map((ref) => (ref as { evidenceId?: unknown } | null)?.evidenceId)
      .filter((id): id is string => typeof id === 'string')
      .map((evidenceId) => ({ evidenceId, caseNumber, eventSeq: event.seq, citedAt: event.at }));
  });
}
