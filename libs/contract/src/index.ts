export {
  BENCHMARK_BASELINE_WORKFLOW,
  benchmarkBaselineWorkflowId,
  benchmarkFinishSignal,
  benchmarkTouchUpdate,
} from './benchmark-baseline';
export {
  CASE_NUMBER_PATTERN,
  CASE_RULE_VIOLATION,
  CASE_UPDATES,
  type CaseActivities,
  type CaseOutcome,
  type CaseView,
  caseWorkflowId,
  getCaseQuery,
  HAZARD_CASE_WORKFLOW,
  type HazardCaseWorkflowInput,
  NON_RETRYABLE_ACTIVITY_ERRORS,
  type NoticeActivities,
  statutoryYearLoadedSignal,
} from './hazard-case';
export { CASE_SEARCH_ATTRIBUTE_REGISTRATIONS, CaseSearchAttributes } from './search-attributes';
export { CASE_TASK_QUEUE } from './task-queues';
export {
  type SystemActivities,
  WIRING_CHECK_WORKFLOW,
  type WiringCheckResult,
  wiringCheckWorkflowId,
} from './wiring-check';
export {
  CAMPAIGN_RULE_VIOLATION,
  CAMPAIGN_UPDATES,
  CAMPAIGN_WORKFLOW,
  type CampaignActivities,
  type CampaignView,
  type CampaignWorkflowInput,
  campaignWorkflowId,
  getCampaignQuery,
} from './campaign';
export {
  getSupervisionQuery,
  SUPERVISION_NUMBER_PATTERN,
  SUPERVISION_RULE_VIOLATION,
  SUPERVISION_UPDATES,
  UNIT_SUPERVISION_WORKFLOW,
  type UnitSupervisionActivities,
  type UnitSupervisionView,
  type UnitSupervisionWorkflowInput,
} from './unit-supervision';
export {
  type GeneratedReport,
  PROGRESS_REPORT_WORKFLOW,
  type ProgressReportWorkflowInput,
  REPORT_SCHEDULE_IDS,
  type ReportActivities,
} from './progress-report';
export {
  type CalendarActivities,
  STATUTORY_YEAR_RECOUNT_WORKFLOW,
  type StatutoryYearRecountInput,
  type StatutoryYearRecountResult,
  statutoryYearRecountWorkflowId,
} from './statutory-calendar';
export {
  DAILY_DIGEST_SCHEDULE_ID,
  DAILY_DIGEST_WORKFLOW,
  DAILY_DIGEST_WORKFLOW_ID,
  type DailyDigestResult,
  type DigestActivities,
} from './notifications';
