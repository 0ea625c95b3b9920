import { ApiProperty } from '@nestjs/swagger';
import type { InboxEntry, InboxService } from './inbox.service';

const ID = { pattern: '^\\d{1,18}$', example: '1234' } as const;

/** One item of my in-app inbox (站内通知). */
export class InboxEntryView implements InboxEntry {
  @ApiProperty(ID)
  id: string;

  @ApiProperty({ example: 'notice_served', description: 'the notification kind (its template)' })
  kind: string;

  @ApiProperty({ type: String, nullable: true, pattern: '^TB-\\d{4}-\\d{6}$' })
  caseNumber: string | null;

  @ApiProperty({ example: '整改通知书已送达（TB-2026-000001）' })
  title: string;

  @ApiProperty()
  body: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  readAt: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    example: '/cases/TB-2026-000001',
    description: 'the case it is about',
  })
  link: string | null;

  @ApiProperty()
  read: boolean;
}

/** GET /notifications: a page of my inbox, newest first. */
export class InboxPageView implements Awaited<ReturnType<InboxService['page']>> {
  @ApiProperty({ type: [InboxEntryView] })
  items: InboxEntryView[];

  @ApiProperty({
    type: String,
    nullable: true,
    pattern: '^\\d{1,18}$',
    description: 'send as `cursor` for the next page; null on the last page',
  })
  nextCursor: string | null;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'how many of mine are unread' })
  unread: number;
}

export class UnreadCountView implements Awaited<ReturnType<InboxService['unread']>> {
  @ApiProperty({ type: 'integer', minimum: 0 })
  unread: number;
}

export class MarkedAllReadView implements Awaited<ReturnType<InboxService['markAllRead']>> {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'how many were unread' })
  marked: number;

  @ApiProperty({ type: 'integer', minimum: 0, maximum: 0 })
  unread: number;
}

/** The data of each `inbox` event of GET /notifications/stream. */
export class InboxBellView implements Awaited<ReturnType<InboxService['bell']>> {
  @ApiProperty({ type: 'integer', minimum: 0 })
  unread: number;

  @ApiProperty({ type: InboxEntryView, nullable: true, description: 'my newest item' })
  latest: InboxEntryView | null;
}
