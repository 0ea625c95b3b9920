import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { LogsRead } from '../authz/logs-read.decorator';
import { Permit } from '../authz/permit.decorator';
import { ApiErrors } from '../openapi/api-errors.decorator';
import { ApiCaseNumberParam } from '../openapi/api-params.decorator';
import { CaseHistoryView, ChainVerificationView } from './case-history.view';
import { CaseHistoryService } from './case-history.service';

@ApiTags('audit')
@Permit('readHistory')
@ApiCaseNumberParam()
@ApiErrors(404, 503)
@Controller('cases/:caseNumber')
export class CaseHistoryController {
  constructor(private readonly history: CaseHistoryService) {}

  @Get('history')
  @LogsRead('case.history')
  @ApiOperation({
    summary: 'The full, hash-chained audit trail of a case, checked against its workflow',
  })
  @ApiOkResponse({ type: CaseHistoryView })
  get(@Param('caseNumber') caseNumber: string, @CurrentUser() user: AuthenticatedUser) {
    return this.history.history(caseNumber, user);
  }

  @Get('audit/verify')
  @LogsRead('case.audit_verify')
  @ApiOperation({ summary: "Recomputes the case's hash chain; names the first broken link" })
  @ApiOkResponse({ type: ChainVerificationView })
  verify(@Param('caseNumber') caseNumber: string, @CurrentUser() user: AuthenticatedUser) {
    return this.history.verify(caseNumber, user);
  }
}
