export { createCalendarActivities } from './activities/calendar.activities';
export { createCaseActivities } from './activities/case.activities';
export { createNoticeActivities } from './activities/notice.activities';
export type { StatutoryCalendarSource } from './activities/deadline-planner';
export { createSystemActivities } from './activities/system.activities';
export { TemporalWorkerService } from './temporal-worker.service';
export { WORKFLOW_BUNDLE_OPTIONS } from './workflow-bundle';
export { WorkerModule } from './worker.module';
