import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export interface AccessLogEntry {
  readonly userId: string;
  readonly username: string;
  readonly role: string;
  /** What was read, e.g. `case.history`, `ledger.export.csv`. */
  readonly action: string;
  /** Which: a case number, or the filter of an export. */
  readonly subject: string;
}

export interface AccessLogRecord extends AccessLogEntry {
  readonly accessedAt: string;
}

/** Auditors' reads; append-only (the table refuses UPDATE, DELETE and TRUNCATE). */
@Injectable()
export class AccessLogRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async append(entry: AccessLogEntry): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO access_log (user_id, username, role, action, subject) VALUES ($1, $2, $3, $4, $5)`,
      [entry.userId, entry.username, entry.role, entry.action, entry.subject],
    );
  }

  async listByUser(userId: string): Promise<AccessLogRecord[]> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT user_id, username, role, action, subject, accessed_at
         FROM access_log WHERE user_id = $1 ORDER BY id`,
      [userId],
    );
    return rows.map((row) => ({
      userId: row.user_id as string,
      username: row.username as string,
      role: row.role as string,
      action: row.action as string,
      subject: row.subject as string,
      accessedAt: (row.accessed_at as Date).toISOString(),
    }));
  }
}
