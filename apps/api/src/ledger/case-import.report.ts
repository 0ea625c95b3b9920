import { ApiProperty } from '@nestjs/swagger';

export class ImportedRow {
  /** The row's line in the file; the header is line 1. */
  @ApiProperty({ example: 2 })
  line: number;

  @ApiProperty({ example: 'TB-2026-000001' })
  caseNumber: string;
}

export class RowFieldProblems {
  /** The file's column, e.g. `address`, or `row` for a row that could not be read. */
  @ApiProperty({ example: 'address' })
  field: string;

  @ApiProperty({ type: [String], example: ['address should not be empty'] })
  problems: readonly string[];
}

export class RejectedRow {
  @ApiProperty({ example: 5 })
  line: number;

  @ApiProperty({ type: [RowFieldProblems] })
  problems: readonly RowFieldProblems[];
}

/** What became of each row of an import file. */
export class CaseImportReport {
  /** Rows that opened a case now. */
  @ApiProperty({ type: [ImportedRow] })
  imported: ImportedRow[];

  /** Rows an earlier import (or an identical row above) already opened a case for. */
  @ApiProperty({ type: [ImportedRow] })
  alreadyImported: ImportedRow[];

  /** Rows that break a rule of POST /cases, with every problem; nothing was opened for them. */
  @ApiProperty({ type: [RejectedRow] })
  rejected: RejectedRow[];
}
