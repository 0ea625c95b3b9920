import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/** A queued notification as the dispatcher expands it. */
export interface QueuedNotification {
  readonly id: string;
  readonly dedupeKey: string;
  readonly caseNumber: string | null;
  readonly audience: string | null;
  readonly kind: string;
  readonly params: Readonly<Record<string, string>>;
  readonly recipients: readonly unknown[] | null;
  readonly dispatchAttempts: number;
}

export interface DeliveryToCreate {
  readonly dedupeKey: string;
  readonly channel: 'in_app' | 'email' | 'sms';
  readonly recipientUserId?: string;
  readonly recipientName: string;
  readonly address?: string;
  readonly title: string;
  readonly body: string;
  readonly sms?: unknown;
  readonly status: 'pending' | 'sent' | 'skipped';
  readonly notBefore: Date;
  readonly note?: string;
}

/** A delivery a dispatcher has claimed: it owns the attempt until `claimedUntil`. */
export interface ClaimedDelivery {
  readonly id: string;
  readonly dedupeKey: string;
  readonly kind: string;
  readonly caseNumber: string | null;
  readonly channel: 'in_app' | 'email' | 'sms';
  readonly recipientName: string;
  readonly address: string;
  readonly title: string;
  readonly body: string;
  readonly sms: unknown;
  readonly attempts: number;
  /** The previous attempt was claimed and never answered: its dispatcher died mid-send. */
  readonly inDoubt: boolean;
  readonly firstAttemptAt: string;
}

/** A notification that fails to expand this often is kept as undeliverable, with the error. */
const MAX_EXPAND_ATTEMPTS = 10;

/** The pg_notify channel the API's server-sent events listen on: payload = the user's id. */
export const INBOX_CHANNEL = 'firecase_inbox';

/**
 * The dispatcher's SQL. Work is claimed with `FOR UPDATE SKIP LOCKED`, so any number of workers
 * share the queue and none waits on another's rows.
 */
