import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export interface NotificationToQueue {
  readonly dedupeKey: string;
  /** Absent for a notification about no case; then `recipients` says whom it is for. */
  readonly caseNumber?: string;
  readonly audience?: string;
  readonly kind: string;
  readonly message: string;
  /** Named template parameters (deadlineAt, rungKind, officerUserId, campaign, message …). */
  readonly params?: Readonly<Record<string, string>>;
  /** Explicit recipient targets (see @firecase/notifications RecipientTarget). */
  readonly recipients?: readonly unknown[];
}

/** The notification outbox; queuing the same dedupe key twice is a no-op. */
@Injectable()
export class CaseNotificationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async enqueue(notifications: readonly NotificationToQueue[]): Promise<number> {
    if (notifications.length === 0) return 0;
    const result: unknown[] = await this.dataSource.query(
      `INSERT INTO case_notification
         (dedupe_key, case_number, audience, kind, message, params, recipients)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[],
                            $6::jsonb[], $7::jsonb[])
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING id`,
      [
        notifications.map((n) => n.dedupeKey),
        notifications.map((n) => n.caseNumber ?? null),
        notifications.map((n) => n.audience ?? null),
        notifications.map((n) => n.kind),
        notifications.map((n) => n.message),
        notifications.map((n) => JSON.stringify(n.params ?? {})),
        notifications.map((n) => (n.recipients ? JSON.stringify(n.recipients) : null)),
      ],
    );
    return result.length;
  }
}
