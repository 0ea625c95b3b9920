import { Card, Table, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { api, ok } from '../api/client';
import type { Campaign } from '../api/types';
import { ROUTES } from '../app/navigation';
import { beijingPeriod } from '../shared/beijing-time';
import { CAMPAIGN_STATUS_LABELS, labelOf } from '../shared/labels';
import { useLoad } from '../shared/use-load';
import { EmptyText } from '../shared/empty-text';

export const CAMPAIGN_STATUS_COLOURS: Readonly<Record<string, string>> = {
  scheduled: 'default',
  running: 'processing',
  ended: 'warning',
  closed: 'success',
  cancelled: 'error',
};

/** 专项行动: every campaign, its period, status and how far its sweep tasks have got. */
export default function CampaignsPage() {
  const campaigns = useLoad(() => ok<Campaign[]>(api.GET('/campaigns')), 'campaigns');
  return (
    <Card title="专项行动" size="small" className="campaigns">
      <Table<Campaign>
        size="small"
        rowKey="code"
        loading={campaigns.loading}
        dataSource={campaigns.data ?? []}
        pagination={false}
        scroll={{ x: 640 }}
        locale={{ emptyText: <EmptyText>暂无专项行动</EmptyText> }}
        columns={[
          {
            title: '名称',
            render: (_, c) => <Link to={ROUTES.campaign(c.code)}>{c.definition.name}</Link>,
          },
          {
            title: '时间',
            render: (_, c) => beijingPeriod(c.definition.startsAt, c.definition.endsAt),
          },
          {
            title: '状态',
            render: (_, c) => (
              <Tag color={CAMPAIGN_STATUS_COLOURS[c.status]}>
                {labelOf(CAMPAIGN_STATUS_LABELS, c.status)}
              </Tag>
            ),
          },
          {
            title: '重点时段',
            render: (_, c) => c.definition.keyPeriods.map((p) => p.name).join('、') || '—',
          },
          {
            title: '集中检查（完成/总数）',
            align: 'right',
            render: (_, c) =>
              `${c.tasks.filter((t) => t.status === 'done').length}/${c.tasks.length}`,
          },
          { title: '督导考核', align: 'right', render: (_, c) => c.supervisions.length },
        ]}
      />
    </Card>
  );
}
