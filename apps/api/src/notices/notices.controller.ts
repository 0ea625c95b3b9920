import { Body, Controller, Get, HttpCode, Param, Post, StreamableFile } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { NOTICE_NO_PREFIX } from '@firecase/notices';
import { IssueNoticeDto } from '../cases/dto/case-action.dto';
import { IdempotencyKey } from '../cases/idempotency-key.decorator';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { LogsRead } from '../authz/logs-read.decorator';
import { Permit } from '../authz/permit.decorator';
import { ApiErrors } from '../openapi/api-errors.decorator';
import { ApiCaseNumberParam, ApiIdempotencyKey } from '../openapi/api-params.decorator';
import { NoticeDocumentView, IssuedNoticeView } from './notice-document.view';
import { NoticeDocumentsService } from './notice-documents.service';

const PDF = { schema: { type: 'string', format: 'binary' } } as const;

@ApiTags('notices')
@ApiErrors(404, 503)
@Controller()
export class NoticesController {
  constructor(private readonly notices: NoticeDocumentsService) {}

  @Post('cases/:caseNumber/notice')
  @Permit('actOnCase')
  @HttpCode(200)
  @ApiOperation({
    summary: '下达整改通知书: issue the notice (sets the deadline) and its numbered PDF',
  })
  @ApiIdempotencyKey(
    'a retry with the same key answers the same notice; another request with it, 422',
  )
  @ApiCaseNumberParam()
  @ApiOkResponse({ type: IssuedNoticeView })
  @ApiErrors(409, 422)
  issue(
    @Param('caseNumber') n: string,
    @CurrentUser() u: AuthenticatedUser,
    @IdempotencyKey() k: string | undefined,
    @Body() b: IssueNoticeDto,
  ) {
    return this.notices.issue(n, u, b, k);
  }

  @Get('cases/:caseNumber/notices')
  @Permit('readNotices')
  @LogsRead('case.notices')
  @ApiOperation({
    summary: 'Every notice document of a case, oldest first (reissues reference what they replace)',
  })
  @ApiCaseNumberParam()
  @ApiOkResponse({ type: [NoticeDocumentView] })
  list(@Param('caseNumber') n: string, @CurrentUser() u: AuthenticatedUser) {
    return this.notices.list(n, u);
  }

  @Post('cases/:caseNumber/notices/reissue')
  @Permit('reissueNotice')
  @ApiOperation({ summary: 'Reissue the notice in force as a new numbered document' })
  @ApiCaseNumberParam()
  @ApiIdempotencyKey('a retry with the same key answers the same new document')
  @ApiCreatedResponse({ type: NoticeDocumentView })
  @ApiErrors(409)
  reissue(
    @Param('caseNumber') n: string,
    @CurrentUser() u: AuthenticatedUser,
    @IdempotencyKey() key: string | undefined,
  ) {
    return this.notices.reissue(n, u, key);
  }

  @Get('cases/:caseNumber/notice.pdf')
  @Permit('readNotices')
  @LogsRead('notice.pdf')
  @ApiOperation({ summary: 'The notice in force as a PDF' })
  @ApiCaseNumberParam()
  @ApiOkResponse({ content: { 'application/pdf': PDF } })
  async current(@Param('caseNumber') n: string, @CurrentUser() u: AuthenticatedUser) {
    return pdfFile(await this.notices.current(n, u));
  }

  @Get('notices/:noticeNo.pdf')
  @Permit('readNotices')
  @LogsRead('notice.pdf')
  @ApiOperation({ summary: 'A notice by its number, e.g. 太白消整〔2024〕第0001号' })
  @ApiParam({
    name: 'noticeNo',
    schema: {
      type: 'string',
      pattern: `^${NOTICE_NO_PREFIX}〔\\d{4}〕第\\d{4,}号$`,
      example: '太白消整〔2026〕第0001号',
    },
    description: 'the number printed on the notice; unknown, or outside the caller’s scope: 404',
  })
  @ApiOkResponse({ content: { 'application/pdf': PDF } })
  async byNumber(@Param('noticeNo') noticeNo: string, @CurrentUser() u: AuthenticatedUser) {
    return pdfFile(await this.notices.byNumber(noticeNo, u));
  }
}

function pdfFile(document: { pdf: Buffer; noticeNo: string; sha256: string }): StreamableFile {
  return new StreamableFile(document.pdf, {
    type: 'application/pdf',
    length: document.pdf.length,
    disposition: `inline; filename*=UTF-8''${encodeURIComponent(document.noticeNo)}.pdf`,
  });
}