@Injectable()
export class NotificationDispatchRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Expands queued notifications inside one transaction per batch: `expand` writes the
   * deliveries and marks each notification through `manager`; a crash rolls it all back.
   */
  async expandBatch(
    limit: number,
    expand: (manager: EntityManager, notification: QueuedNotification) => Promise<void>,
  ): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: Record<string, unknown>[] = await manager.query(
        `SELECT id, dedupe_key, case_number, audience, kind, params, recipients, dispatch_attempts
           FROM case_notification
          WHERE dispatched_at IS NULL AND next_dispatch_at <= now()
          ORDER BY next_dispatch_at, id LIMIT $1
          FOR UPDATE SKIP LOCKED`,
        [limit],
      );
      for (const row of rows) {
        // One notification that cannot be expanded must not hold up the others of its batch.
        await manager.query('SAVEPOINT expand_one');
        const notification: QueuedNotification = {
          id: String(row.id),
          dedupeKey: row.dedupe_key as string,
          caseNumber: (row.case_number as string | null) ?? null,
          audience: (row.audience as string | null) ?? null,
          kind: row.kind as string,
          params: (row.params as Record<string, string>) ?? {},
          recipients: (row.recipients as unknown[] | null) ?? null,
          dispatchAttempts: row.dispatch_attempts as number,
        };
        try {
          await expand(manager, notification);
          await manager.query('RELEASE SAVEPOINT expand_one');
        } catch (error) {
          await manager.query('ROLLBACK TO SAVEPOINT expand_one');
          const reason = `could not expand: ${error instanceof Error ? error.message : String(error)}`;
          if (notification.dispatchAttempts + 1 >= MAX_EXPAND_ATTEMPTS) {
            await this.markDispatched(manager, notification.id, reason);
          } else {
            await this.postpone(manager, notification.id, 30 * (notification.dispatchAttempts + 1), reason);
          }
        }
      }
      return rows.length;
    });
  }

  /** Inserts deliveries (a known dedupe key is skipped) and wakes the inboxes of new in-app ones. */
  async createDeliveries(
    manager: EntityManager,
    notification: QueuedNotification,
    deliveries: readonly DeliveryToCreate[],
  ): Promise<number> {
    let created = 0;
    for (const d of deliveries) {
      const rows: { id: string }[] = await manager.query(
        `INSERT INTO notification_delivery
           (dedupe_key, notification_id, case_number, kind, channel, recipient_user_id,
            recipient_name, address, title, body, sms, status, next_attempt_at, sent_at, last_error)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,
                 CASE WHEN $12 = 'sent' THEN now() END, $14)
         ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
        [
          d.dedupeKey,
          notification.id,
          notification.caseNumber,
          notification.kind,
          d.channel,
          d.recipientUserId ?? null,
          d.recipientName,
          d.address ?? null,
          d.title,
          d.body,
          d.sms === undefined ? null : JSON.stringify(d.sms),
          d.status,
          d.notBefore,
          d.note ?? null,
        ],
      );
      if (rows.length === 0) continue;
      created += 1;
      if (d.channel === 'in_app' && d.recipientUserId) {
        await manager.query(`SELECT pg_notify($1, $2)`, [INBOX_CHANNEL, d.recipientUserId]);
      }
    }
    return created;
  }

  async markDispatched(manager: EntityManager, id: string, undeliverable?: string) {
    await manager.query(
      `UPDATE case_notification SET dispatched_at = now(), undeliverable_reason = $2,
              dispatch_attempts = dispatch_attempts + 1 WHERE id = $1`,
      [id, undeliverable ?? null],
    );
  }

  /** Leaves a notification queued for later (its case is not in the read model yet). */
  async postpone(manager: EntityManager, id: string, seconds: number, reason: string) {
    await manager.query(
      `UPDATE case_notification SET next_dispatch_at = now() + make_interval(secs => $2),
              dispatch_attempts = dispatch_attempts + 1, undeliverable_reason = $3 WHERE id = $1`,
      [id, seconds, reason],
    );
  }

  /**
   * Claims deliveries that are due, and those whose claim expired with no answer recorded (their
   * dispatcher died mid-send: in doubt). The claim is committed before anything is sent, so a
   * crash leaves a trace that the attempt may have reached the provider.
   */
  async claimDeliveries(limit: number, leaseSeconds: number): Promise<ClaimedDelivery[]> {
    // An UPDATE answers [rows, count] through TypeORM's query().
    const [rows]: [Record<string, unknown>[], number] = await this.dataSource.query(
      `WITH due AS (
         SELECT id, status = 'sending' AS in_doubt FROM notification_delivery
          WHERE (status IN ('pending', 'failed') AND next_attempt_at <= now())
             OR (status = 'sending' AND claimed_until < now())
          ORDER BY next_attempt_at, id LIMIT $1
          FOR UPDATE SKIP LOCKED)
       UPDATE notification_delivery d
          SET status = 'sending', attempts = d.attempts + 1, updated_at = now(),
              claimed_until = now() + make_interval(secs => $2)
         FROM due WHERE d.id = due.id
       RETURNING d.id, d.dedupe_key, d.kind, d.case_number, d.channel, d.recipient_name,
                 d.address, d.title, d.body, d.sms, d.attempts, d.created_at, due.in_doubt`,
      [limit, leaseSeconds],
    );
    return rows.map((row) => ({
      id: String(row.id),
      dedupeKey: row.dedupe_key as string,
      kind: row.kind as string,
      caseNumber: (row.case_number as string | null) ?? null,
      channel: row.channel as ClaimedDelivery['channel'],
      recipientName: row.recipient_name as string,
      address: row.address as string,
      title: row.title as string,
      body: row.body as string,
      sms: row.sms,
      attempts: row.attempts as number,
      inDoubt: row.in_doubt as boolean,
      firstAttemptAt: (row.created_at as Date).toISOString(),
    }));
  }

  async recordSent(id: string, providerId: string | undefined, note?: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE notification_delivery SET status = 'sent', sent_at = now(), provider_id = $2,
              claimed_until = NULL, last_error = coalesce($3, last_error), updated_at = now()
        WHERE id = $1 AND status = 'sending'`,
      [id, providerId ?? null, note ?? null],
    );
  }

  /** `retryAt` undefined: given up for good. */
  async recordFailure(id: string, answer: string, retryAt: Date | undefined): Promise<void> {
    await this.dataSource.query(
      `UPDATE notification_delivery
          SET status = CASE WHEN $3::timestamptz IS NULL THEN 'gave_up' ELSE 'failed' END,
              next_attempt_at = coalesce($3::timestamptz, next_attempt_at), last_error = $2,
              claimed_until = NULL, updated_at = now()
        WHERE id = $1 AND status = 'sending'`,
      [id, answer, retryAt ?? null],
    );
  }

  /** Puts a claimed delivery back to wait (quiet hours reached while it was queued). */
  async deferClaimed(id: string, until: Date): Promise<void> {
    await this.dataSource.query(
      `UPDATE notification_delivery SET status = 'pending', attempts = attempts - 1,
              next_attempt_at = $2, claimed_until = NULL, updated_at = now()
        WHERE id = $1 AND status = 'sending'`,
      [id, until],
    );
  }
}
