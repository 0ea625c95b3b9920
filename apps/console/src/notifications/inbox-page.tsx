import { Button, Card, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api, ok } from '../api/client';
import type { Schemas } from '../api/types';
import { ROUTES } from '../app/navigation';
import { beijingTime } from '../shared/beijing-time';
import { useLoad } from '../shared/use-load';
import { useBellContext } from './bell-context';

const PAGE_SIZE = 20;

/** 通知: my in-app notifications, newest first, 20 a page; opening one marks it read. */
export default function InboxPage() {
  const bell = useBellContext();
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors.at(-1);
  const page = useLoad(
    () =>
      ok<Schemas['InboxPageView']>(
        api.GET('/notifications', {
          params: { query: { limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) } },
        }),
      ),
    `${cursor ?? ''}|${bell.latest?.id ?? ''}`,
  );

  const markRead = async (id: string) => {
    await api.POST('/notifications/{id}/read', { params: { path: { id } } }).catch(() => undefined);
    bell.refresh();
    page.reload();
  };
  const markAllRead = async () => {
    await api.POST('/notifications/read-all').catch(() => undefined);
    bell.refresh();
    page.reload();
  };

  return (
    <Card
      title="通知"
      className="inbox"
      extra={
        <Button size="small" onClick={() => void markAllRead()} disabled={!bell.unread}>
          全部标为已读
        </Button>
      }
    >
      <List<Schemas['InboxEntryView']>
        loading={page.loading}
        dataSource={page.data?.items ?? []}
        locale={{ emptyText: '暂无通知' }}
        renderItem={(item) => (
          <List.Item
            className={item.read ? 'inbox-item' : 'inbox-item inbox-unread'}
            actions={
              item.read
                ? []
                : [
                    <Button
                      key="read"
                      size="small"
                      type="link"
                      onClick={() => void markRead(item.id)}
                    >
                      标为已读
                    </Button>,
                  ]
            }
          >
            <List.Item.Meta
              title={
                <Space wrap size="small">
                  {!item.read && <Tag color="blue">未读</Tag>}
                  {item.caseNumber ? (
                    <Link
                      to={ROUTES.case(item.caseNumber)}
                      onClick={() => !item.read && void markRead(item.id)}
                    >
                      {item.title}
                    </Link>
                  ) : (
                    <span>{item.title}</span>
                  )}
                </Space>
              }
              description={
                <>
                  <div className="inbox-body">{item.body}</div>
                  <Typography.Text type="secondary">{beijingTime(item.createdAt)}</Typography.Text>
                </>
              }
            />
          </List.Item>
        )}
      />
      <Space className="inbox-pages">
        <Button disabled={cursors.length === 0} onClick={() => setCursors((c) => c.slice(0, -1))}>
          上一页
        </Button>
        <Button
          disabled={!page.data?.nextCursor}
          onClick={() => page.data?.nextCursor && setCursors((c) => [...c, page.data!.nextCursor!])}
        >
          下一页
        </Button>
      </Space>
    </Card>
  );
}
