import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES } from '@firecase/domain';
import type { AccessLogRecord, AdminLogRecord } from '@firecase/persistence';

/** A page of a log, newest first; `nextCursor` is absent on the last page. */
export interface LogPageAnswer<T> {
  readonly items: readonly T[];
  readonly nextCursor?: string;
}

const ID = { pattern: '^\\d+$', example: '1234' } as const;
const NEXT_CURSOR = {
  pattern: '^\\d+$',
  description: 'send as `cursor` for the next page; absent on the last page',
} as const;

/** 访问日志: one read of case data. */
export class AccessLogRecordView implements AccessLogRecord {
  @ApiProperty(ID)
  id: string;

  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty({ example: 'officer.li' })
  username: string;

  @ApiProperty({ enum: ROLES })
  role: string;

  @ApiProperty({
    example: 'case.history',
    description: 'what was read (labelled in Chinese by ACCESS_ACTION_LABELS)',
  })
  action: string;

  @ApiProperty({ example: '/cases/TB-2026-000001/history', description: 'the path and query read' })
  subject: string;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'TB-2026-000001',
    description: 'the case, when the path names one',
  })
  caseNumber: string | null;

  @ApiProperty({ format: 'date-time' })
  accessedAt: string;
}

/** 管理操作日志: one administrative action. */
export class AdminLogRecordView implements AdminLogRecord {
  @ApiProperty(ID)
  id: string;

  @ApiProperty({
    type: String,
    nullable: true,
    format: 'uuid',
    description: 'null for an operator’s command-line tool',
  })
  actorId: string | null;

  @ApiProperty({ example: 'admin.wang' })
  actorUsername: string;

  @ApiProperty({
    example: 'administrator',
    description: 'a role, or `system` for an operator’s tool',
  })
  actorRole: string;

  @ApiProperty({
    example: 'user.role_changed',
    description: 'what was done (labelled in Chinese by ADMIN_ACTION_LABELS)',
  })
  action: string;

  @ApiProperty({
    example: 'user',
    description: '`user`, `department`, `community`, `calendar_year`, `policy` or `case`',
  })
  targetKind: string;

  @ApiProperty({ example: '2f0c…' })
  targetId: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'what changed (before and after); never a password or a token',
  })
  detail: Record<string, unknown> | null;

  @ApiProperty({ format: 'date-time' })
  occurredAt: string;
}

export class AccessLogPageView implements LogPageAnswer<AccessLogRecord> {
  @ApiProperty({ type: [AccessLogRecordView] })
  items: AccessLogRecordView[];

  @ApiPropertyOptional(NEXT_CURSOR)
  nextCursor?: string;
}

export class AdminLogPageView implements LogPageAnswer<AdminLogRecord> {
  @ApiProperty({ type: [AdminLogRecordView] })
  items: AdminLogRecordView[];

  @ApiPropertyOptional(NEXT_CURSOR)
  nextCursor?: string;
}
