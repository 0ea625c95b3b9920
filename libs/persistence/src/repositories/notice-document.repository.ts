import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { isIsoInstant } from '@firecase/domain';
import { formatNoticeNo, noticeYearOf } from '@firecase/notices';
import { NoticeIssueRefusalCode, NoticeIssueRefused } from './notice-issue-refused.error';

export interface NoticeToIssue {
  readonly caseNumber: string;
  /** ISO instant the notice bears (a paper notice entered later may bear an earlier date). */
  readonly issuedAt: string;
  /**
   * When the number is given, by the server's clock: its year in China picks the number series,
   * never a date a client entered.
   */
  readonly numberedAt: string;
  /** What the notice says, kept as JSON beside the PDF (e.g. a RectificationNoticeContent). */
  readonly content: object;
  readonly replacesNoticeNo?: string;
  /** One issue attempt of this case: a retry with the same key gets the same notice back. */
  readonly idempotencyKey?: string;
  /** Renders the PDF once the number is known; if it throws, no number is used up. */
  readonly render: (noticeNo: string) => Promise<Buffer>;
}

/** An issued notice, as stored; it never changes afterwards. */
export interface NoticeDocument {
  readonly id: string;
  readonly caseNumber: string;
  readonly year: number;
  readonly number: number;
  /** 太白消整〔YYYY〕第NNNN号 */
  readonly noticeNo: string;
  readonly issuedAt: string;
  readonly replacesNoticeNo: string | null;
  readonly pdf: Buffer;
  /** Hex SHA-256 of `pdf`, to show that a served copy is the one issued. */
  readonly sha256: string;
  readonly content: Record<string, unknown>;
  readonly idempotencyKey: string | null;
  readonly createdAt: string;
}

/**
 * Issues rectification notices (整改通知书) under numbers without gaps per year. The counter
 * row's update is the lock: issues in one year queue on it until the holder commits, so numbers
 * come out consecutive, and a rollback (say the PDF failed to render) hands its number back.
 * The lock is held while the PDF renders, a fraction of a second, which a sub-district office's
 * rate of notices easily affords.
 */
