import { Injectable } from '@nestjs/common';
import { CampaignStatisticsRepository } from '@firecase/persistence';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { caseScopeOf } from '../authz/case-scope';
import { CampaignReadService } from '../campaigns/campaign-read.service';
import { StatisticsService } from './statistics.service';

/** Per-campaign and per-key-period figures: the campaign's cases, tasks and steps. */
@Injectable()
export class CampaignStatisticsService {
  constructor(
    private readonly campaigns: CampaignReadService,
    private readonly statistics: StatisticsService,
    private readonly periods: CampaignStatisticsRepository,
  ) {}

  async ofCampaign(code: string, user: AuthenticatedUser) {
    const campaign = await this.campaigns.get(code);
    const asOf = new Date().toISOString();
    const scope = caseScopeOf(user);
    const totals = await this.statistics.summary({ campaignId: code, scope }, asOf);
    const keyPeriods = await Promise.all(
      campaign.definition.keyPeriods.map(async (period) => {
        const steps = campaign.steps.filter((s) => s.id.startsWith(`${period.code}/`));
        const sent = (kind: string) =>
          steps
            .filter((s) => s.kind === kind && s.outcome === 'done')
            .reduce((n, s) => n + s.recipients, 0);
        return {
          code: period.code,
          name: period.name,
          startsAt: period.startsAt,
          endsAt: period.endsAt,
          calls: period.calls,
          ...(await this.periods.keyPeriod(code, period, asOf, scope)),
          warningsSent: sent('warning'),
          nightPatrolReminders: sent('night_patrol'),
          stepsSkipped: steps.filter((s) => s.outcome === 'skipped').length,
        };
      }),
    );
    return {
      campaign: {
        code,
        name: campaign.definition.name,
        status: campaign.status,
        startsAt: campaign.definition.startsAt,
        endsAt: campaign.definition.endsAt,
      },
      totals,
      keyPeriods,
    };
  }
}
