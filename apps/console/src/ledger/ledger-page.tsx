import { DownloadOutlined } from '@ant-design/icons';
import { type ActionType, type ProColumns, ProTable } from '@ant-design/pro-components';
import { App, Button, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api, ok } from '../api/client';
import type { LedgerItem, LedgerPage } from '../api/types';
import { ROUTES } from '../app/navigation';
import { beijingDate, beijingInstant, beijingTime } from '../shared/beijing-time';
import { DueTag } from '../shared/due-tag';
import {
  CATEGORY_OPTIONS,
  categoryLabel,
  DEPARTMENT_OPTIONS,
  departmentLabel,
  hazardTypeLabel,
  labelOf,
  OBLIGATION_LABELS,
  SEVERITY_LABELS,
  SEVERITY_OPTIONS,
  STATUS_LABELS,
  STATUS_OPTIONS,
} from '../shared/labels';
import { communityName, gridName, useOrganisation } from '../shared/use-organisation';
import { type LedgerQuery, pageLimit, queryFromSearch, searchFromQuery } from './ledger-query';

const PAGE_SIZE = 50;

type Row = LedgerItem;

const valueEnum = (options: readonly { value: string; label: string }[]) =>
  Object.fromEntries(options.map((o) => [o.value, { text: o.label }]));

