import type { Unit } from './unit';

/**
 * What a campaign, a unit supervision case or a report asks the notification channels to
 * deliver. Users read the kind's template (libs/notifications), filled from `params` and with
 * `text` (Chinese, without a salutation: the template addresses the unit) as its message; `title`
 * is the same heading for the workflow's own record. `message` is English, for the log.
 * `dedupeKey` makes a retried activity or a replayed workflow deliver it once.
 */
export interface UnitNotification {
  /** The campaign code or the supervision case number it is about. */
  readonly subject: string;
  /** A unit (with the name it is addressed by), or the sub-district's leaders (街道领导) when absent. */
  readonly unit?: Unit;
  readonly kind: UnitNotificationKind;
  readonly title: string;
  readonly text: string;
  readonly message: string;
  readonly dedupeKey: string;
  readonly params: Readonly<Record<string, string>>;
}

/** Every kind a campaign, a unit supervision case or a report sends; each has a template. */
export const UNIT_NOTIFICATION_KINDS = [
  'campaign_warning', // 消防安全提示
  'sweep_task_opened', // 集中检查任务
  'sweep_task_overdue',
  'night_patrol_reminder', // 夜查提醒
  'supervision_opened', // 督办
  'supervision_notice', // 督办通知
  'supervision_criticism', // 通报批评
  'supervision_interview', // 约谈
  'supervision_rung_overdue',
  'supervision_commitment_missed',
  'supervision_closed',
  'progress_report', // 工作进展情况
] as const;
export type UnitNotificationKind = (typeof UNIT_NOTIFICATION_KINDS)[number];
