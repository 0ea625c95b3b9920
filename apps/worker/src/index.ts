export { createCaseActivities } from './activities/case.activities';
export { createSystemActivities } from './activities/system.activities';
export { TemporalWorkerService } from './temporal-worker.service';
export { WORKFLOW_BUNDLE_OPTIONS } from './workflow-bundle';
export { WorkerModule } from './worker.module';
export { createCampaignActivities } from './campaigns/campaign.activities';
export { createUnitSupervisionActivities } from './campaigns/unit-supervision.activities';
export { createReportActivities } from './campaigns/report.activities';
export { ensureReportSchedule, reportScheduleSpec } from './campaigns/report-schedules';
