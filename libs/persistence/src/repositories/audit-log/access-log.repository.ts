import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type LogPage, type LogPageRequest, pageQuery, toPage } from './log-page';

export interface AccessLogEntry {
  readonly userId: string;
  readonly username: string;
  readonly role: string;
  /** What was read, e.g. `case.history`, `ledger.export.csv` (ACCESS_ACTION_LABELS). */
  readonly action: string;
  /** Which: the path and query that were read. */
  readonly subject: string;
  /** The case the read was about, when the path names one. */
  readonly caseNumber: string | null;
}

export interface AccessLogRecord extends AccessLogEntry {
  readonly id: string;
  readonly accessedAt: string;
}

export interface AccessLogFilter extends LogPageRequest {
  readonly userId?: string;
  readonly caseNumber?: string;
}

/**
 * Every read of case data (访问日志): who, what, when. Append-only: the application's role may
 * only INSERT and SELECT, and the table's triggers refuse UPDATE, DELETE and TRUNCATE.
 */
@Injectable()
export class AccessLogRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async append(entry: AccessLogEntry): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO access_log (user_id, username, role, action, subject, case_number)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [entry.userId, entry.username, entry.role, entry.action, entry.subject, entry.caseNumber],
    );
  }

  /** Newest first, filtered by reader, case and time; keyset pages by id. */
  async page(filter: AccessLogFilter): Promise<LogPage<AccessLogRecord>> {
    const filters: [string, unknown][] = [];
    if (filter.userId !== undefined) filters.push(['user_id = ?::uuid', filter.userId]);
    if (filter.caseNumber !== undefined) filters.push(['case_number = ?', filter.caseNumber]);
    const { sql, params } = pageQuery(
      'access_log',
      'accessed_at',
      'id, user_id, username, role, action, subject, case_number, accessed_at',
      filter,
      filters,
    );
    const rows: AccessLogRow[] = await this.dataSource.query(sql, params);
    return toPage(rows, filter.limit, (row) => ({
      id: row.id,
      userId: row.user_id,
      username: row.username,
      role: row.role,
      action: row.action,
      subject: row.subject,
      caseNumber: row.case_number,
      accessedAt: row.accessed_at.toISOString(),
    }));
  }
}

interface AccessLogRow {
  readonly id: string;
  readonly user_id: string;
  readonly username: string;
  readonly role: string;
  readonly action: string;
  readonly subject: string;
  readonly case_number: string | null;
  readonly accessed_at: Date;
}
