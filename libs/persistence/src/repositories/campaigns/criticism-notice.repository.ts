import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  type CriticismNoticeContent,
  criticismNoticeYearOf,
  formatCriticismNoticeNo,
} from '@firecase/notices';

/** An issued 通报批评, as stored; it never changes afterwards. */
export interface CriticismNoticeDocument {
  readonly supervisionNumber: string;
  /** 太白消督〔YYYY〕第NNNN号 */
  readonly noticeNo: string;
  readonly issuedAt: string;
  readonly pdf: Buffer;
  readonly sha256: string;
  readonly content: CriticismNoticeContent;
}

/**
 * Issues criticism notices (通报批评) under numbers without gaps per year, one per unit
 * supervision case: issuing it again (a retry) answers the notice issued the first time. The
 * year's counter row is the lock, held while the PDF renders; a failed render hands its number back.
 */
@Injectable()
export class CriticismNoticeRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async issue(
    content: CriticismNoticeContent,
    render: (noticeNo: string) => Promise<Buffer>,
  ): Promise<CriticismNoticeDocument> {
    const earlier = await this.findBySupervision(content.supervisionNumber);
    if (earlier) return earlier;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const year = criticismNoticeYearOf(content.issuedAt);
        const [{ last_number: number }] = await manager.query<{ last_number: number }[]>(
          `INSERT INTO criticism_notice_counter (year, last_number) VALUES ($1, 1)
           ON CONFLICT (year) DO UPDATE SET last_number = criticism_notice_counter.last_number + 1
           RETURNING last_number`,
          [year],
        );
        const noticeNo = formatCriticismNoticeNo(year, number);
        const pdf = await render(noticeNo);
        const rows = await manager.query<NoticeRow[]>(
          `INSERT INTO criticism_notice (supervision_number, year, number, notice_no, issued_at,
             pdf, sha256, content)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
           RETURNING ${COLUMNS}`,
          [
            content.supervisionNumber,
            year,
            number,
            noticeNo,
            content.issuedAt,
            pdf,
            createHash('sha256').update(pdf).digest('hex'),
            JSON.stringify(content),
          ],
        );
        return toDocument(rows[0]);
      });
    } catch (error) {
      // A concurrent issue for the same case won (unique supervision_number): its notice stands.
      const meanwhile = await this.findBySupervision(content.supervisionNumber);
      if (meanwhile) return meanwhile;
      throw error;
    }
  }

  async findBySupervision(supervisionNumber: string): Promise<CriticismNoticeDocument | undefined> {
    const rows = await this.dataSource.query<NoticeRow[]>(
      `SELECT ${COLUMNS} FROM criticism_notice WHERE supervision_number = $1`,
      [supervisionNumber],
    );
    return rows[0] && toDocument(rows[0]);
  }

  async findByNoticeNo(noticeNo: string): Promise<CriticismNoticeDocument | undefined> {
    const rows = await this.dataSource.query<NoticeRow[]>(
      `SELECT ${COLUMNS} FROM criticism_notice WHERE notice_no = $1`,
      [noticeNo],
    );
    return rows[0] && toDocument(rows[0]);
  }
}

const COLUMNS = `supervision_number, notice_no, issued_at, pdf, sha256, content`;

interface NoticeRow {
  readonly supervision_number: string;
  readonly notice_no: string;
  readonly issued_at: Date;
  readonly pdf: Buffer;
  readonly sha256: string;
  readonly content: CriticismNoticeContent;
}

function toDocument(row: NoticeRow): CriticismNoticeDocument {
  return {
    supervisionNumber: row.supervision_number,
    noticeNo: row.notice_no,
    issuedAt: row.issued_at.toISOString(),
    pdf: row.pdf,
    sha256: row.sha256,
    content: row.content,
  };
}
