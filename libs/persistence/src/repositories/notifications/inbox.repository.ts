import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export interface InboxItem {
  readonly id: string;
  readonly kind: string;
  readonly caseNumber: string | null;
  readonly title: string;
  readonly body: string;
  readonly createdAt: string;
  readonly readAt: string | null;
}

/** The in-app inbox: a user's in-app deliveries, newest first, paged by id (keyset). */
@Injectable()
export class InboxRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async page(userId: string, limit: number, beforeId?: string): Promise<InboxItem[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT id, kind, case_number, title, body, created_at, read_at FROM notification_delivery
        WHERE channel = 'in_app' AND recipient_user_id = $1 AND ($2::bigint IS NULL OR id < $2)
        ORDER BY id DESC LIMIT $3`,
      [userId, beforeId ?? null, limit],
    );
    return rows.map((row) => ({
      id: String(row.id),
      kind: row.kind as string,
      caseNumber: (row.case_number as string | null) ?? null,
      title: row.title as string,
      body: row.body as string,
      createdAt: (row.created_at as Date).toISOString(),
      readAt: row.read_at ? (row.read_at as Date).toISOString() : null,
    }));
  }

  async unreadCount(userId: string): Promise<number> {
    const [row]: { count: string }[] = await this.dataSource.query(
      `SELECT count(*) AS count FROM notification_delivery
        WHERE channel = 'in_app' AND recipient_user_id = $1 AND read_at IS NULL`,
      [userId],
    );
    return Number(row.count);
  }

  /** Marks one of the user's items read; false when the user has no such item. */
  async markRead(userId: string, id: string): Promise<boolean> {
    const [rows]: [unknown[], number] = await this.dataSource.query(
      `UPDATE notification_delivery SET read_at = coalesce(read_at, now())
        WHERE id = $1 AND channel = 'in_app' AND recipient_user_id = $2 RETURNING id`,
      [id, userId],
    );
    return rows.length > 0;
  }

  async markAllRead(userId: string): Promise<number> {
    const [, count]: [unknown[], number] = await this.dataSource.query(
      `UPDATE notification_delivery SET read_at = now()
        WHERE channel = 'in_app' AND recipient_user_id = $1 AND read_at IS NULL`,
      [userId],
    );
    return count;
  }
}
