import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ReportKind } from '@firecase/domain';

export interface StoredReport {
  readonly id: string;
  readonly kind: ReportKind;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly generatedAt: string;
  readonly pdfSha256: string;
  readonly xlsxSha256: string;
}

export interface ReportFiles {
  readonly pdf: Buffer;
  readonly xlsx: Buffer;
}

/** Generated progress reports, one per kind and period: storing one again keeps the first. */
@Injectable()
export class ProgressReportStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async store(
    report: Omit<StoredReport, 'id' | 'pdfSha256' | 'xlsxSha256'>,
    files: ReportFiles,
  ): Promise<{ report: StoredReport; created: boolean }> {
    const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex');
    const inserted = await this.dataSource.query<ReportRow[]>(
      `INSERT INTO progress_report (kind, period_start, period_end, generated_at, pdf, xlsx,
         pdf_sha256, xlsx_sha256)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (kind, period_start) DO NOTHING
       RETURNING ${COLUMNS}`,
      [
        report.kind,
        report.periodStart,
        report.periodEnd,
        report.generatedAt,
        files.pdf,
        files.xlsx,
        sha(files.pdf),
        sha(files.xlsx),
      ],
    );
    if (inserted[0]) return { report: toReport(inserted[0]), created: true };
    const [existing] = await this.dataSource.query<ReportRow[]>(
      `SELECT ${COLUMNS} FROM progress_report WHERE kind = $1 AND period_start = $2`,
      [report.kind, report.periodStart],
    );
    return { report: toReport(existing), created: false };
  }

  async list(kind?: ReportKind): Promise<StoredReport[]> {
    const rows = await this.dataSource.query<ReportRow[]>(
      `SELECT ${COLUMNS} FROM progress_report WHERE ($1::text IS NULL OR kind = $1)
        ORDER BY period_start DESC, kind LIMIT 200`,
      [kind ?? null],
    );
    return rows.map(toReport);
  }

  async files(id: string): Promise<(StoredReport & ReportFiles) | undefined> {
    if (!/^\d{1,18}$/.test(id)) return undefined;
    const [row] = await this.dataSource.query<(ReportRow & { pdf: Buffer; xlsx: Buffer })[]>(
      `SELECT ${COLUMNS}, pdf, xlsx FROM progress_report WHERE id = $1`,
      [id],
    );
    return row && { ...toReport(row), pdf: row.pdf, xlsx: row.xlsx };
  }
}

const COLUMNS = `id, kind, period_start, period_end, generated_at, pdf_sha256, xlsx_sha256`;

interface ReportRow {
  readonly id: string;
  readonly kind: ReportKind;
  readonly period_start: Date;
  readonly period_end: Date;
  readonly generated_at: Date;
  readonly pdf_sha256: string;
  readonly xlsx_sha256: string;
}

function toReport(row: ReportRow): StoredReport {
  return {
    id: String(row.id),
    kind: row.kind,
    periodStart: row.period_start.toISOString(),
    periodEnd: row.period_end.toISOString(),
    generatedAt: row.generated_at.toISOString(),
    pdfSha256: row.pdf_sha256,
    xlsxSha256: row.xlsx_sha256,
  };
}
