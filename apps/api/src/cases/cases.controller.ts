import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { LogsRead } from '../authz/logs-read.decorator';
import { Permit } from '../authz/permit.decorator';
import { ApiErrors } from '../openapi/api-errors.decorator';
import { ApiCaseNumberParam, ApiIdempotencyKey } from '../openapi/api-params.decorator';
import { CaseLedgerService } from './case-ledger.service';
import { CaseOpeningService } from './case-opening.service';
import { CaseReadsService } from './case-reads.service';
import { IdempotencyKey } from './idempotency-key.decorator';
import { OpenCaseDto } from './dto/open-case.dto';
import { ListCasesQuery } from './dto/list-cases.query';
import { CaseViewDto, OpenedCaseView } from './view/case.view';
import { LedgerPageView } from './view/ledger-page.view';

@ApiTags('cases')
@Controller('cases')
export class CasesController {
  constructor(
    private readonly opening: CaseOpeningService,
    private readonly reads: CaseReadsService,
    private readonly ledger: CaseLedgerService,
  ) {}

  @Post()
  @Permit('openCase')
  @HttpCode(201)
  @ApiOperation({ summary: 'Register a discovered hazard (发现/登记); starts its workflow' })
  @ApiIdempotencyKey(
    'retries with the same key return the same case (200), even concurrent ones; the same key with another request answers 422',
  )
  @ApiCreatedResponse({ type: OpenedCaseView, description: 'registered; Location names the case' })
  @ApiOkResponse({ type: OpenedCaseView, description: 'this Idempotency-Key opened it before' })
  @ApiErrors(422, 503)
  async open(
    @Body() body: OpenCaseDto,
    @CurrentUser() user: AuthenticatedUser,
    @IdempotencyKey() key: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    const opened = await this.opening.open(body, user, key);
    if (opened.replayed) response.status(200);
    response.location(`/cases/${opened.caseNumber}`);
    return opened;
  }

  @Get()
  @Permit('readLedger')
  @LogsRead('ledger.query', { except: ['officer'] })
  @ApiOperation({
    summary: 'The hazard ledger (隐患台账): filter, sort by due date, page by cursor',
  })
  @ApiOkResponse({ type: LedgerPageView })
  list(@Query() query: ListCasesQuery, @CurrentUser() user: AuthenticatedUser) {
    return this.ledger.list(query, user);
  }

  @Get(':caseNumber')
  @Permit('readCase')
  @LogsRead('case.detail')
  @ApiOperation({
    summary:
      'A case from its record (or its running workflow, when newer): state, obligations, every due date',
  })
  @ApiCaseNumberParam()
  @ApiOkResponse({ type: CaseViewDto })
  @ApiErrors(404, 503)
  get(@Param('caseNumber') caseNumber: string, @CurrentUser() user: AuthenticatedUser) {
    return this.reads.viewFor(caseNumber, user);
  }
}
