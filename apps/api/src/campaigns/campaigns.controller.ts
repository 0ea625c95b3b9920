import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Permit } from '../authz/permit.decorator';
import { ApiErrors } from '../openapi/api-errors.decorator';
import { ApiCampaignCodeParam, ApiSweepTaskIdParam } from './campaign-params';
import { CampaignDefinitionService } from './campaign-definition.service';
import {
  CampaignResponseView,
  RecordedInspectionView,
  SubjectAuditEventView,
  SweepTaskView,
} from './campaign.view';
import { CampaignReadService } from './campaign-read.service';
import { DefineCampaignDto } from './dto/define-campaign.dto';
import { ListTasksQuery } from './dto/list-tasks.query';
import { CancelCampaignDto, RecordInspectionDto } from './dto/record-inspection.dto';
import { SweepInspectionService } from './sweep-inspection.service';

@ApiTags('campaigns')
// 409: refused by the campaign (`code`); 503: Temporal or the worker cannot take it now.
@ApiErrors(404, 409, 503)
@Controller('campaigns')
export class CampaignsController {
  constructor(
    private readonly definitions: CampaignDefinitionService,
    private readonly reads: CampaignReadService,
    private readonly sweeps: SweepInspectionService,
  ) {}

  @Post()
  @Permit('defineCampaign')
  @HttpCode(201)
  @ApiOperation({
    summary: 'Define a campaign (专项行动) and start its workflow; same content again is a no-op',
  })
  @ApiCreatedResponse({ type: CampaignResponseView, description: 'defined; its workflow started' })
  @ApiOkResponse({ type: CampaignResponseView, description: 'the same definition again: kept' })
  async define(
    @Body() body: DefineCampaignDto,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) response: Response,
  ) {
    const { created, campaign } = await this.definitions.define(body, user);
    if (!created) response.status(200);
    response.location(`/campaigns/${campaign.code}`);
    return campaign;
  }

  @Get()
  @Permit('readCampaigns')
  @ApiOperation({ summary: 'Every campaign, newest first' })
  @ApiOkResponse({ type: [CampaignResponseView] })
  list() {
    return this.reads.list();
  }

  @Get(':code')
  @ApiCampaignCodeParam()
  @Permit('readCampaigns')
  @ApiOperation({
    summary: 'A campaign: definition, status, steps carried out or skipped, sweep tasks',
  })
  @ApiOkResponse({ type: CampaignResponseView })
  get(@Param('code') code: string) {
    return this.reads.get(code);
  }

  @Get(':code/tasks')
  @ApiCampaignCodeParam()
  @Permit('readCampaigns')
  @ApiOperation({ summary: 'Sweep tasks (集中检查任务) of a campaign' })
  @ApiOkResponse({ type: [SweepTaskView] })
  tasks(@Param('code') code: string, @Query() query: ListTasksQuery) {
    return this.reads.tasks(code, query);
  }

  @Get(':code/history')
  @ApiCampaignCodeParam()
  @Permit('readCampaigns')
  @ApiOperation({ summary: "The campaign's audit trail: every step and inspection, who and when" })
  @ApiOkResponse({ type: [SubjectAuditEventView] })
  history(@Param('code') code: string) {
    return this.reads.history(code);
  }

  @Post(':code/tasks/:taskId/inspection')
  @ApiCampaignCodeParam()
  @ApiSweepTaskIdParam()
  @Permit('recordSweepInspection')
  @ApiOperation({
    summary: 'Record the inspection that does a sweep task, registering its hazards',
  })
  @ApiCreatedResponse({ type: RecordedInspectionView })
  inspect(
    @Param('code') code: string,
    @Param('taskId') taskId: string,
    @Body() body: RecordInspectionDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.sweeps.record(code, taskId, body, user);
  }

  @Post(':code/cancellation')
  @ApiCampaignCodeParam()
  @Permit('cancelCampaign')
  @ApiOperation({ summary: 'Cancel a campaign: no more steps; open tasks are cancelled' })
  @ApiCreatedResponse({ type: CampaignResponseView })
  cancel(
    @Param('code') code: string,
    @Body() body: CancelCampaignDto,
    @CurrentUser() user: AuthenticatedUser,
  ) {
    return this.sweeps.cancel(code, body.reason, user);
  }
}