@Injectable()
export class NoticeDocumentRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async issue(notice: NoticeToIssue): Promise<NoticeDocument> {
    if (!isIsoInstant(notice.issuedAt)) {
      throw new RangeError(`issuedAt must be an ISO instant, got "${notice.issuedAt}"`);
    }
    try {
      return await this.dataSource.transaction((manager) => this.issueIn(manager, notice));
    } catch (error) {
      if (error instanceof SameKeyIssuedMeanwhile) return this.replay(notice);
      if (isUniqueViolation(error, 'notice_document_replaces_notice_no_key')) {
        throw alreadyReplaced(notice.replacesNoticeNo);
      }
      throw error;
    }
  }

  async findByCase(caseNumber: string): Promise<NoticeDocument[]> {
    const rows: NoticeDocumentRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM notice_document WHERE case_number = $1 ORDER BY year, number`,
      [caseNumber],
    );
    return rows.map(toNoticeDocument);
  }

  async findByNoticeNo(noticeNo: string): Promise<NoticeDocument | undefined> {
    const rows: NoticeDocumentRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM notice_document WHERE notice_no = $1`,
      [noticeNo],
    );
    return rows.length > 0 ? toNoticeDocument(rows[0]) : undefined;
  }

  private async issueIn(manager: EntityManager, notice: NoticeToIssue): Promise<NoticeDocument> {
    const earlier = await this.findByKey(manager, notice);
    if (earlier) return earlier;

    const year = noticeYearOf(notice.numberedAt);
    const [{ last_number: number }]: { last_number: number }[] = await manager.query(
      `INSERT INTO notice_number_counter (year, last_number) VALUES ($1, 1)
       ON CONFLICT (year) DO UPDATE SET last_number = notice_number_counter.last_number + 1
       RETURNING last_number`,
      [year],
    );
    // Holding the year's lock now, we see whatever a concurrent issue committed while we waited.
    if (await this.findByKey(manager, notice)) throw new SameKeyIssuedMeanwhile();
    if (notice.replacesNoticeNo !== undefined) {
      await this.checkReplaceable(manager, notice.caseNumber, notice.replacesNoticeNo);
    }

    const noticeNo = formatNoticeNo(year, number);
    const pdf = await notice.render(noticeNo);
    const rows: NoticeDocumentRow[] = await manager.query(
      `INSERT INTO notice_document (case_number, year, number, notice_no, issued_at,
         replaces_notice_no, pdf, sha256, content, idempotency_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT ON CONSTRAINT notice_document_case_idempotency_key DO NOTHING
       RETURNING ${COLUMNS}`,
      [
        notice.caseNumber,
        year,
        number,
        noticeNo,
        notice.issuedAt,
        notice.replacesNoticeNo ?? null,
        pdf,
        createHash('sha256').update(pdf).digest('hex'),
        JSON.stringify(notice.content),
        notice.idempotencyKey ?? null,
      ],
    );
    // Only a same-key issue in another year's series gets past the check above.
    if (rows.length === 0) throw new SameKeyIssuedMeanwhile();
    return toNoticeDocument(rows[0]);
  }

  private async checkReplaceable(
    manager: EntityManager,
    caseNumber: string,
    replacesNoticeNo: string,
  ): Promise<void> {
    const rows: { case_number: string; replaced_by: string | null }[] = await manager.query(
      `SELECT old.case_number, (SELECT notice_no FROM notice_document
                                WHERE replaces_notice_no = old.notice_no) AS replaced_by
       FROM notice_document old WHERE old.notice_no = $1`,
      [replacesNoticeNo],
    );
    if (rows.length === 0) {
      throw new NoticeIssueRefused(
        NoticeIssueRefusalCode.ReplacedNoticeUnknown,
        `there is no notice ${replacesNoticeNo} to replace`,
      );
    }
    const [old] = rows;
    if (old.case_number !== caseNumber) {
      throw new NoticeIssueRefused(
        NoticeIssueRefusalCode.ReplacedNoticeOfOtherCase,
        `notice ${replacesNoticeNo} belongs to case ${old.case_number}, not ${caseNumber}`,
      );
    }
    if (old.replaced_by !== null) throw alreadyReplaced(replacesNoticeNo, old.replaced_by);
  }

  private async findByKey(
    manager: EntityManager,
    notice: NoticeToIssue,
  ): Promise<NoticeDocument | undefined> {
    if (notice.idempotencyKey === undefined) return undefined;
    const rows: NoticeDocumentRow[] = await manager.query(
      `SELECT ${COLUMNS} FROM notice_document WHERE case_number = $1 AND idempotency_key = $2`,
      [notice.caseNumber, notice.idempotencyKey],
    );
    return rows.length > 0 ? toNoticeDocument(rows[0]) : undefined;
  }

  private async replay(notice: NoticeToIssue): Promise<NoticeDocument> {
    const existing = await this.findByKey(this.dataSource.manager, notice);
    if (!existing) throw new Error(`notice for idempotency key ${notice.idempotencyKey} vanished`);
    return existing;
  }
}

/** Rolls back our number when a concurrent issue with the same key committed first. */
class SameKeyIssuedMeanwhile extends Error {}

function alreadyReplaced(noticeNo: string | undefined, by?: string): NoticeIssueRefused {
  return new NoticeIssueRefused(
    NoticeIssueRefusalCode.NoticeAlreadyReplaced,
    `notice ${noticeNo} was already replaced${by ? ` by ${by}` : ''}: reissue its replacement`,
  );
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' && driverError.constraint === constraint;
}

const COLUMNS = `id, case_number, year, number, notice_no, issued_at, replaces_notice_no, pdf,
  sha256, content, idempotency_key, created_at`;

interface NoticeDocumentRow {
  id: string;
  case_number: string;
  year: number;
  number: number;
  notice_no: string;
  issued_at: Date;
  replaces_notice_no: string | null;
  pdf: Buffer;
  sha256: string;
  content: Record<string, unknown>;
  idempotency_key: string | null;
  created_at: Date;
}

function toNoticeDocument(row: NoticeDocumentRow): NoticeDocument {
  return {
    id: row.id,
    caseNumber: row.case_number,
    year: row.year,
    number: row.number,
    noticeNo: row.notice_no,
    issuedAt: row.issued_at.toISOString(),
    replacesNoticeNo: row.replaces_notice_no,
    pdf: row.pdf,
    sha256: row.sha256,
    content: row.content,
    idempotencyKey: row.idempotency_key,
    createdAt: row.created_at.toISOString(),
  };
}
