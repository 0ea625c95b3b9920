import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { CaseEvent } from '@firecase/domain';
import {
  type AuditChainHead,
  type AuditChainLink,
  type AuditChainVerification,
  linkAuditEvents,
  verifyAuditChain,
} from '../audit/audit-chain';

/** One stored audit event, with when the database recorded it. */
export interface AuditEventRecord extends AuditChainLink {
  readonly recordedAt: string;
}

/** The append-only, hash-chained audit trail of each case (table audit_event). */
@Injectable()
export class AuditTrailRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Appends the events after the last one stored for the case, each hashed on its predecessor,
   * and returns how many were new. Sending the whole timeline again is a no-op, so retries are
   * harmless; a gap throws AuditChainGapError and writes nothing. Pass a manager to join the
   * caller's transaction (this then runs in a savepoint of it).
   */
  async appendCaseEvents(
    caseNumber: string,
    events: readonly CaseEvent[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<number> {
    // Always inside a transaction: the advisory lock is held until it ends, so concurrent
    // appends for one case read the head one after another and never both extend it.
    return manager.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1::int4, hashtext($2))', [
        AUDIT_LOCK_CLASS,
        caseNumber,
      ]);
      const [head] = await tx.query<AuditChainHead[]>(
        'SELECT seq, hash FROM audit_event WHERE case_number = $1 ORDER BY seq DESC LIMIT 1',
        [caseNumber],
      );
      const links = linkAuditEvents(caseNumber, head, events);
      if (links.length === 0) return 0;
      // A plain INSERT: under the lock a conflict means someone wrote without it, and failing
      // loudly (the activity retries) beats skipping a row the chain was computed against.
      await tx.query(
        `INSERT INTO audit_event (case_number, seq, occurred_at, event_type, actor_id, actor_name,
           actor_role, summary, detail, prev_hash, hash)
         SELECT $1, link.* FROM unnest($2::int[], $3::timestamptz[], $4::text[], $5::text[],
           $6::text[], $7::text[], $8::text[], $9::jsonb[], $10::text[], $11::text[]) AS link`,
        [
          caseNumber,
          links.map((l) => l.seq),
          links.map((l) => l.occurredAt),
          links.map((l) => l.eventType),
          links.map((l) => l.actorId),
          links.map((l) => l.actorName),
          links.map((l) => l.actorRole),
          links.map((l) => l.summary),
          links.map((l) => (l.detail === null ? null : JSON.stringify(l.detail))),
          links.map((l) => l.prevHash),
          links.map((l) => l.hash),
        ],
      );
      return links.length;
    });
  }

  /** Every stored event of the case, in seq order. */
  async listCaseEvents(caseNumber: string): Promise<AuditEventRecord[]> {
    const rows = await this.dataSource.query<AuditEventRow[]>(
      `SELECT case_number, seq, occurred_at, event_type, actor_id, actor_name, actor_role,
              summary, detail, prev_hash, hash, recorded_at
         FROM audit_event WHERE case_number = $1 ORDER BY seq`,
      [caseNumber],
    );
    return rows.map((row) => ({
      caseNumber: row.case_number,
      seq: row.seq,
      occurredAt: row.occurred_at.toISOString(),
      eventType: row.event_type,
      actorId: row.actor_id,
      actorName: row.actor_name,
      actorRole: row.actor_role,
      summary: row.summary,
      detail: row.detail,
      prevHash: row.prev_hash,
      hash: row.hash,
      recordedAt: row.recorded_at.toISOString(),
    }));
  }

  /** Recomputes the case's whole chain from the stored rows; see verifyAuditChain. */
  async verifyCaseChain(caseNumber: string): Promise<AuditChainVerification> {
    return verifyAuditChain(caseNumber, await this.listCaseEvents(caseNumber));
  }
}

/** Names "the audit trail of one case" among advisory locks; the case number's hash is the key. */
const AUDIT_LOCK_CLASS = 7_340_002;

interface AuditEventRow {
  readonly case_number: string;
  readonly seq: number;
  readonly occurred_at: Date;
  readonly event_type: string;
  readonly actor_id: string;
  readonly actor_name: string;
  readonly actor_role: string;
  readonly summary: string;
  readonly detail: unknown;
  readonly prev_hash: string | null;
  readonly hash: string;
  readonly recorded_at: Date;
}
