import { Card, Col, Empty, Row, Skeleton, Statistic, Table, Typography } from 'antd';
import { useState } from 'react';
import { api, ok } from '../api/client';
import type {
  Campaign,
  CampaignStatistics,
  CountEntry,
  StatisticsQuery,
  StatisticsSummary,
} from '../api/types';
import { beijingPeriod, beijingTime } from '../shared/beijing-time';
import { CountChart } from '../shared/count-chart';
import { percent } from '../shared/percent';
import { useLoad } from '../shared/use-load';
import { useOrganisation } from '../shared/use-organisation';
import { StatisticsFilters } from './statistics-filters';

const THREE_COLOURS = ['#cf1322', '#d48806', '#389e0d'];

/** 统计: the caller's cases counted every way the office reports them, as charts and figures. */
export default function StatisticsPage() {
  const [query, setQuery] = useState<StatisticsQuery>({});
  const organisation = useOrganisation();
  const campaigns = useLoad(() => ok<Campaign[]>(api.GET('/campaigns')), 'campaigns');
  const summary = useLoad(
    () => ok<StatisticsSummary>(api.GET('/statistics', { params: { query } })),
    JSON.stringify(query),
  );
  const campaignFigures = useLoad(
    async () =>
      query.campaign
        ? ok<CampaignStatistics>(
            api.GET('/statistics/campaigns/{code}', {
              params: { path: { code: query.campaign } },
            }),
          )
        : undefined,
    query.campaign ?? '',
  );

  return (
    <div className="statistics">
      <Card size="small">
        <StatisticsFilters
          campaigns={campaigns.data ?? []}
          organisation={organisation.data}
          onSearch={setQuery}
        />
      </Card>
      {summary.loading || !summary.data ? (
        summary.error ? (
          <Empty description="统计数据加载失败" />
        ) : (
          <Skeleton active />
        )
      ) : (
        <Figures summary={summary.data} />
      )}
      {campaignFigures.data && <KeyPeriods figures={campaignFigures.data} />}
    </div>
  );
}

function Figures({ summary }: { readonly summary: StatisticsSummary }) {
  const { rectification, threeColour } = summary;
  return (
    <>
      <Row gutter={[16, 16]} className="statistics-headline">
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title="隐患总数" value={summary.total} suffix="件" className="stat-total" />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title="已整改" value={rectification.rectified} suffix="件" />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title="整改率" value={percent(rectification.rate)} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title="逾期"
              value={threeColour.overdue}
              suffix="件"
              valueStyle={{ color: THREE_COLOURS[0] }}
            />
          </Card>
        </Col>
      </Row>
      <Typography.Text type="secondary" className="statistics-as-of">
        统计时间 {beijingTime(summary.asOf)}；黄色（临期）为 {threeColour.dueSoonDays} 日内到期
      </Typography.Text>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <ChartCard
            title="三色督办"
            kind="pie"
            colours={THREE_COLOURS}
            entries={[
              { key: 'overdue', label: '红色（逾期）', count: threeColour.overdue },
              { key: 'due_soon', label: '黄色（临期）', count: threeColour.dueSoon },
              { key: 'on_time', label: '绿色（正常）', count: threeColour.onTime },
            ]}
          />
        </Col>
        <Col xs={24} xl={12}>
          <ChartCard title="按整改状态" kind="pie" entries={summary.byStatus} />
        </Col>
        <Col xs={24} xl={12}>
          <ChartCard title="按隐患类别" kind="bar" entries={summary.byCategory} />
        </Col>
        <Col xs={24} xl={12}>
          <ChartCard title="按责任科室" kind="bar" entries={summary.byDepartment} />
        </Col>
        <Col xs={24} xl={12}>
          <ChartCard title="按村（社区）" kind="bar" entries={summary.byCommunity} />
        </Col>
        <Col xs={24} xl={12}>
          <ChartCard title="按发现月份" kind="bar" entries={summary.byMonth} />
        </Col>
        <Col xs={24} xl={12}>
          <ChartCard title="按隐患等级" kind="pie" entries={summary.bySeverity} />
        </Col>
        <Col xs={24} xl={12}>
          <ChartCard title="按隐患类型" kind="bar" entries={summary.byHazardType} />
        </Col>
      </Row>
    </>
  );
}

interface ChartCardProps {
  readonly title: string;
  readonly kind: 'bar' | 'pie';
  readonly entries: readonly CountEntry[];
  readonly colours?: readonly string[];
}

function ChartCard({ title, kind, entries, colours }: ChartCardProps) {
  const shown = entries.filter((e) => e.count > 0);
  return (
    <Card title={title} size="small" className="statistics-chart" data-chart={title}>
      {shown.length === 0 ? (
        <Typography.Text type="secondary">暂无数据</Typography.Text>
      ) : (
        <>
          <CountChart kind={kind} items={shown} colours={colours} label={`${title}的隐患数`} />
          <Table<CountEntry>
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={[...entries]}
            columns={[
              { title: title.replace(/^按/, ''), dataIndex: 'label' },
              { title: '件数', dataIndex: 'count', align: 'right', className: 'stat-count' },
            ]}
          />
        </>
      )}
    </Card>
  );
}

type KeyPeriodFigures = CampaignStatistics['keyPeriods'][number];

function KeyPeriods({ figures }: { readonly figures: CampaignStatistics }) {
  return (
    <Card title={`${figures.campaign.name} · 重点时段`} size="small" className="key-periods">
      <Table<KeyPeriodFigures>
        size="small"
        rowKey="code"
        pagination={false}
        scroll={{ x: 720 }}
        dataSource={[...figures.keyPeriods]}
        columns={[
          { title: '重点时段', dataIndex: 'name' },
          {
            title: '起止日期',
            render: (_, p) => beijingPeriod(p.startsAt, p.endsAt),
          },
          { title: '发现', dataIndex: 'found', align: 'right' },
          { title: '已整改', dataIndex: 'rectified', align: 'right' },
          { title: '逾期', dataIndex: 'overdue', align: 'right' },
          {
            title: '集中检查（完成/总数）',
            render: (_, p) => `${p.sweepTasks.done}/${p.sweepTasks.total}`,
          },
          { title: '安全提示', dataIndex: 'warningsSent', align: 'right' },
          { title: '夜查提醒', dataIndex: 'nightPatrolReminders', align: 'right' },
        ]}
      />
    </Card>
  );
}
