import { Card, Col, Form, Row, Table, Tag } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { api, ok } from '../api/client';
import type { Campaign, SupervisionCase, UnitStanding } from '../api/types';
import { ROUTES } from '../app/navigation';
import { beijingTime } from '../shared/beijing-time';
import { FormSelect } from '../shared/form-controls';
import { labelOf, SUPERVISION_RUNG_LABELS, SUPERVISION_STATUS_LABELS } from '../shared/labels';
import { unitName } from '../shared/unit-name';
import { useLoad } from '../shared/use-load';
import { UnitFiguresTable } from './unit-figures-table';
import { EmptyText } from '../shared/empty-text';

const STATUS_OPTIONS = Object.entries(SUPERVISION_STATUS_LABELS).map(([value, label]) => ({
  value,
  label,
}));

/** 督导考核: the unit supervision cases of a campaign, and every unit's figures in it. */
export default function UnitSupervisionPage() {
  const [params, setParams] = useSearchParams();
  const campaigns = useLoad(() => ok<Campaign[]>(api.GET('/campaigns')), 'campaigns');
  const chosen = params.get('campaign') ?? campaigns.data?.[0]?.code;
  const status = (params.get('status') ?? undefined) as 'open' | 'closed' | undefined;
  const cases = useLoad(
    async () =>
      chosen
        ? ok<SupervisionCase[]>(
            api.GET('/supervision-cases', { params: { query: { campaign: chosen, status } } }),
          )
        : [],
    `${chosen}:${status}`,
  );
  const units = useLoad(
    async () =>
      chosen
        ? ok<UnitStanding[]>(
            api.GET('/campaigns/{code}/units', { params: { path: { code: chosen } } }),
          )
        : [],
    chosen ?? '',
  );
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key === 'campaign' && chosen && !next.has('campaign')) next.set('campaign', chosen);
    setParams(next, { replace: true });
  };

  return (
    <div className="unit-supervision">
      <Card size="small">
        <Form layout="vertical">
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item label="专项行动" htmlFor="unit-supervision-campaign">
                <FormSelect
                  id="unit-supervision-campaign"
                  value={chosen}
                  loading={campaigns.loading}
                  options={(campaigns.data ?? []).map((c) => ({
                    value: c.code,
                    label: c.definition.name,
                  }))}
                  onChange={(value) => set('campaign', value as string)}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item label="督办状态" htmlFor="unit-supervision-status">
                <FormSelect
                  id="unit-supervision-status"
                  allowClear
                  placeholder="全部"
                  value={status}
                  options={STATUS_OPTIONS}
                  onChange={(value) => set('status', value as string | undefined)}
                />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      <Card size="small" title="督办案件" className="unit-supervision-cases">
        <Table<SupervisionCase>
          size="small"
          rowKey="number"
          loading={cases.loading}
          dataSource={cases.data ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 760 }}
          locale={{ emptyText: <EmptyText>暂无督办案件</EmptyText> }}
          columns={[
            {
              title: '督办编号',
              render: (_, c) => <Link to={ROUTES.unitSupervisionCase(c.number)}>{c.number}</Link>,
            },
            {
              title: '单位',
              render: (_, c) => unitName(c.unit),
            },
            {
              title: '督办环节',
              render: (_, c) => labelOf(SUPERVISION_RUNG_LABELS, c.rung),
            },
            { title: '办理期限', render: (_, c) => beijingTime(c.nextDueAt) },
            {
              title: '状态',
              render: (_, c) => (
                <Tag color={c.status === 'open' ? 'error' : 'success'}>
                  {labelOf(SUPERVISION_STATUS_LABELS, c.status)}
                </Tag>
              ),
            },
            {
              title: '督办原因',
              render: (_, c) => c.state.openedFor.map((r) => r.text).join('；'),
            },
            { title: '启动时间', render: (_, c) => beijingTime(c.openedAt) },
          ]}
        />
      </Card>
      <Card size="small" title="单位考核情况">
        <UnitFiguresTable units={units.data ?? []} loading={units.loading} />
      </Card>
    </div>
  );
}
