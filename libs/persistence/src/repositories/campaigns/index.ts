export { type CampaignRecord, CampaignRepository } from './campaign.repository';
export { campaignMemberSql } from './campaign-membership.sql';
export {
  type CriticismNoticeDocument,
  CriticismNoticeRepository,
} from './criticism-notice.repository';
export { UnitFiguresRepository } from './unit-figures.repository';
export {
  type SupervisionCaseRecord,
  type SupervisionFilter,
  UnitSupervisionRepository,
} from './unit-supervision.repository';
