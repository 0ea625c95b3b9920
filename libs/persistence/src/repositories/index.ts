export {
  CaseNotificationRepository,
  type NotificationToQueue,
} from './case-notification.repository';
export {
  type HazardCaseRow,
  HazardCaseProjectionRepository,
} from './hazard-case-projection.repository';
