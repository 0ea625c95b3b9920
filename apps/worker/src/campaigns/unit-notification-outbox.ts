import { type UnitNotification, unitKey } from '@firecase/domain';
import type { CaseNotificationRepository, NotificationToQueue } from '@firecase/persistence';

/** Who a unit notification is for when it names no unit: the sub-district's leaders. */
export const LEADERS_AUDIENCE = 'sub_district_leaders';

/**
 * The one place campaign and unit-supervision notifications meet the notification channels:
 * today the case_notification outbox (subject in `case_number`, the unit as `audience`, e.g.
 * `community:太白社区`). The Chinese title and text travel in `params` once the outbox has them
 * (issue 10); until then they stay in the campaign's own timeline. Switching to the notification
 * module's enqueue function is a change to this file only.
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
