import { CAMPAIGN_COMMAND_ROLES } from '@firecase/domain';
import { Button, Card, Descriptions, Empty, Skeleton, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, ok } from '../api/client';
import type { Campaign, Profile, SweepTask } from '../api/types';
import { ROUTES } from '../app/navigation';
import { useProfile } from '../auth/profile-context';
import { beijingPeriod, beijingTime } from '../shared/beijing-time';
import {
  CAMPAIGN_STATUS_LABELS,
  categoryLabel,
  departmentLabel,
  KEY_PERIOD_CALL_LABELS,
  labelOf,
  PLACE_TYPE_LABELS,
  SWEEP_TASK_STATUS_LABELS,
} from '../shared/labels';
import { unitName } from '../shared/unit-name';
import { untilNewer } from '../shared/until-newer';
import { useLoad } from '../shared/use-load';
import { CAMPAIGN_STATUS_COLOURS } from './campaigns-page';
import { InspectionDialog } from './inspection-dialog';
import { EmptyText } from '../shared/empty-text';

const TASK_STATUS_COLOURS: Readonly<Record<string, string>> = {
  open: 'processing',
  done: 'success',
  missed: 'error',
  cancelled: 'default',
};

type KeyPeriod = Campaign['definition']['keyPeriods'][number];

/**
 * Whose sweep task the user records, as the API decides it (authz/unit-scope.ts): their
 * department's, and an officer's covered communities'.
 */
function worksFor(profile: Profile, unit: SweepTask['unit']): boolean {
  if (unit.kind === 'department') return unit.code === profile.departmentCode;
  return profile.role === 'officer' && profile.communityCodes.includes(unit.code);
}

/** One campaign: its categories, key periods and the sweep tasks (集中检查) they opened. */
export default function CampaignDetailPage() {
  const { code = '' } = useParams();
  const profile = useProfile();
  const campaign = useLoad(
    () => ok<Campaign>(api.GET('/campaigns/{code}', { params: { path: { code } } })),
    code,
  );
  const [inspecting, setInspecting] = useState<SweepTask>();
  const mayInspect = CAMPAIGN_COMMAND_ROLES.recordSweepInspection.includes(profile.role);

  if (campaign.loading && !campaign.data) return <Skeleton active />;
  if (!campaign.data) return <Empty description="没有这项专项行动，或无权查看" />;
  const { definition, tasks } = campaign.data;
  const periodName = new Map(definition.keyPeriods.map((p) => [p.code, p.name]));

  return (
    <div className="campaign-detail">
      <Card size="small" title={definition.name}>
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label="时间">
            {beijingPeriod(definition.startsAt, definition.endsAt)}
          </Descriptions.Item>
          <Descriptions.Item label="状态">
            <Tag color={CAMPAIGN_STATUS_COLOURS[campaign.data.status]}>
              {labelOf(CAMPAIGN_STATUS_LABELS, campaign.data.status)}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label="督导考核">
            <Link to={`${ROUTES.unitSupervision}?campaign=${encodeURIComponent(code)}`}>
              {campaign.data.supervisions.length} 个单位
            </Link>
          </Descriptions.Item>
        </Descriptions>
        <Table
          size="small"
          rowKey="category"
          pagination={false}
          dataSource={[...definition.categories]}
          columns={[
            { title: '隐患类别', render: (_, c) => categoryLabel(c.category) },
            { title: '牵头科室', render: (_, c) => departmentLabel(c.leadDepartment) },
            { title: '责任领导', dataIndex: 'responsibleLeader' },
          ]}
        />
      </Card>
      <Card size="small" title="重点时段">
        <Table<KeyPeriod>
          className="key-periods-table"
          size="small"
          rowKey="code"
          pagination={false}
          scroll={{ x: 640 }}
          dataSource={[...definition.keyPeriods]}
          columns={[
            { title: '名称', dataIndex: 'name' },
            { title: '时间', render: (_, p) => beijingPeriod(p.startsAt, p.endsAt) },
            {
              title: '工作要求',
              render: (_, p) => p.calls.map((c) => labelOf(KEY_PERIOD_CALL_LABELS, c)).join('、'),
            },
            { title: '说明', render: (_, p) => p.note ?? '—' },
          ]}
        />
      </Card>
      <Card size="small" title="集中检查任务" className="sweep-tasks">
        <Table<SweepTask>
          size="small"
          rowKey="id"
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 900 }}
          dataSource={[...tasks]}
          locale={{ emptyText: <EmptyText>尚未下达集中检查任务</EmptyText> }}
          columns={[
            {
              title: '责任单位',
              render: (_, t) => unitName(t.unit),
            },
            {
              title: '重点时段',
              render: (_, t) => periodName.get(t.keyPeriodCode) ?? t.keyPeriodCode,
            },
            {
              title: '检查场所',
              render: (_, t) => t.placeTypes.map((p) => labelOf(PLACE_TYPE_LABELS, p)).join('、'),
            },
            {
              title: '完成期限',
              render: (_, t) => (
                <>
                  {beijingTime(t.dueAt)}
                  {t.status === 'open' && Date.parse(t.dueAt) < Date.now() && (
                    <Tag color="error" className="task-overdue">
                      已逾期
                    </Tag>
                  )}
                </>
              ),
            },
            {
              title: '状态',
              render: (_, t) => (
                <Tag color={TASK_STATUS_COLOURS[t.status]} className="task-status">
                  {labelOf(SWEEP_TASK_STATUS_LABELS, t.status)}
                </Tag>
              ),
            },
            {
              title: '检查情况',
              render: (_, t) =>
                t.inspection ? (
                  <Typography.Text>
                    {beijingTime(t.inspection.inspectedAt)} {t.inspection.by.name}：
                    {t.inspection.findings}
                  </Typography.Text>
                ) : (
                  '—'
                ),
            },
            ...(mayInspect
              ? [
                  {
                    title: '办理',
                    render: (_: unknown, t: SweepTask) =>
                      t.status === 'open' && worksFor(profile, t.unit) ? (
                        <Button size="small" type="primary" onClick={() => setInspecting(t)}>
                          记录检查
                        </Button>
                      ) : null,
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <InspectionDialog
        campaignCode={code}
        task={inspecting}
        onClose={() => setInspecting(undefined)}
        onDone={() =>
          void untilNewer(
            async () => (await api.GET('/campaigns/{code}', { params: { path: { code } } })).data,
            campaign.data!.revision,
          ).then(campaign.reload)
        }
      />
    </div>
  );
}
