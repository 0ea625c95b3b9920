import { Injectable } from '@nestjs/common';
import { type RecipientTarget, templateOf } from '@firecase/notifications';
import { CaseNotificationRepository } from '../case-notification.repository';

/** A notification about no case (campaign warning, report, digest), addressed to people. */
export interface OutgoingNotification {
  /** Unique per notification: queuing the same key again sends nothing twice. */
  readonly dedupeKey: string;
  /** A kind with a template in @firecase/notifications' notification-templates.json. */
  readonly kind: string;
  readonly recipients: readonly RecipientTarget[];
  /** The template's named parameters (campaign, message, office, date …). */
  readonly params?: Readonly<Record<string, string>>;
  /** Optional: a case it is also about (its inbox item links there). */
  readonly caseNumber?: string;
  /** English, for the log. */
  readonly message: string;
}

export class OutgoingNotificationInvalid extends Error {}

/**
 * The way in for notifications not raised by a case workflow: users, a role in a department, a
 * department's leader (责任领导) or a community's staff. The dispatcher delivers them like case
 * notifications (in-app, e-mail, SMS per policy and preference); one that finds nobody is kept
 * as undeliverable for administrators.
 */
@Injectable()
export class NotificationOutbox {
  constructor(private readonly outbox: CaseNotificationRepository) {}

  /** Queues the notifications; answers how many were new. Throws on an unknown kind or no recipient. */
  async queue(notifications: readonly OutgoingNotification[]): Promise<number> {
    for (const n of notifications) {
      if (!templateOf(n.kind))
        throw new OutgoingNotificationInvalid(`no template for kind ${n.kind}`);
      if (n.recipients.length === 0) {
        throw new OutgoingNotificationInvalid(`${n.dedupeKey}: no recipients`);
      }
    }
    return this.outbox.enqueue(
      notifications.map((n) => ({
        dedupeKey: n.dedupeKey,
        kind: n.kind,
        message: n.message,
        caseNumber: n.caseNumber,
        params: n.params,
        recipients: n.recipients,
      })),
    );
  }
}
