import {
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  Space,
  Table,
  type TableColumnsType,
  Tabs,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ApiError } from '../api/api-error';
import { api, ok } from '../api/client';
import type { Schemas } from '../api/types';
import { ROUTES } from '../app/navigation';
import { beijingInstant, beijingTime } from '../shared/beijing-time';
import { ACCESS_ACTION_LABELS, ADMIN_ACTION_LABELS, labelOf, ROLE_LABELS } from '../shared/labels';
import { useLoad } from '../shared/use-load';

const PAGE_SIZE = 50;

type AccessRecord = Schemas['AccessLogRecordView'];
type AdminRecord = Schemas['AdminLogRecordView'];

interface Filter {
  readonly caseNumber?: string;
  readonly from?: string;
  readonly to?: string;
}

interface FilterValues {
  caseNumber?: string;
  range?: [Dayjs, Dayjs];
}

/** 访问日志 and 管理日志 for auditors: who read which case data, and every administrative act. */
export default function AuditLogsPage() {
  const [filter, setFilter] = useState<Filter>({});
  return (
    <Card size="small" className="audit-logs">
      <Form<FilterValues>
        layout="inline"
        className="audit-log-filter"
        onFinish={({ caseNumber, range }) =>
          setFilter({
            ...(caseNumber?.trim() ? { caseNumber: caseNumber.trim() } : {}),
            ...(range
              ? {
                  from: beijingInstant(`${range[0].format('YYYY-MM-DD')} 00:00`),
                  to: beijingInstant(`${range[1].add(1, 'day').format('YYYY-MM-DD')} 00:00`),
                }
              : {}),
          })
        }
      >
        <Form.Item
          label="隐患编号"
          name="caseNumber"
          rules={[{ pattern: /^\s*TB-\d{4}-\d{6}\s*$/, message: '格式如 TB-2024-000123' }]}
        >
          <Input placeholder="全部" allowClear />
        </Form.Item>
        <Form.Item label="时间" name="range">
          <DatePicker.RangePicker placeholder={['自', '至']} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit">
            查询
          </Button>
        </Form.Item>
      </Form>
      <Tabs
        items={[
          { key: 'access', label: '访问日志', children: <AccessLog filter={filter} /> },
          { key: 'admin', label: '管理日志', children: <AdminLog filter={filter} /> },
        ]}
      />
    </Card>
  );
}

function AccessLog({ filter }: { readonly filter: Filter }) {
  const columns: TableColumnsType<AccessRecord> = [
    { title: '时间', width: 150, render: (_, r) => beijingTime(r.accessedAt) },
    {
      title: '用户',
      width: 180,
      render: (_, r) => `${r.username}（${labelOf(ROLE_LABELS, r.role)}）`,
    },
    { title: '操作', width: 180, render: (_, r) => labelOf(ACCESS_ACTION_LABELS, r.action) },
    { title: '案件', width: 150, render: (_, r) => caseLink(r.caseNumber) },
    { title: '访问内容', dataIndex: 'subject', ellipsis: true },
  ];
  return (
    <KeysetTable<AccessRecord>
      columns={columns}
      filter={filter}
      load={(query) => ok(api.GET('/audit-log/access', { params: { query } }))}
    />
  );
}

function AdminLog({ filter }: { readonly filter: Filter }) {
  const columns: TableColumnsType<AdminRecord> = [
    { title: '时间', width: 150, render: (_, r) => beijingTime(r.occurredAt) },
    {
      title: '操作人',
      width: 180,
      render: (_, r) => `${r.actorUsername}（${labelOf(ROLE_LABELS, r.actorRole)}）`,
    },
    { title: '操作', width: 200, render: (_, r) => labelOf(ADMIN_ACTION_LABELS, r.action) },
    { title: '对象', width: 200, ellipsis: true, render: (_, r) => r.targetId },
    {
      title: '变更内容',
      ellipsis: true,
      render: (_, r) => (r.detail ? JSON.stringify(r.detail) : '—'),
    },
  ];
  return (
    <KeysetTable<AdminRecord>
      columns={columns}
      filter={filter}
      load={(query) => ok(api.GET('/audit-log/admin', { params: { query } }))}
    />
  );
}

function caseLink(caseNumber: string | null) {
  return caseNumber ? <Link to={ROUTES.auditCase(caseNumber)}>{caseNumber}</Link> : '—';
}

interface Page<T> {
  readonly items: T[];
  readonly nextCursor?: string;
}

/** Newest first, 50 a page, 上一页/下一页 by the API's keyset cursors. */
function KeysetTable<T extends { id: string }>(props: {
  readonly columns: TableColumnsType<T>;
  readonly filter: Filter;
  readonly load: (query: Filter & { limit: number; cursor?: string }) => Promise<Page<T>>;
}) {
  const { columns, filter, load } = props;
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors.at(-1);
  const key = JSON.stringify(filter);
  const [shownFor, setShownFor] = useState(key);
  if (shownFor !== key) {
    setShownFor(key);
    setCursors([]);
  }
  const page = useLoad(
    () => load({ ...filter, limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) }),
    `${key}|${cursor ?? ''}`,
  );
  const next = page.data?.nextCursor;
  return (
    <>
      <Table<T>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={page.data?.items ?? []}
        loading={page.loading}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{
          emptyText:
            page.error instanceof ApiError
              ? page.error.userMessage
              : page.error
                ? '加载失败'
                : '暂无记录',
        }}
      />
      <Space className="audit-log-pages">
        <Button disabled={cursors.length === 0} onClick={() => setCursors((c) => c.slice(0, -1))}>
          上一页
        </Button>
        <Button disabled={!next} onClick={() => next && setCursors((c) => [...c, next])}>
          下一页
        </Button>
      </Space>
    </>
  );
}
