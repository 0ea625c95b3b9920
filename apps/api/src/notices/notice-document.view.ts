import { ApiProperty } from '@nestjs/swagger';
import { CaseViewDto } from '../cases/view/case.view';
import type { NoticeDocumentSummary } from './notice-documents.service';

/** An issued notice document (整改通知书), everything but the PDF bytes. */
export class NoticeDocumentView implements NoticeDocumentSummary {
  @ApiProperty({ pattern: '^\\d+$', example: '1', description: 'the stored document’s id' })
  id: string;

  @ApiProperty({ pattern: '^TB-\\d{4}-\\d{6}$', example: 'TB-2026-000001' })
  caseNumber: string;

  @ApiProperty({ type: 'integer', example: 2026, description: 'the number series (China year)' })
  year: number;

  @ApiProperty({ type: 'integer', minimum: 1, example: 1 })
  number: number;

  @ApiProperty({ example: '太白消整〔2026〕第0001号' })
  noticeNo: string;

  @ApiProperty({ format: 'date-time' })
  issuedAt: string;

  @ApiProperty({ type: String, nullable: true, description: 'the notice this one reissues' })
  replacesNoticeNo: string | null;

  @ApiProperty({ pattern: '^[0-9a-f]{64}$', description: 'hex SHA-256 of the PDF' })
  sha256: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'what the notice says, as rendered into the PDF',
  })
  content: Record<string, unknown>;

  @ApiProperty({ type: String, nullable: true })
  idempotencyKey: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ example: '/notices/%E5%A4%AA%E7%99%BD….pdf', description: 'the PDF' })
  documentUrl: string;
}

/** POST /cases/{caseNumber}/notice: the case with its deadline set, and the numbered document. */
export class IssuedNoticeView {
  @ApiProperty({ type: CaseViewDto })
  case: CaseViewDto;

  @ApiProperty({ type: NoticeDocumentView })
  notice: NoticeDocumentView;
}
