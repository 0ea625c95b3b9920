import { ApiProperty } from '@nestjs/swagger';
import { REPORT_KINDS, type ReportKind } from '@firecase/domain';
import type { StoredReport } from '@firecase/persistence';

/** A progress report a Schedule generated (GET /reports); its files at /reports/:id.pdf|.xlsx. */
export class StoredReportView implements StoredReport {
  @ApiProperty({ pattern: '^\\d{1,18}$', example: '12' })
  id: string;

  @ApiProperty({ enum: REPORT_KINDS })
  kind: ReportKind;

  @ApiProperty({
    format: 'date-time',
    description: 'the period’s first instant (Beijing midnight)',
  })
  periodStart: string;

  @ApiProperty({ format: 'date-time', description: 'the period’s end, exclusive' })
  periodEnd: string;

  @ApiProperty({ format: 'date-time' })
  generatedAt: string;

  @ApiProperty({ pattern: '^[0-9a-f]{64}$', description: 'SHA-256 of the PDF' })
  pdfSha256: string;

  @ApiProperty({ pattern: '^[0-9a-f]{64}$', description: 'SHA-256 of the XLSX' })
  xlsxSha256: string;
}
