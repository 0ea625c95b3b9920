import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Permit } from '../authz/permit.decorator';
import { ApiErrors } from '../openapi/api-errors.decorator';
import { ApiCampaignCodeParam } from '../campaigns/campaign-params';
import { CampaignStatisticsService } from './campaign-statistics.service';
import { StatisticsQuery } from './statistics.query';
import { StatisticsService } from './statistics.service';
import { CampaignStatisticsView, StatisticsSummaryView } from './statistics.view';

@ApiTags('statistics')
@ApiErrors(404)
@Controller('statistics')
export class StatisticsController {
  constructor(
    private readonly statistics: StatisticsService,
    private readonly campaigns: CampaignStatisticsService,
  ) {}

  @Get()
  @Permit('readStatistics')
  @ApiOperation({
    summary:
      '统计: counts by status, category, type, severity, community, grid, department, month; 整改率; 三色',
  })
  @ApiOkResponse({ type: StatisticsSummaryView })
  summary(@Query() query: StatisticsQuery, @CurrentUser() user: AuthenticatedUser) {
    return this.statistics.summary(this.statistics.filterOf(query, user));
  }

  @Get('campaigns/:code')
  @ApiCampaignCodeParam()
  @Permit('readStatistics')
  @ApiOperation({ summary: 'A campaign’s figures, and each key period’s cases, tasks and steps' })
  @ApiOkResponse({ type: CampaignStatisticsView })
  campaign(@Param('code') code: string, @CurrentUser() user: AuthenticatedUser) {
    return this.campaigns.ofCampaign(code, user);
  }
}
