export {
  CampaignStatisticsRepository,
  type KeyPeriodCounts,
} from './campaign-statistics.repository';
export { CaseStatisticsRepository } from './case-statistics.repository';
export { type CaseCounts, needsCaseRows, type StatisticsFilter } from './statistics-filter';
