import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * Read model of one hazard case (隐患), kept by the hazard-case workflow's projection activity.
 * Temporal holds the truth; this row is what the ledger lists and filters. `revision` is the
 * workflow's own counter: an upsert only lands when it is newer, so retries and reordering
 * never roll the row back.
 */
@Entity({ name: 'hazard_case' })
@Index(['status', 'nextDueAt'])
@Index(['department', 'status'])
export class HazardCaseEntity {
  @PrimaryColumn({ name: 'case_number', type: 'text' })
  caseNumber: string;

  @Column({ type: 'integer' })
  revision: number;

  @Column({ type: 'text' })
  status: string;

  @Column({ type: 'text' })
  category: string;

  @Column({ name: 'hazard_type', type: 'text' })
  hazardType: string;

  @Column({ type: 'text' })
  severity: string;

  @Column({ type: 'text' })
  department: string;

  @Column({ type: 'text' })
  community: string;

  @Column({ type: 'text', nullable: true })
  grid: string | null;

  @Column({ type: 'text' })
  address: string;

  @Column({ name: 'responsible_party', type: 'text' })
  responsibleParty: string;

  @Column({ name: 'policy_version', type: 'text' })
  policyVersion: string;

  @Column({ name: 'discovered_at', type: 'timestamptz' })
  discoveredAt: Date;

  @Column({ name: 'deadline_at', type: 'timestamptz', nullable: true })
  deadlineAt: Date | null;

  @Column({ name: 'next_due_at', type: 'timestamptz', nullable: true })
  nextDueAt: Date | null;

  @Column({ name: 'next_due_kind', type: 'text', nullable: true })
  nextDueKind: string | null;

  @Column({ name: 'escalation_level', type: 'integer', default: 0 })
  escalationLevel: number;

  @Column({ type: 'boolean', default: false })
  overdue: boolean;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  /** Years whose statutory schedule a live deadline was counted without (provisional). */
  @Column({ name: 'provisional_years', type: 'integer', array: true, default: () => "'{}'" })
  provisionalYears: number[];

  /** The workflow's full view at this revision, for screens that need more than the columns. */
  @Column({ type: 'jsonb' })
  snapshot: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
