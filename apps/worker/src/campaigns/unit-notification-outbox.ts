import { type UnitNotification, unitKey } from '@firecase/domain';
import type { CaseNotificationRepository, NotificationToQueue } from '@firecase/persistence';

/** Who a unit notification is for when it names no unit: the sub-district's leaders. */
export const LEADERS_AUDIENCE = 'sub_district_leaders';

/**
 * The one place campaign, unit-supervision and report notifications meet the notification
 * channels: today the case_notification outbox (subject in `case_number`, the unit as `audience`,
 * e.g. `community:太白社区`). Issue 10's outbox (helper D's branch) takes notifications about no
 * case with explicit recipients and template params; at that merge this file alone changes to:
 * no caseNumber; `recipients` [{type:'department_leader', department}] for a department,
 * [{type:'community_staff', community}] for a community, the leaders' targets for none; `params`
 * { campaign, office: the unit's name, message: `text` (Chinese), …notification.params }, so that
 * its `campaign_warning` template ("{campaign}：工作提示" / "请{office}注意：{message}") reads them.
 */
export async function enqueueUnitNotifications(
  outbox: Pick<CaseNotificationRepository, 'enqueue'>,
  notifications: readonly UnitNotification[],
): Promise<void> {
  await outbox.enqueue(notifications.map(toOutboxRow));
}

export function toOutboxRow(notification: UnitNotification): NotificationToQueue {
  return {
    dedupeKey: notification.dedupeKey,
    caseNumber: notification.subject,
    audience: notification.unit ? unitKey(notification.unit) : LEADERS_AUDIENCE,
    kind: notification.kind,
    message: notification.message,
  };
}
