import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export interface NotificationToQueue {
  readonly dedupeKey: string;
  readonly caseNumber: string;
  readonly audience: string;
  readonly kind: string;
  readonly message: string;
}

/** The notification outbox; queuing the same dedupe key twice is a no-op. */
@Injectable()
export class CaseNotificationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async enqueue(notifications: readonly NotificationToQueue[]): Promise<number> {
    if (notifications.length === 0) return 0;
    const result: unknown[] = await this.dataSource.query(
      `INSERT INTO case_notification (dedupe_key, case_number, audience, kind, message)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING id`,
      [
        notifications.map((n) => n.dedupeKey),
        notifications.map((n) => n.caseNumber),
        notifications.map((n) => n.audience),
        notifications.map((n) => n.kind),
        notifications.map((n) => n.message),
      ],
    );
    return result.length;
  }
}
