import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * An issued rectification notice (整改通知书): the PDF as served, its SHA-256 and the content it
 * was rendered from, numbered 太白消整〔YYYY〕第NNNN号 without gaps per year (the counter is the
 * notice_number_counter table). The database refuses UPDATE, DELETE and TRUNCATE: a correction
 * is a new notice whose `replacesNoticeNo` names the old one.
 */
@Entity({ name: 'notice_document' })
@Unique(['year', 'number'])
@Unique('notice_document_case_idempotency_key', ['caseNumber', 'idempotencyKey'])
@Index('notice_document_case', ['caseNumber'])
export class NoticeDocumentEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'case_number', type: 'text' })
  caseNumber: string;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'integer' })
  number: number;

  @Column({ name: 'notice_no', type: 'text', unique: true })
  noticeNo: string;

  @Column({ name: 'issued_at', type: 'timestamptz' })
  issuedAt: Date;

  @Column({ name: 'replaces_notice_no', type: 'text', nullable: true, unique: true })
  replacesNoticeNo: string | null;

  @Column({ type: 'bytea' })
  pdf: Buffer;

  @Column({ type: 'text' })
  sha256: string;

  @Column({ type: 'jsonb' })
  content: Record<string, unknown>;

  /** The caller's key for one issue attempt, unique per case, so a retry gets the same notice. */
  @Column({ name: 'idempotency_key', type: 'text', nullable: true })
  idempotencyKey: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
