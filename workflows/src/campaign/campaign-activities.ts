import { proxyActivities } from '@temporalio/workflow';
import type { CampaignActivities } from '@firecase/contract';

/** Reading the organisation and the read model is quick; it runs while a step fires. */
export const {
  campaignUnits,
  claimCampaignCases,
  assessCampaignUnits,
  reserveSupervisionNumber,
  startUnitSupervision,
} = proxyActivities<CampaignActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

/** The read model and notifications must land eventually: retry until they do. */
export const { projectCampaign, deliverUnitNotifications } = proxyActivities<CampaignActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '5 minutes' },
});
