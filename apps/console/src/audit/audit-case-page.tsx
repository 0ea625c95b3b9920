import { CheckCircleFilled, CloseCircleFilled, DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Result, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../api/api-error';
import { api, ok } from '../api/client';
import type { CaseHistory } from '../api/types';
import { ROUTES } from '../app/navigation';
import { beijingTime } from '../shared/beijing-time';
import {
  AUDIT_CHAIN_PROBLEM_LABELS,
  EVENT_TYPE_LABELS,
  labelOf,
  ROLE_LABELS,
} from '../shared/labels';
import { NotFoundPage } from '../shared/not-found-page';
import { useLoad } from '../shared/use-load';

type AuditEvent = CaseHistory['events'][number];

/** One case's audit trail with its chain verification said plainly: ✔ or the first broken event. */
export default function AuditCasePage() {
  const { caseNumber = '' } = useParams();
  const history = useLoad(
    () =>
      ok<CaseHistory>(api.GET('/cases/{caseNumber}/history', { params: { path: { caseNumber } } })),
    caseNumber,
  );

  if (history.error instanceof ApiError && history.error.status === 404) return <NotFoundPage />;
  if (history.error) return <Alert type="error" showIcon message="加载审计记录失败" />;
  if (!history.data) return <Skeleton active />;
  const { chain, events, workflow } = history.data;

  return (
    <Space direction="vertical" size="middle" className="audit-case">
      <Card size="small">
        {chain.valid ? (
          <Result
            className="chain-verdict chain-valid"
            icon={<CheckCircleFilled style={{ color: '#389e0d' }} />}
            title={`✔ 记录链校验通过：${caseNumber}`}
            subTitle={`共 ${chain.events} 条记录，逐条哈希相连，无缺失、无篡改${workflow.inSync ? '，与流程引擎记录一致' : ''}。`}
          />
        ) : (
          <Result
            className="chain-verdict chain-broken"
            status="error"
            icon={<CloseCircleFilled />}
            title={`✘ 记录链断裂：第 ${chain.firstBrokenSeq ?? '?'} 条记录起不可信`}
            subTitle={
              chain.problem ? labelOf(AUDIT_CHAIN_PROBLEM_LABELS, chain.problem) : chain.reason
            }
          />
        )}
        {!workflow.inSync && (
          <Alert
            type="warning"
            showIcon
            message="审计记录与流程引擎记录不一致，请联系管理员核查（npm run reconcile）。"
          />
        )}
        <Space wrap>
          <Link to={ROUTES.case(caseNumber)}>查看案件详情</Link>
          <Button icon={<DownloadOutlined />} onClick={() => exportCsv(caseNumber, events)}>
            导出审计记录
          </Button>
        </Space>
      </Card>
      <Card title="全部记录" size="small">
        <Table<AuditEvent>
          size="small"
          rowKey="seq"
          dataSource={[...events]}
          pagination={false}
          scroll={{ x: 900 }}
          rowClassName={(e) =>
            !chain.valid && chain.firstBrokenSeq !== undefined && e.seq >= chain.firstBrokenSeq
              ? 'row-broken'
              : ''
          }
          columns={[
            { title: '序号', dataIndex: 'seq', width: 60 },
            { title: '时间', width: 150, render: (_, e) => beijingTime(e.occurredAt) },
            {
              title: '事项',
              width: 160,
              render: (_, e) => labelOf(EVENT_TYPE_LABELS, e.eventType),
            },
            {
              title: '办理人',
              width: 160,
              render: (_, e) =>
                e.actorRole === 'system' ? (
                  <Tag>系统自动</Tag>
                ) : (
                  `${e.actorName}（${labelOf(ROLE_LABELS, e.actorRole)}）`
                ),
            },
            { title: '内容', dataIndex: 'summary' },
            {
              title: '哈希',
              width: 120,
              render: (_, e) => <Typography.Text code>{e.hash.slice(0, 12)}</Typography.Text>,
            },
          ]}
        />
      </Card>
    </Space>
  );
}

function exportCsv(caseNumber: string, events: readonly AuditEvent[]) {
  const cell = (value: string) => `"${value.replace(/"/g, '""')}"`;
  const lines = [
    ['序号', '时间（北京时间）', '事项', '办理人', '角色', '内容', '前一哈希', '哈希']
      .map(cell)
      .join(','),
    ...events.map((e) =>
      [
        String(e.seq),
        beijingTime(e.occurredAt),
        labelOf(EVENT_TYPE_LABELS, e.eventType),
        e.actorRole === 'system' ? '系统' : e.actorName,
        labelOf(ROLE_LABELS, e.actorRole),
        e.summary,
        e.prevHash ?? '',
        e.hash,
      ]
        .map(cell)
        .join(','),
    ),
  ];
  const link = document.createElement('a');
  link.href = URL.createObjectURL(
    new Blob(['\uFEFF' + lines.join('\r\n')], { type: 'text/csv;charset=utf-8' }),
  );
  link.download = `审计记录-${caseNumber}.csv`;
  link.click();
}
