import { DownOutlined, UpOutlined } from '@ant-design/icons';
import { Button, Col, DatePicker, Form, Input, Row, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { Organisation } from '../api/types';
import { beijingDate, beijingInstant } from '../shared/beijing-time';
import { FormSelect } from '../shared/form-controls';
import {
  CATEGORY_OPTIONS,
  DEPARTMENT_OPTIONS,
  SEVERITY_OPTIONS,
  STATUS_OPTIONS,
} from '../shared/labels';
import type { LedgerQuery } from './ledger-query';

interface FilterValues {
  status?: string;
  overdue?: 'true' | 'false';
  provisional?: 'true' | 'false';
  category?: string;
  severity?: string;
  department?: string;
  community?: string;
  grid?: string;
  due?: [Dayjs, Dayjs];
  q?: string;
}

const OVERDUE_OPTIONS = [
  { value: 'true', label: '已逾期' },
  { value: 'false', label: '未逾期' },
];

/** A deadline counted Monday–Friday because its year's statutory calendar is not loaded yet. */
const PROVISIONAL_OPTIONS = [
  { value: 'true', label: '暂按周一至周五计算' },
  { value: 'false', label: '按法定日历计算' },
];

const EMPTY_FILTERS: Required<Record<keyof FilterValues, undefined>> = {
  status: undefined,
  overdue: undefined,
  provisional: undefined,
  category: undefined,
  severity: undefined,
  department: undefined,
  community: undefined,
  grid: undefined,
  due: undefined,
  q: undefined,
};

interface Props {
  readonly query: LedgerQuery;
  readonly organisation: Organisation | undefined;
  readonly onSearch: (query: LedgerQuery) => void;
}

/** Every filter of GET /cases; the first row shows, the rest fold away (a phone's screen). */
export function LedgerFilters({ query, organisation, onSearch }: Props) {
  const [form] = Form.useForm<FilterValues>();
  const [expanded, setExpanded] = useState(false);
  const community = Form.useWatch('community', form);
  const grids =
    organisation?.communities
      .filter((c) => !community || c.code === community)
      .flatMap((c) => c.grids.map((g) => ({ value: g.code, label: `${g.name}（${g.code}）` }))) ??
    [];
  const select = (
    name: keyof FilterValues,
    label: string,
    options: { value: string; label: string }[],
  ) => (
    <Col xs={24} sm={12} lg={6} key={name}>
      <Form.Item label={label} name={name}>
        <FormSelect
          allowClear
          placeholder="全部"
          options={options}
          showSearch
          optionFilterProp="label"
        />
      </Form.Item>
    </Col>
  );

  return (
    <Form<FilterValues>
      form={form}
      className="ledger-filters"
      layout="vertical"
      initialValues={valuesOf(query)}
      // Every value of the form's store, the folded-away filters' too (a filter that came in
      // the URL stays while its field is not shown).
      onFinish={() => onSearch(queryOf(form.getFieldsValue(true) as FilterValues))}
    >
      <Row gutter={16}>
        {select('status', '整改状态', STATUS_OPTIONS)}
        {select('overdue', '是否逾期', OVERDUE_OPTIONS)}
        {expanded && (
          <>
            {select('category', '隐患类别', CATEGORY_OPTIONS)}
            {select('severity', '隐患等级', SEVERITY_OPTIONS)}
            {select('department', '责任科室', DEPARTMENT_OPTIONS)}
            {select(
              'community',
              '所属村（社区）',
              organisation?.communities.map((c) => ({ value: c.code, label: c.name })) ?? [],
            )}
            {select('grid', '网格', grids)}
            {select('provisional', '期限计算', PROVISIONAL_OPTIONS)}
            <Col xs={24} sm={12} lg={6}>
              <Form.Item label="到期时间" name="due">
                <DatePicker.RangePicker style={{ width: '100%' }} placeholder={['自', '至']} />
              </Form.Item>
            </Col>
          </>
        )}
        <Col xs={24} sm={12} lg={6}>
          <Form.Item label="地址或责任单位" name="q" rules={[{ max: 100 }]}>
            <Input placeholder="输入关键字" allowClear />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={expanded ? 24 : 6} className="ledger-filter-buttons">
          <Space wrap>
            <Button type="primary" htmlType="submit">
              查询
            </Button>
            <Button
              onClick={() => {
                form.setFieldsValue(EMPTY_FILTERS);
                onSearch({});
              }}
            >
              重置
            </Button>
            <Button type="link" onClick={() => setExpanded((e) => !e)} aria-expanded={expanded}>
              {expanded ? '收起' : '更多条件'}
              {expanded ? <UpOutlined /> : <DownOutlined />}
            </Button>
          </Space>
        </Col>
      </Row>
    </Form>
  );
}

function valuesOf(query: LedgerQuery): FilterValues {
  const { dueAfter, dueBefore, overdue, provisional, ...rest } = query;
  const yesNo = (value: boolean | undefined) =>
    value === undefined ? undefined : value ? 'true' : 'false';
  return {
    ...rest,
    overdue: yesNo(overdue),
    provisional: yesNo(provisional),
    due:
      dueAfter && dueBefore
        ? [dayjs(beijingDate(dueAfter)), dayjs(beijingDate(dueBefore)).subtract(1, 'day')]
        : undefined,
  };
}

/** The form as GET /cases takes it; a date range covers both whole days, Beijing time. */
function queryOf(values: FilterValues): LedgerQuery {
  const { due, overdue, provisional, ...rest } = values;
  const query: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rest)) {
    if (value !== undefined && value !== null && value !== '') query[key] = value;
  }
  if (overdue) query.overdue = overdue === 'true';
  if (provisional) query.provisional = provisional === 'true';
  if (due) {
    query.dueAfter = beijingInstant(`${due[0].format('YYYY-MM-DD')} 00:00`);
    query.dueBefore = beijingInstant(`${due[1].add(1, 'day').format('YYYY-MM-DD')} 00:00`);
  }
  return query;
}
