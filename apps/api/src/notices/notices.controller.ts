import {
  Body,
  Controller,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  Post,
  StreamableFile,
} from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@firecase/domain';
import { NoticeDocumentRepository } from '@firecase/persistence';
import { IssueNoticeDto } from '../cases/dto/case-action.dto';
import { IdempotencyKey } from '../cases/idempotency-key.decorator';
import { ActingUser } from '../identity/acting-user.decorator';
import { ACTING_USER_HEADERS } from '../identity/acting-user.headers';
import { NoticeDocumentsService } from './notice-documents.service';

@ApiTags('notices')
@ACTING_USER_HEADERS
@Controller()
export class NoticesController {
  constructor(
    private readonly notices: NoticeDocumentsService,
    private readonly documents: NoticeDocumentRepository,
  ) {}

  @Post('cases/:caseNumber/notice')
  @HttpCode(200)
  @ApiOperation({
    summary: '下达整改通知书: issue the notice (sets the deadline) and its numbered PDF',
  })
  issue(@Param('caseNumber') n: string, @ActingUser() a: Actor, @Body() b: IssueNoticeDto) {
    return this.notices.issue(n, a, b);
  }

  @Get('cases/:caseNumber/notices')
  @ApiOperation({
    summary: 'Every notice document of a case, oldest first (reissues reference what they replace)',
  })
  list(@Param('caseNumber') n: string) {
    return this.notices.list(n);
  }

  @Post('cases/:caseNumber/notices/reissue')
  @ApiOperation({ summary: 'Reissue the notice in force as a new numbered document' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  reissue(
    @Param('caseNumber') n: string,
    @ActingUser() _a: Actor,
    @IdempotencyKey() key: string | undefined,
  ) {
    return this.notices.reissue(n, key);
  }

  @Get('cases/:caseNumber/notice.pdf')
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'The notice in force as a PDF' })
  async current(@Param('caseNumber') n: string) {
    return pdfFile(await this.notices.current(n));
  }

  @Get('notices/:noticeNo.pdf')
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'A notice by its number, e.g. 太白消整〔2024〕第0001号' })
  async byNumber(@Param('noticeNo') noticeNo: string) {
    const document = await this.documents.findByNoticeNo(noticeNo);
    if (!document) throw new NotFoundException(`notice ${noticeNo} not found`);
    return pdfFile(document);
  }
}

function pdfFile(document: { pdf: Buffer; noticeNo: string; sha256: string }): StreamableFile {
  return new StreamableFile(document.pdf, {
    type: 'application/pdf',
    length: document.pdf.length,
    disposition: `inline; filename*=UTF-8''${encodeURIComponent(document.noticeNo)}.pdf`,
  });
}
