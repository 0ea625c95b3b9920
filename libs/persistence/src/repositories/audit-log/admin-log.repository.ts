import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { type LogPage, type LogPageRequest, pageQuery, toPage } from './log-page';

export interface AdminLogEntry {
  /** null when no signed-in user acted (an operator's command line tool). */
  readonly actorId: string | null;
  readonly actorUsername: string;
  readonly actorRole: string;
  /** What was done, e.g. `user.role_changed` (ADMIN_ACTION_LABELS). */
  readonly action: string;
  /** To what: `user`, `department`, `community`, `calendar_year`, `policy`, `case`. */
  readonly targetKind: string;
  readonly targetId: string;
  /** What changed (before and after), never a password or a token. */
  readonly detail: Readonly<Record<string, unknown>> | null;
}

export interface AdminLogRecord extends AdminLogEntry {
  readonly id: string;
  readonly occurredAt: string;
}

export interface AdminLogFilter extends LogPageRequest {
  /** The user who acted, or the user acted upon. */
  readonly userId?: string;
  /** Entries about one case (e.g. its audit trail sealed). */
  readonly caseNumber?: string;
  readonly action?: string;
}

/** Administrative actions (管理操作日志); append-only like the access log. */
@Injectable()
export class AdminLogRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Pass the manager of the change being logged, so both commit or neither does. */
  async append(entry: AdminLogEntry, manager: EntityManager = this.dataSource.manager) {
    await manager.query(
      `INSERT INTO admin_log (actor_id, actor_username, actor_role, action, target_kind,
         target_id, detail) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        entry.actorId,
        entry.actorUsername,
        entry.actorRole,
        entry.action,
        entry.targetKind,
        entry.targetId,
        entry.detail === null ? null : JSON.stringify(entry.detail),
      ],
    );
  }

  /** Newest first, filtered by user (acting or acted upon), case, action and time. */
  async page(filter: AdminLogFilter): Promise<LogPage<AdminLogRecord>> {
    const filters: [string, unknown][] = [];
    if (filter.userId !== undefined) {
      filters.push([
        `(actor_id = ?::uuid OR (target_kind = 'user' AND target_id = ?))`,
        filter.userId,
      ]);
    }
    if (filter.caseNumber !== undefined) {
      filters.push([`target_kind = 'case' AND target_id = ?`, filter.caseNumber]);
    }
    if (filter.action !== undefined) filters.push(['action = ?', filter.action]);
    const { sql, params } = pageQuery(
      'admin_log',
      'occurred_at',
      'id, actor_id, actor_username, actor_role, action, target_kind, target_id, detail, occurred_at',
      filter,
      filters,
    );
    const rows: AdminLogRow[] = await this.dataSource.query(sql, params);
    return toPage(rows, filter.limit, (row) => ({
      id: row.id,
      actorId: row.actor_id,
      actorUsername: row.actor_username,
      actorRole: row.actor_role,
      action: row.action,
      targetKind: row.target_kind,
      targetId: row.target_id,
      detail: row.detail,
      occurredAt: row.occurred_at.toISOString(),
    }));
  }
}

interface AdminLogRow {
  readonly id: string;
  readonly actor_id: string | null;
  readonly actor_username: string;
  readonly actor_role: string;
  readonly action: string;
  readonly target_kind: string;
  readonly target_id: string;
  readonly detail: Record<string, unknown> | null;
  readonly occurred_at: Date;
}
