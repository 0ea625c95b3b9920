import {
  DEPARTMENT_CODES,
  SUB_DISTRICT_LEADERS_LABEL,
  type UnitNotification,
  unitKey,
} from '@firecase/domain';
import type { RecipientTarget } from '@firecase/notifications';
import type { NotificationOutbox, OutgoingNotification } from '@firecase/persistence';

/** What `params.audience` says of a notification that names no unit: the sub-district's leaders. */
export const LEADERS_AUDIENCE = 'sub_district_leaders';

/**
 * The one place campaign, unit-supervision and report notifications meet issue 10's outbox: a
 * notification about no case, addressed to people. A community's notifications go to the
 * officers who cover it, a department's to its leader (责任领导), and those for the
 * sub-district's leaders (街道领导) to every department's leader. The kind's template
 * (notification-templates.json) reads `office` (whom it addresses), `message` (the Chinese
 * text) and the notification's own params (campaign, period, unit, supervision, report).
 * `subject` (the campaign code, the supervision number or the report) and `audience` (the unit's
 * key) stay in the params for the record and for tests; no case number, as no case is meant.
 */
export async function enqueueUnitNotifications(
  outbox: Pick<NotificationOutbox, 'queue'>,
  notifications: readonly UnitNotification[],
): Promise<void> {
  await outbox.queue(notifications.map(toOutgoing));
}

export function toOutgoing(notification: UnitNotification): OutgoingNotification {
  const { unit } = notification;
  return {
    dedupeKey: notification.dedupeKey,
    kind: notification.kind,
    recipients: recipientsOf(notification),
    params: {
      ...notification.params,
      subject: notification.subject,
      audience: unit ? unitKey(unit) : LEADERS_AUDIENCE,
      office: unit ? unit.name : SUB_DISTRICT_LEADERS_LABEL,
      message: notification.text,
    },
    message: notification.message,
  };
}

function recipientsOf({ unit }: UnitNotification): RecipientTarget[] {
  if (!unit)
    return DEPARTMENT_CODES.map((department) => ({ type: 'department_leader', department }));
  return unit.kind === 'community'
    ? [{ type: 'community_staff', community: unit.code }]
    : [{ type: 'department_leader', department: unit.code }];
}
