import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The audit trail (审计留痕) of every case: one row per event of the case's timeline, appended by
 * the hazard-case workflow's projection activity and never changed. `hash` chains each row to the
 * one before it in the same case; the database refuses UPDATE, DELETE and TRUNCATE.
 */
@Entity({ name: 'audit_event' })
export class AuditEventEntity {
  @PrimaryColumn({ name: 'case_number', type: 'text' })
  caseNumber: string;

  @PrimaryColumn({ type: 'integer' })
  seq: number;

  @Column({ name: 'occurred_at', type: 'timestamptz', precision: 3 })
  occurredAt: Date;

  @Column({ name: 'event_type', type: 'text' })
  eventType: string;

  @Column({ name: 'actor_id', type: 'text' })
  actorId: string;

  @Column({ name: 'actor_name', type: 'text' })
  actorName: string;

  @Column({ name: 'actor_role', type: 'text' })
  actorRole: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'jsonb', nullable: true })
  detail: unknown;

  /** null for the first event of a case. */
  @Column({ name: 'prev_hash', type: 'text', nullable: true })
  prevHash: string | null;

  @Column({ type: 'text' })
  hash: string;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt: Date;
}
