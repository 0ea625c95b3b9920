import type { UnitRef } from './unit';

/**
 * What a campaign or a unit supervision case asks the notification channels to deliver. The
 * user sees `title` and `text` (Chinese); `message` is English, for the log. `dedupeKey` makes
 * a retried activity or a replayed workflow deliver it once.
 */
export interface UnitNotification {
  /** The campaign code or the supervision case number it is about. */
  readonly subject: string;
  /** A unit, or the sub-district's leaders (街道领导) when absent. */
  readonly unit?: UnitRef;
  readonly kind: UnitNotificationKind;
  readonly title: string;
  readonly text: string;
  readonly message: string;
  readonly dedupeKey: string;
  readonly params: Readonly<Record<string, string>>;
}

export type UnitNotificationKind =
  | 'campaign_warning' // 消防安全提示
  | 'sweep_task_opened' // 集中检查任务
  | 'sweep_task_overdue'
  | 'night_patrol_reminder' // 夜查提醒
  | 'supervision_opened' // 督办
  | 'supervision_notice' // 督办通知
  | 'supervision_criticism' // 通报批评
  | 'supervision_interview' // 约谈
  | 'supervision_rung_overdue'
  | 'supervision_commitment_missed'
  | 'supervision_closed'
  | 'progress_report'; // 工作进展情况
