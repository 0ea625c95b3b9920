import { Button, Col, DatePicker, Form, Row, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Campaign, Organisation, StatisticsQuery } from '../api/types';
import { beijingInstant } from '../shared/beijing-time';
import { FormSelect } from '../shared/form-controls';
import { CATEGORY_OPTIONS, DEPARTMENT_OPTIONS, type Option } from '../shared/labels';

interface FilterValues {
  campaign?: string;
  category?: string;
  department?: string;
  community?: string;
  due?: [Dayjs, Dayjs];
}

interface Props {
  readonly campaigns: readonly Campaign[];
  readonly organisation: Organisation | undefined;
  readonly onSearch: (query: StatisticsQuery) => void;
}

/** The filters GET /statistics takes that a supervisor asks by: 专项行动, unit, 整改期限. */
export function StatisticsFilters({ campaigns, organisation, onSearch }: Props) {
  const [form] = Form.useForm<FilterValues>();
  const select = (name: keyof FilterValues, label: string, options: readonly Option[]) => (
    <Col xs={24} sm={12} lg={6} key={name}>
      <Form.Item label={label} name={name}>
        <FormSelect
          allowClear
          placeholder="全部"
          options={[...options]}
          showSearch
          optionFilterProp="label"
        />
      </Form.Item>
    </Col>
  );
  return (
    <Form<FilterValues>
      form={form}
      layout="vertical"
      className="statistics-filters"
      onFinish={(values) => onSearch(queryOf(values))}
    >
      <Row gutter={16}>
        {select(
          'campaign',
          '专项行动',
          campaigns.map((c) => ({ value: c.code, label: c.definition.name })),
        )}
        {select('category', '隐患类别', CATEGORY_OPTIONS)}
        {select('department', '责任科室', DEPARTMENT_OPTIONS)}
        {select(
          'community',
          '所属村（社区）',
          organisation?.communities.map((c) => ({ value: c.code, label: c.name })) ?? [],
        )}
        <Col xs={24} sm={12} lg={6}>
          <Form.Item label="整改期限" name="due">
            <DatePicker.RangePicker style={{ width: '100%' }} placeholder={['自', '至']} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={6} className="statistics-filter-buttons">
          <Form.Item label=" " colon={false}>
            <Space wrap>
              <Button type="primary" htmlType="submit">
                统计
              </Button>
              <Button
                onClick={() => {
                  form.resetFields();
                  onSearch({});
                }}
              >
                重置
              </Button>
            </Space>
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}

/** The form as GET /statistics takes it; a date range covers both whole days, Beijing time. */
function queryOf({ due, ...rest }: FilterValues): StatisticsQuery {
  const query: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rest)) if (value) query[key] = value;
  if (due) {
    query.dueAfter = beijingInstant(`${due[0].format('YYYY-MM-DD')} 00:00`);
    query.dueBefore = beijingInstant(`${due[1].add(1, 'day').format('YYYY-MM-DD')} 00:00`);
  }
  return query;
}
