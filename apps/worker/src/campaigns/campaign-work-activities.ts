import { Injectable } from '@nestjs/common';
import { Client } from '@temporalio/client';
import { AppConfig } from '@firecase/config';
import {
  CampaignRepository,
  NotificationOutbox,
  OrganisationRepository,
  ProgressReportRepository,
  ProgressReportStore,
  UnitFiguresRepository,
  UnitSupervisionRepository,
} from '@firecase/persistence';
import { createCampaignActivities } from './campaign.activities';
import { createReportActivities } from './report.activities';
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
    private readonly notifications: NotificationOutbox,
    private readonly figures: UnitFiguresRepository,
    private readonly supervisions: UnitSupervisionRepository,
    private readonly temporal: Client,
    private readonly reports: ProgressReportRepository,
    private readonly store: ProgressReportStore,
    private readonly config: AppConfig,
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
      ...createReportActivities({
        reports: this.reports,
        store: this.store,
        notifications,
        issuer: this.config.notices.issuer,
      }),
    };
  }
}
