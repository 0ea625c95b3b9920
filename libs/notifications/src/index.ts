export { beijingDate, beijingTime } from './beijing-time';
export { caseTemplateParams } from './case-template-params';
export {
  CHANNELS,
  type Channel,
  DELIVERY_STATUSES,
  type DeliveryStatus,
  isChannel,
} from './channels';
export {
  backoffSeconds,
  DEFAULT_NOTIFICATION_POLICY,
  type NotificationPolicy,
  staffChannelsFor,
  withQuietHours,
} from './notification-policy';
export {
  fill,
  type NotificationTemplate,
  placeholdersOf,
  renderNotification,
  type RenderedNotification,
  type SmsTemplate,
  TEMPLATE_KINDS,
  TEMPLATE_PARAMETERS,
  type TemplateParameter,
  type TemplateParams,
  templateOf,
} from './notification-templates';
export { smsNotBefore } from './quiet-hours';
export {
  type CaseForRecipients,
  type RecipientTarget,
  targetsOfAudience,
} from './recipient-target';
