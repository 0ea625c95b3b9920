export { type CampaignRecord, CampaignRepository } from './campaign.repository';
