import { Body, Controller, Get, Param, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Permit } from '../authz/permit.decorator';
import { ApiErrors } from '../openapi/api-errors.decorator';
import { ApiCampaignCodeParam, ApiSupervisionNumberParam } from '../campaigns/campaign-params';
import { CriticismNoticeService } from './criticism-notice.service';
import {
  CloseSupervisionDto,
  IssueCriticismDto,
  IssueSupervisionNoticeDto,
  ListSupervisionQuery,
  RecordUnitInterviewDto,
  ScheduleUnitInterviewDto,
} from './dto/supervision-actions.dto';
import {
  IssuedCriticismView,
  SupervisionCaseRecordView,
  UnitStandingView,
  UnitSupervisionStateView,
} from './supervision.view';
import { SubjectAuditEventView } from '../campaigns/campaign.view';
import { UnitFiguresService } from './unit-figures.service';
import { UnitSupervisionService } from './unit-supervision.service';

@ApiTags('unit supervision')
// 409: refused by the supervision case (`code`); 503: Temporal or the worker cannot take it now.
@ApiErrors(404, 409, 503)
@Controller()
export class SupervisionController {
  constructor(
    private readonly supervision: UnitSupervisionService,
    private readonly criticism: CriticismNoticeService,
    private readonly figures: UnitFiguresService,
  ) {}

  @Get('campaigns/:code/units')
  @ApiCampaignCodeParam()
  @Permit('readSupervision')
  @ApiOperation({ summary: '督导考核: every unit’s figures in the campaign, and why it lags' })
  @ApiOkResponse({ type: [UnitStandingView] })
  units(@Param('code') code: string, @CurrentUser() user: AuthenticatedUser) {
    return this.figures.ofCampaign(code, user);
  }

  @Get('supervision-cases')
  @Permit('readSupervision')
  @ApiOperation({ summary: 'Unit supervision cases (督办), open ones first by next due date' })
  @ApiOkResponse({ type: [SupervisionCaseRecordView] })
  list(@Query() query: ListSupervisionQuery, @CurrentUser() user: AuthenticatedUser) {
    return this.supervision.list(
      {
        campaignCode: query.campaign,
        status: query.status,
        unitKind: query.unitKind,
        unitCode: query.unitCode,
      },
      user,
    );
  }

  @Get('supervision-cases/:number')
  @ApiSupervisionNumberParam()
  @Permit('readSupervision')
  @ApiOperation({ summary: 'A unit supervision case: its rungs, due dates, figures, who acted' })
  @ApiOkResponse({ type: SupervisionCaseRecordView })
  get(@Param('number') number: string, @CurrentUser() user: AuthenticatedUser) {
    return this.supervision.get(number, user);
  }

  @Get('supervision-cases/:number/history')
  @ApiSupervisionNumberParam()
  @Permit('readSupervision')
  @ApiOperation({ summary: 'The audit trail of a unit supervision case' })
  @ApiOkResponse({ type: [SubjectAuditEventView] })
  history(@Param('number') number: string, @CurrentUser() user: AuthenticatedUser) {
    return this.supervision.history(number, user);
  }

  @Post('supervision-cases/:number/supervision-notice')
  @ApiSupervisionNumberParam()
  @Permit('actOnSupervision')
  @ApiOperation({ summary: '督办通知: issued to the unit' })
  @ApiCreatedResponse({ type: UnitSupervisionStateView })
  notice(
    @Param('number') number: string,
    @Body() body: IssueSupervisionNoticeDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.supervision.perform(number, 'issueSupervisionNotice', user, {
      summary: body.summary,
      evidence: body.evidence ?? [],
    });
  }

  @Post('supervision-cases/:number/criticism')
  @ApiSupervisionNumberParam()
  @Permit('actOnSupervision')
  @ApiOperation({ summary: '通报批评: issue the numbered notice PDF and record the rung' })
  @ApiCreatedResponse({ type: IssuedCriticismView })
  criticise(
    @Param('number') number: string,
    @Body() body: IssueCriticismDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.criticism.issue(number, user, body);
  }

  @Get('supervision-cases/:number/criticism.pdf')
  @ApiSupervisionNumberParam()
  @Permit('readSupervision')
  @ApiOkResponse({
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiOperation({ summary: 'The criticism notice (通报批评) of a unit supervision case' })
  async criticismPdf(@Param('number') number: string, @CurrentUser() user: AuthenticatedUser) {
    const notice = await this.criticism.pdf(number, user);
    return new StreamableFile(notice.pdf, {
      type: 'application/pdf',
      length: notice.pdf.length,
      disposition: `inline; filename*=UTF-8''${encodeURIComponent(notice.noticeNo)}.pdf`,
    });
  }

  @Post('supervision-cases/:number/interview')
  @ApiSupervisionNumberParam()
  @Permit('actOnSupervision')
  @ApiOperation({ summary: '约谈单位负责人: schedule it' })
  @ApiCreatedResponse({ type: UnitSupervisionStateView })
  schedule(
    @Param('number') number: string,
    @Body() body: ScheduleUnitInterviewDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.supervision.perform(number, 'scheduleInterview', user, {
      at: new Date(body.at).toISOString(),
      location: body.location,
      interviewee: body.interviewee,
    });
  }

  @Post('supervision-cases/:number/interview/outcome')
  @ApiSupervisionNumberParam()
  @Permit('actOnSupervision')
  @ApiOperation({ summary: '约谈: held, its outcome and the date the unit commits to' })
  @ApiCreatedResponse({ type: UnitSupervisionStateView })
  interviewed(
    @Param('number') number: string,
    @Body() body: RecordUnitInterviewDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.supervision.perform(number, 'recordInterview', user, {
      ...(body.heldAt ? { heldAt: new Date(body.heldAt).toISOString() } : {}),
      outcome: body.outcome,
      committedDate: body.committedDate,
      evidence: body.evidence ?? [],
    });
  }

  @Post('supervision-cases/:number/closure')
  @ApiSupervisionNumberParam()
  @Permit('actOnSupervision')
  @ApiOperation({ summary: 'Close a unit supervision case with a reason' })
  @ApiCreatedResponse({ type: UnitSupervisionStateView })
  close(
    @Param('number') number: string,
    @Body() body: CloseSupervisionDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.supervision.perform(number, 'closeSupervision', user, { reason: body.reason });
  }
}
