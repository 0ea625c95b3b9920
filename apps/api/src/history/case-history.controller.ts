import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CaseHistoryService } from './case-history.service';

@ApiTags('audit')
@Controller('cases/:caseNumber')
export class CaseHistoryController {
  constructor(private readonly history: CaseHistoryService) {}

  @Get('history')
  @ApiOperation({
    summary: 'The full, hash-chained audit trail of a case, checked against its workflow',
  })
  get(@Param('caseNumber') caseNumber: string) {
    return this.history.history(caseNumber);
  }

  @Get('audit/verify')
  @ApiOperation({ summary: "Recomputes the case's hash chain; names the first broken link" })
  verify(@Param('caseNumber') caseNumber: string) {
    return this.history.verify(caseNumber);
  }
}
