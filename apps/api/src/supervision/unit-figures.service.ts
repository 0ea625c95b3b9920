import { Injectable } from '@nestjs/common';
import { laggingReasons } from '@firecase/domain';
import { UnitFiguresRepository } from '@firecase/persistence';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { mayReadUnitSupervision } from '../authz/unit-scope';
import { CampaignReadService } from '../campaigns/campaign-read.service';

/** 督导考核: each unit's figures in a campaign and whether it lags by the campaign's policy. */
@Injectable()
export class UnitFiguresService {
  constructor(
    private readonly campaigns: CampaignReadService,
    private readonly figures: UnitFiguresRepository,
  ) {}

  async ofCampaign(code: string, user: AuthenticatedUser) {
    const campaign = await this.campaigns.record(code);
    const policy = campaign.definition.policy.supervision;
    const all = await this.figures.figures(code, new Date().toISOString());
    return all
      .filter((f) => mayReadUnitSupervision(user, f.unit))
      .map((f) => ({ ...f, lagging: laggingReasons(f, policy) }));
  }
}
