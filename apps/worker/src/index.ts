export { createCaseActivities } from './activities/case.activities';
export { createSystemActivities } from './activities/system.activities';
export { TemporalWorkerService } from './temporal-worker.service';
export { WORKFLOW_BUNDLE_OPTIONS } from './workflow-bundle';
export { WorkerModule } from './worker.module';
export { NotificationDispatcherService } from './notifications/notification-dispatcher.service';
export { createDigestActivities } from './notifications/digest/digest.activities';
export { ensureDigestSchedule } from './notifications/digest/digest-schedule';
