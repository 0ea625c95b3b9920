import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '@firecase/domain';
import { ActingUser } from '../identity/acting-user.decorator';
import { ACTING_USER_HEADERS } from '../identity/acting-user.headers';
import { CaseActionsService } from './case-actions.service';
import { CaseLedgerService } from './case-ledger.service';
import { CaseOpeningService } from './case-opening.service';
import { IdempotencyKey } from './idempotency-key.decorator';
import { OpenCaseDto } from './dto/open-case.dto';
import { ListCasesQuery } from './dto/list-cases.query';

@ApiTags('cases')
@ACTING_USER_HEADERS
@Controller('cases')
export class CasesController {
  constructor(
    private readonly opening: CaseOpeningService,
    private readonly actions: CaseActionsService,
    private readonly ledger: CaseLedgerService,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Register a discovered hazard (发现/登记); starts its workflow' })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'retries with the same key return the same case',
  })
  async open(
    @Body() body: OpenCaseDto,
    @ActingUser() actor: Actor,
    @IdempotencyKey() key: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ) {
    const opened = await this.opening.open(body, actor, key);
    if (opened.replayed) response.status(200);
    response.location(`/cases/${opened.caseNumber}`);
    return opened;
  }

  @Get()
  @ApiOperation({
    summary: 'The hazard ledger (隐患台账): filter, sort by due date, page by cursor',
  })
  list(@Query() query: ListCasesQuery) {
    return this.ledger.list(query);
  }

  @Get(':caseNumber')
  @ApiOperation({ summary: 'A case as its workflow holds it: state, obligations, every due date' })
  get(@Param('caseNumber') caseNumber: string) {
    return this.actions.view(caseNumber);
  }
}
