import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Outbox of notifications (reminders 催办, alerts to leaders, campaign warnings, digests). The
 * dispatcher expands each once into deliveries (`notification_delivery`) and stamps
 * `dispatched_at`; one that reaches nobody keeps `undeliverable_reason` for administrators.
 * `dedupe_key` makes raising idempotent under retry and replay.
 */
@Entity({ name: 'case_notification' })
export class CaseNotificationEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'dedupe_key', type: 'text', unique: true })
  dedupeKey: string;

  /** null for a notification about no case (campaign warning, digest, report). */
  @Column({ name: 'case_number', type: 'text', nullable: true })
  caseNumber: string | null;

  /** The case audience (officer, supervisor, department_leader, responsible_party). */
  @Column({ type: 'text', nullable: true })
  audience: string | null;

  @Column({ type: 'text' })
  kind: string;

  /** English, for the log; users read the rendered template instead. */
  @Column({ type: 'text' })
  message: string;

  @Column({ type: 'jsonb', default: {} })
  params: Record<string, string>;

  /** Explicit recipient targets, for notifications not addressed by a case audience. */
  @Column({ type: 'jsonb', nullable: true })
  recipients: unknown[] | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'dispatched_at', type: 'timestamptz', nullable: true })
  dispatchedAt: Date | null;

  @Column({ name: 'dispatch_attempts', type: 'integer', default: 0 })
  dispatchAttempts: number;

  @Column({ name: 'next_dispatch_at', type: 'timestamptz' })
  nextDispatchAt: Date;

  @Column({ name: 'undeliverable_reason', type: 'text', nullable: true })
  undeliverableReason: string | null;
}
