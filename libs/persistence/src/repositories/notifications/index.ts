export {
  type DeliveryRecord,
  DeliveryLogRepository,
  type UndeliverableNotification,
} from './delivery-log.repository';
export { type InboxItem, InboxRepository } from './inbox.repository';
export {
  type ClaimedDelivery,
  type DeliveryToCreate,
  INBOX_CHANNEL,
  NotificationDispatchRepository,
  type QueuedNotification,
} from './notification-dispatch.repository';
export {
  type NotificationPreference,
  NotificationPreferenceRepository,
} from './notification-preference.repository';
export {
  type DirectoryTarget,
  type Person,
  RecipientDirectoryRepository,
} from './recipient-directory.repository';
export { CaseSnapshotRepository, type OpenCaseSummary } from './case-snapshot.repository';
export {
  NotificationOutbox,
  type OutgoingNotification,
  OutgoingNotificationInvalid,
} from './notification-outbox';
