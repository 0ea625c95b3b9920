import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IMPORT_FIELDS } from './import-fields';

const COUNT = { type: 'integer', minimum: 0 } as const;

export class ImportedRow {
  /** The row's line (CSV) or row number (XLSX), as the file shows it. */
  @ApiProperty({ type: 'integer', minimum: 1, example: 4 })
  line: number;

  @ApiProperty({ example: 'TB-2026-000001' })
  caseNumber: string;
}

export class RowFieldProblems {
  /** The field (`address`), or `row` for a problem of the whole row. */
  @ApiProperty({ enum: [...IMPORT_FIELDS, 'row'], example: 'address' })
  field: string;

  /** The column's header as the file wrote it (地址, or address); null for `row`. */
  @ApiProperty({ type: String, nullable: true, example: '地址' })
  column: string | null;

  @ApiProperty({ type: [String], example: ['地址不能为空'] })
  problems: readonly string[];
}

export class RejectedRow {
  @ApiProperty({ type: 'integer', minimum: 1, example: 5 })
  line: number;

  @ApiProperty({ type: [RowFieldProblems] })
  problems: readonly RowFieldProblems[];
}

/** What became of each row of the file so far. */
export class CaseImportReport {
  /** Rows that opened a case in this import. */
  @ApiProperty({ type: [ImportedRow] })
  imported: ImportedRow[];

  /**
   * Rows whose case the ledger already had: opened by an earlier import (or by an identical row
   * above), or named by their 隐患编号.
   */
  @ApiProperty({ type: [ImportedRow] })
  alreadyImported: ImportedRow[];

  /** Rows that break a rule of POST /cases, with every problem; nothing was opened for them. */
  @ApiProperty({ type: [RejectedRow] })
  rejected: RejectedRow[];
}

export class ImportColumn {
  /** The header as the file wrote it. */
  @ApiProperty({ example: '所属村（社区）' })
  column: string;

  @ApiProperty({ enum: IMPORT_FIELDS, nullable: true, example: 'community' })
  field: string | null;

  /** `read`: fills `field`; `ignored`: a column the ledger computes itself (整改状态, …); `unknown`: not one this import knows (reported, not refused). */
  @ApiProperty({ enum: ['read', 'ignored', 'unknown'] })
  use: string;
}

export class ImportRowCounts {
  @ApiProperty(COUNT) imported: number;
  @ApiProperty(COUNT) alreadyImported: number;
  @ApiProperty(COUNT) rejected: number;
  /** Rows not done yet. */
  @ApiProperty(COUNT) pending: number;
}

/** A background import of one file: its progress, and what became of each row so far. */
export class CaseImportJobView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  /** queued → running → completed; failed only when it cannot go on (its error says why). */
  @ApiProperty({ enum: ['queued', 'running', 'completed', 'failed'] })
  status: string;

  @ApiProperty({ type: String, nullable: true, example: '隐患台账.xlsx' })
  fileName: string | null;

  @ApiProperty({ enum: ['csv', 'xlsx'] })
  format: string;

  /** How a CSV file was encoded: utf-8, gb18030 (GBK) or utf-16le; null for XLSX. */
  @ApiProperty({ type: String, nullable: true, example: 'gb18030' })
  encoding: string | null;

  /** Data rows in the file (blank rows left out). */
  @ApiProperty(COUNT)
  totalRows: number;

  @ApiProperty(COUNT)
  processedRows: number;

  @ApiProperty({ type: ImportRowCounts })
  counts: ImportRowCounts;

  /** Every header of the file and how it was read. */
  @ApiProperty({ type: [ImportColumn] })
  columns: ImportColumn[];

  /** The headers this import does not know, as the file wrote them (their cells are left alone). */
  @ApiProperty({ type: [String], example: ['备注'] })
  unknownColumns: string[];

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  startedAt: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  finishedAt: string | null;

  /** Why the job failed, or why its last attempt stopped (it is then retried). */
  @ApiProperty({ type: String, nullable: true })
  error: string | null;

  /** Absent from the list of jobs; the rows done so far in GET of one job. */
  @ApiPropertyOptional({ type: CaseImportReport })
  report?: CaseImportReport;
}
