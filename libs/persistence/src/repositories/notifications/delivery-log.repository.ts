import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** One delivery as auditors and administrators read it: who was told what, when, how. */
export interface DeliveryRecord {
  readonly id: string;
  readonly notificationId: string;
  readonly caseNumber: string | null;
  readonly kind: string;
  readonly channel: string;
  readonly recipientUserId: string | null;
  readonly recipientName: string;
  readonly address: string | null;
  readonly title: string;
  readonly body: string;
  readonly status: string;
  readonly attempts: number;
  readonly lastError: string | null;
  readonly providerId: string | null;
  readonly createdAt: string;
  readonly sentAt: string | null;
  readonly nextAttemptAt: string;
}

export interface UndeliverableNotification {
  readonly id: string;
  readonly caseNumber: string | null;
  readonly audience: string | null;
  readonly kind: string;
  readonly message: string;
  readonly reason: string;
  readonly createdAt: string;
}

const COLUMNS = `id, notification_id, case_number, kind, channel, recipient_user_id, recipient_name,
                 address, title, body, status, attempts, last_error, provider_id, created_at,
                 sent_at, next_attempt_at`;

/** Reads of deliveries for the case history and the administrators' views; one retry action. */
@Injectable()
export class DeliveryLogRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async ofCase(caseNumber: string): Promise<DeliveryRecord[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM notification_delivery WHERE case_number = $1 ORDER BY id`,
      [caseNumber],
    );
    return rows.map(toDelivery);
  }

  /** Failed (retrying) and given-up deliveries, newest first. */
  async failed(limit: number, beforeId?: string): Promise<DeliveryRecord[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM notification_delivery
        WHERE status IN ('failed', 'gave_up') AND ($1::bigint IS NULL OR id < $1)
        ORDER BY id DESC LIMIT $2`,
      [beforeId ?? null, limit],
    );
    return rows.map(toDelivery);
  }

  /** Sends a failed or given-up delivery again now, with a fresh count of tries. */
  async retry(id: string): Promise<DeliveryRecord | undefined> {
    if (!/^\d{1,18}$/.test(id)) return undefined;
    const [rows]: [Record<string, unknown>[], number] = await this.dataSource.query(
      `UPDATE notification_delivery SET status = 'pending', attempts = 0, next_attempt_at = now(),
              updated_at = now()
        WHERE id = $1 AND status IN ('failed', 'gave_up') RETURNING ${COLUMNS}`,
      [id],
    );
    return rows.length ? toDelivery(rows[0]) : undefined;
  }

  async find(id: string): Promise<DeliveryRecord | undefined> {
    if (!/^\d{1,18}$/.test(id)) return undefined;
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM notification_delivery WHERE id = $1`,
      [id],
    );
    return rows.length ? toDelivery(rows[0]) : undefined;
  }

  /** Notifications that found nobody to tell, newest first. */
  async undeliverable(limit: number): Promise<UndeliverableNotification[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT id, case_number, audience, kind, message, undeliverable_reason, created_at
         FROM case_notification WHERE undeliverable_reason IS NOT NULL
        ORDER BY id DESC LIMIT $1`,
      [limit],
    );
    return rows.map((row) => ({
      id: String(row.id),
      caseNumber: (row.case_number as string | null) ?? null,
      audience: (row.audience as string | null) ?? null,
      kind: row.kind as string,
      message: row.message as string,
      reason: row.undeliverable_reason as string,
      createdAt: (row.created_at as Date).toISOString(),
    }));
  }
}

function toDelivery(row: Record<string, unknown>): DeliveryRecord {
  const iso = (value: unknown) => (value ? (value as Date).toISOString() : null);
  return {
    id: String(row.id),
    notificationId: String(row.notification_id),
    caseNumber: (row.case_number as string | null) ?? null,
    kind: row.kind as string,
    channel: row.channel as string,
    recipientUserId: (row.recipient_user_id as string | null) ?? null,
    recipientName: row.recipient_name as string,
    address: (row.address as string | null) ?? null,
    title: row.title as string,
    body: row.body as string,
    status: row.status as string,
    attempts: row.attempts as number,
    lastError: (row.last_error as string | null) ?? null,
    providerId: (row.provider_id as string | null) ?? null,
    createdAt: iso(row.created_at)!,
    sentAt: iso(row.sent_at),
    nextAttemptAt: iso(row.next_attempt_at)!,
  };
}
