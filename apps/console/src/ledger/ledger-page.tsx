import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Space, Table, type TableColumnsType, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useLoaderData, useNavigation, useSearchParams } from 'react-router-dom';
import { ApiError } from '../api/api-error';
import { api } from '../api/client';
import type { LedgerItem } from '../api/types';
import { ROUTES } from '../app/navigation';
import { beijingDate, beijingTime } from '../shared/beijing-time';
import { DueTag } from '../shared/due-tag';
import { ProvisionalTag } from '../shared/provisional-tag';
import {
  categoryLabel,
  departmentLabel,
  hazardTypeLabel,
  labelOf,
  OBLIGATION_LABELS,
  SEVERITY_LABELS,
  STATUS_LABELS,
} from '../shared/labels';
import { useLoad } from '../shared/use-load';
import { communityName, gridName, useOrganisation } from '../shared/use-organisation';
import { type FirstLedgerPage, requestLedgerPage } from './ledger-first-page';
import { LedgerFilters } from './ledger-filters';
import { type LedgerQuery, queryFromSearch, searchFromQuery } from './ledger-query';

/** 隐患台账: every filter of GET /cases, keyset pages, the same query exported as CSV/XLSX. */
export default function LedgerPage() {
  const [search, setSearch] = useSearchParams();
  const query = useMemo(() => queryFromSearch(search), [search]);
  const organisation = useOrganisation();
  const { message } = App.useApp();
  // Keyset pages: the cursor of each page visited, so 上一页 goes back exactly.
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors.at(-1);
  // The route's loader asked for the first page as the navigation started.
  const first = useLoaderData<FirstLedgerPage | null>();
  const navigation = useNavigation();
  const page = useLoad(
    () => requestLedgerPage(query, cursor),
    `${search.toString()}|${cursor ?? ''}`,
    !cursor && first?.search === search.toString() ? first.page : undefined,
  );

  const columns: TableColumnsType<LedgerItem> = [
    {
      title: '隐患编号',
      dataIndex: 'caseNumber',
      fixed: 'left',
      width: 150,
      render: (_, row) => <Link to={ROUTES.case(row.caseNumber)}>{row.caseNumber}</Link>,
    },
    {
      title: '三色',
      width: 70,
      render: (_, row) => <DueTag overdue={row.overdue} nextDueAt={row.nextDueAt} />,
    },
    { title: '整改状态', width: 100, render: (_, row) => labelOf(STATUS_LABELS, row.status) },
    { title: '隐患类别', width: 130, render: (_, row) => categoryLabel(row.category) },
    {
      title: '隐患类型',
      width: 200,
      ellipsis: true,
      render: (_, row) => hazardTypeLabel(row.hazardType),
    },
    { title: '隐患等级', width: 90, render: (_, row) => labelOf(SEVERITY_LABELS, row.severity) },
    { title: '责任科室', width: 110, render: (_, row) => departmentLabel(row.department) },
    {
      title: '所属村（社区）',
      width: 120,
      render: (_, row) => communityName(organisation.data, row.community),
    },
    {
      title: '网格',
      width: 110,
      render: (_, row) => gridName(organisation.data, row.community, row.grid),
    },
    { title: '地址', dataIndex: 'address', ellipsis: true, width: 200 },
    { title: '责任单位', dataIndex: 'responsibleParty', ellipsis: true, width: 180 },
    {
      title: '整改期限',
      width: 150,
      render: (_, row) => (
        <span>
          {beijingTime(row.deadlineAt)}
          <ProvisionalTag years={row.provisionalYears} />
        </span>
      ),
    },
    {
      title: '下一办理事项',
      width: 170,
      render: (_, row) =>
        row.nextDueKind ? (
          <span>
            {labelOf(OBLIGATION_LABELS, row.nextDueKind)}
            <br />
            <Typography.Text type="secondary">{beijingTime(row.nextDueAt)}</Typography.Text>
          </span>
        ) : (
          '—'
        ),
    },
    { title: '发现日期', width: 110, render: (_, row) => beijingDate(row.discoveredAt) },
  ];

  const exportAs = async (format: 'csv' | 'xlsx') => {
    const { data, response } =
      format === 'csv'
        ? await api.GET('/cases/export.csv', { params: { query }, parseAs: 'blob' })
        : await api.GET('/cases/export.xlsx', { params: { query }, parseAs: 'blob' });
    if (!response.ok || !data) {
      message.error('导出失败，请重试');
      return;
    }
    const link = document.createElement('a');
    link.href = URL.createObjectURL(data);
    link.download = `隐患台账-${beijingDate(new Date().toISOString())}.${format}`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  };

  const onSearch = (next: LedgerQuery) => {
    setCursors([undefined]);
    setSearch(searchFromQuery(next));
  };

  return (
    <div className="ledger">
      <Card size="small" className="ledger-filter-card">
        <LedgerFilters
          key={search.toString()}
          query={query}
          organisation={organisation.data}
          onSearch={onSearch}
        />
      </Card>
      <Card
        size="small"
        title="隐患台账"
        extra={
          <Space wrap>
            <Button icon={<DownloadOutlined />} onClick={() => void exportAs('csv')}>
              导出 CSV
            </Button>
            <Button icon={<DownloadOutlined />} onClick={() => void exportAs('xlsx')}>
              导出 Excel
            </Button>
            <Button icon={<ReloadOutlined />} aria-label="刷新" onClick={page.reload} />
          </Space>
        }
      >
        {page.error !== undefined && (
          <Typography.Text type="danger">
            {page.error instanceof ApiError ? page.error.userMessage : '加载失败，请重试'}
          </Typography.Text>
        )}
        <Table<LedgerItem>
          rowKey="caseNumber"
          size="middle"
          columns={columns}
          dataSource={page.data ? [...page.data.items] : []}
          loading={page.loading || navigation.state === 'loading'}
          pagination={false}
          scroll={{ x: 1800 }}
          footer={() => (
            <Space className="ledger-pager">
              <Button
                disabled={cursors.length === 1}
                onClick={() => setCursors((c) => c.slice(0, -1))}
              >
                上一页
              </Button>
              <Typography.Text>第 {cursors.length} 页</Typography.Text>
              <Button
                disabled={!page.data?.nextCursor}
                onClick={() => setCursors((c) => [...c, page.data?.nextCursor])}
              >
                下一页
              </Button>
            </Space>
          )}
        />
      </Card>
    </div>
  );
}