/** 隐患台账: every filter of GET /cases, keyset pages, the same query exported as CSV/XLSX. */
export default function LedgerPage() {
  const [search, setSearch] = useSearchParams();
  const query = useMemo(() => queryFromSearch(search), [search]);
  const organisation = useOrganisation();
  const { message } = App.useApp();
  const action = useRef<ActionType>(null);
  // Keyset pages: the cursor of each page we have been to, so 上一页 goes back exactly.
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const [nextCursor, setNextCursor] = useState<string>();
  const page = cursors.length - 1;

  const communityOptions =
    organisation.data?.communities.map((c) => ({ value: c.code, label: c.name })) ?? [];
  const gridOptions =
    organisation.data?.communities
      .filter((c) => !query.community || c.code === query.community)
      .flatMap((c) => c.grids.map((g) => ({ value: g.code, label: `${g.name}（${g.code}）` }))) ??
    [];

  const columns: ProColumns<Row>[] = [
    {
      title: '隐患编号',
      dataIndex: 'caseNumber',
      fixed: 'left',
      width: 150,
      search: false,
      render: (_, row) => <Link to={ROUTES.case(row.caseNumber)}>{row.caseNumber}</Link>,
    },
    {
      title: '三色',
      dataIndex: 'colour',
      width: 70,
      search: false,
      render: (_, row) => <DueTag overdue={row.overdue} nextDueAt={row.nextDueAt} />,
    },
    {
      title: '整改状态',
      dataIndex: 'status',
      valueType: 'select',
      valueEnum: valueEnum(STATUS_OPTIONS),
      width: 100,
      render: (_, row) => labelOf(STATUS_LABELS, row.status),
    },
    {
      title: '是否逾期',
      dataIndex: 'overdue',
      valueType: 'select',
      valueEnum: { true: { text: '已逾期' }, false: { text: '未逾期' } },
      hideInTable: true,
    },
    {
      title: '隐患类别',
      dataIndex: 'category',
      valueType: 'select',
      valueEnum: valueEnum(CATEGORY_OPTIONS),
      width: 130,
      render: (_, row) => categoryLabel(row.category),
    },
    {
      title: '隐患类型',
      dataIndex: 'hazardType',
      search: false,
      ellipsis: true,
      width: 200,
      render: (_, row) => hazardTypeLabel(row.hazardType),
    },
    {
      title: '隐患等级',
      dataIndex: 'severity',
      valueType: 'select',
      valueEnum: valueEnum(SEVERITY_OPTIONS),
      width: 90,
      render: (_, row) => labelOf(SEVERITY_LABELS, row.severity),
    },
    {
      title: '责任科室',
      dataIndex: 'department',
      valueType: 'select',
      valueEnum: valueEnum(DEPARTMENT_OPTIONS),
      width: 110,
      render: (_, row) => departmentLabel(row.department),
    },
    {
      title: '所属村（社区）',
      dataIndex: 'community',
      valueType: 'select',
      valueEnum: valueEnum(communityOptions),
      width: 120,
      render: (_, row) => communityName(organisation.data, row.community),
    },
    {
      title: '网格',
      dataIndex: 'grid',
      valueType: 'select',
      valueEnum: valueEnum(gridOptions),
      width: 110,
      render: (_, row) => gridName(organisation.data, row.community, row.grid),
    },
    { title: '地址', dataIndex: 'address', search: false, ellipsis: true, width: 200 },
    { title: '责任单位', dataIndex: 'responsibleParty', search: false, ellipsis: true, width: 180 },
    {
      title: '地址或责任单位',
      dataIndex: 'q',
      hideInTable: true,
      fieldProps: { placeholder: '输入关键字' },
    },
    {
      title: '整改期限',
      dataIndex: 'deadlineAt',
      search: false,
      width: 150,
      render: (_, row) => beijingTime(row.deadlineAt),
    },
    {
      title: '下一办理事项',
      dataIndex: 'nextDueKind',
      search: false,
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
    {
      title: '到期时间',
      dataIndex: 'due',
      valueType: 'dateRange',
      hideInTable: true,
      fieldProps: { placeholder: ['自', '至'] },
    },
    {
      title: '发现日期',
      dataIndex: 'discoveredAt',
      search: false,
      width: 110,
      render: (_, row) => beijingDate(row.discoveredAt),
    },
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

  return (
    <ProTable<Row, LedgerQuery & { due?: [string, string] }>
      className="ledger"
      headerTitle="隐患台账"
      rowKey="caseNumber"
      columns={columns}
      actionRef={action}
      scroll={{ x: 1800 }}
      size="middle"
      form={{ initialValues: formValuesOf(query), syncToUrl: false }}
      search={{ labelWidth: 'auto', defaultCollapsed: true, searchText: '查询', resetText: '重置' }}
      params={{ ...query, cursor: cursors[page] }}
      pagination={false}
      options={{ density: false, setting: false, reload: true, fullScreen: false }}
      onSubmit={(values) => {
        setCursors([undefined]);
        setSearch(searchFromQuery(queryOfForm(values)));
      }}
      onReset={() => {
        setCursors([undefined]);
        setSearch(new URLSearchParams());
      }}
      request={async ({ cursor }) => {
        const result = await ok<LedgerPage>(
          api.GET('/cases', {
            params: {
              query: { ...query, limit: pageLimit(PAGE_SIZE), ...(cursor ? { cursor } : {}) },
            },
          }),
        );
        setNextCursor(result.nextCursor);
        return { data: [...result.items], success: true };
      }}
      toolBarRender={() => [
        <Button key="csv" icon={<DownloadOutlined />} onClick={() => void exportAs('csv')}>
          导出 CSV
        </Button>,
        <Button key="xlsx" icon={<DownloadOutlined />} onClick={() => void exportAs('xlsx')}>
          导出 Excel
        </Button>,
      ]}
      footer={() => (
        <Space className="ledger-pager">
          <Button disabled={page === 0} onClick={() => setCursors((c) => c.slice(0, -1))}>
            上一页
          </Button>
          <Typography.Text>第 {page + 1} 页</Typography.Text>
          <Button disabled={!nextCursor} onClick={() => setCursors((c) => [...c, nextCursor])}>
            下一页
          </Button>
        </Space>
      )}
    />
  );
}

type FormValues = Record<string, unknown> & { due?: [unknown, unknown] };

function formValuesOf(query: LedgerQuery): FormValues {
  const { dueAfter, dueBefore, overdue, ...rest } = query as Record<string, unknown> & LedgerQuery;
  return {
    ...rest,
    ...(overdue === undefined ? {} : { overdue: String(overdue) }),
    ...(dueAfter && dueBefore ? { due: [beijingDate(dueAfter), beijingDate(dueBefore)] } : {}),
  };
}

function queryOfForm(values: FormValues): LedgerQuery {
  const { due, overdue, ...rest } = values;
  const query: Record<string, unknown> = { ...rest };
  if (overdue !== undefined) query.overdue = overdue === 'true' || overdue === true;
  // ProTable hands a date range over as 'YYYY-MM-DD' strings; the range covers both whole days.
  if (Array.isArray(due) && typeof due[0] === 'string' && typeof due[1] === 'string') {
    query.dueAfter = beijingInstant(`${due[0].slice(0, 10)} 00:00`);
    query.dueBefore = beijingInstant(
      `${dayjs(due[1].slice(0, 10)).add(1, 'day').format('YYYY-MM-DD')} 00:00`,
    );
  }
  return query;
}
