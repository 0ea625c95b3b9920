import type { CampaignDefinition } from './campaign';
import { type CampaignState, recordCampaignEvent } from './campaign-state';

/** The state a campaign workflow starts with: nothing fired yet. */
export function newCampaignState(campaign: CampaignDefinition): CampaignState {
  const state: CampaignState = {
    campaign,
    status: 'scheduled',
    revision: 0,
    steps: [],
    tasks: [],
    supervisions: [],
    events: [],
  };
  recordCampaignEvent(
    state,
    campaign.definedAt,
    'campaign_defined',
    campaign.definedBy,
    `制定${campaign.name}，重点时段${campaign.keyPeriods.length}个`,
    { policyVersion: campaign.policy.version },
  );
  return state;
}
