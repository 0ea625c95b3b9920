import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Outbox of notifications (reminders 催办, alerts to leaders) raised by hazard-case workflows.
 * A sender delivers and stamps them; `dedupe_key` makes raising idempotent under retry.
 */
@Entity({ name: 'case_notification' })
export class CaseNotificationEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'dedupe_key', type: 'text', unique: true })
  dedupeKey: string;

  @Column({ name: 'case_number', type: 'text' })
  caseNumber: string;

  @Column({ type: 'text' })
  audience: string;

  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'text' })
  message: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;
}
