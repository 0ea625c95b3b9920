import { Injectable } from '@nestjs/common';
import {
  CampaignRepository,
  CaseNotificationRepository,
  OrganisationRepository,
} from '@firecase/persistence';
import { createCampaignActivities } from './campaign.activities';

/**
 * Every activity of the campaign, unit-supervision and report workflows over Nest-injected
 * repositories: the worker registers `create()` beside the case activities.
 */
@Injectable()
export class CampaignWorkActivities {
  constructor(
    private readonly campaigns: CampaignRepository,
    private readonly organisation: OrganisationRepository,
    private readonly notifications: CaseNotificationRepository,
  ) {}

  create() {
    return {
      ...createCampaignActivities({
        campaigns: this.campaigns,
        organisation: this.organisation,
        notifications: this.notifications,
      }),
    };
  }
}
