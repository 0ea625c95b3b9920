import { Injectable } from '@nestjs/common';
import { Client } from '@temporalio/client';
import {
  CampaignRepository,
  CaseNotificationRepository,
  OrganisationRepository,
  UnitFiguresRepository,
  UnitSupervisionRepository,
} from '@firecase/persistence';
import { createCampaignActivities } from './campaign.activities';
import { createUnitSupervisionActivities } from './unit-supervision.activities';

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
    private readonly figures: UnitFiguresRepository,
    private readonly supervisions: UnitSupervisionRepository,
    private readonly temporal: Client,
  ) {}

  create() {
    const { campaigns, organisation, notifications, figures, supervisions, temporal } = this;
    return {
      ...createCampaignActivities({
        campaigns,
        organisation,
        notifications,
        figures,
        supervisions,
        temporal,
      }),
      ...createUnitSupervisionActivities({ figures, supervisions, notifications }),
    };
  }
}
