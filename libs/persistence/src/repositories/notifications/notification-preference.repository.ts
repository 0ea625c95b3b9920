import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export interface NotificationPreference {
  readonly kind: string;
  readonly channel: 'email' | 'sms';
  readonly enabled: boolean;
}

/** A user's switches per kind and channel; a kind without a row is on. */
@Injectable()
export class NotificationPreferenceRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async of(userId: string): Promise<NotificationPreference[]> {
    return this.dataSource.query(
      `SELECT kind, channel, enabled FROM notification_preference WHERE user_id = $1
        ORDER BY kind, channel`,
      [userId],
    );
  }

  async set(userId: string, preferences: readonly NotificationPreference[]): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      for (const p of preferences) {
        await manager.query(
          `INSERT INTO notification_preference (user_id, kind, channel, enabled)
           VALUES ($1, $2, $3, $4)
           ON CONFLICT (user_id, kind, channel) DO UPDATE SET enabled = EXCLUDED.enabled`,
          [userId, p.kind, p.channel, p.enabled],
        );
      }
    });
  }
}
