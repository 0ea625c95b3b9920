import { Injectable, NotFoundException } from '@nestjs/common';
import { type InboxItem, InboxRepository } from '@firecase/persistence';

/** An inbox item as the console shows it: it names its case and links to it. */
export interface InboxEntry extends InboxItem {
  readonly link: string | null;
  readonly read: boolean;
}

@Injectable()
export class InboxService {
  constructor(private readonly inbox: InboxRepository) {}

  async page(userId: string, limit: number, cursor?: string) {
    const items = (await this.inbox.page(userId, limit, cursor)).map(toEntry);
    return {
      items,
      nextCursor: items.length === limit ? items[items.length - 1].id : null,
      unread: await this.inbox.unreadCount(userId),
    };
  }

  async unread(userId: string) {
    return { unread: await this.inbox.unreadCount(userId) };
  }

  async markRead(userId: string, id: string) {
    if (!/^\d{1,18}$/.test(id) || !(await this.inbox.markRead(userId, id))) {
      throw new NotFoundException(`notification ${id} not found`);
    }
    return this.unread(userId);
  }

  async markAllRead(userId: string) {
    const marked = await this.inbox.markAllRead(userId);
    return { marked, unread: 0 };
  }

  /** What the bell needs after a wake-up: the count and the newest item. */
  async bell(userId: string) {
    const [latest] = await this.inbox.page(userId, 1);
    return {
      unread: await this.inbox.unreadCount(userId),
      latest: latest ? toEntry(latest) : null,
    };
  }
}

function toEntry(item: InboxItem): InboxEntry {
  return {
    ...item,
    link: item.caseNumber ? `/cases/${encodeURIComponent(item.caseNumber)}` : null,
    read: item.readAt !== null,
  };
}
