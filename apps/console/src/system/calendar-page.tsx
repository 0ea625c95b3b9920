import { Alert, App, Button, Card, Form, Input, InputNumber, Modal, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { ApiError } from '../api/api-error';
import { api, ok } from '../api/client';
import type { Schemas } from '../api/types';
import { beijingTime } from '../shared/beijing-time';
import { useLoad } from '../shared/use-load';

type Coverage = Schemas['CalendarCoverageView'];
type Day = Schemas['StatutoryDayDto'];

/**
 * 法定节假日: the statutory calendar by year (the library's built-in years and those the office
 * loaded from the State Council's notice), what to load soon, and loading or replacing a year;
 * running cases are recounted on a load.
 */
export default function CalendarPage() {
  const coverage = useLoad(() => ok<Coverage>(api.GET('/admin/calendar/years')), 'calendar');
  const [loading, setLoading] = useState(false);
  return (
    <Card
      title="法定节假日安排"
      size="small"
      className="calendar-years"
      extra={
        <Button type="primary" onClick={() => setLoading(true)}>
          录入年度安排
        </Button>
      }
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        {coverage.data?.warnings.map((warning) => (
          <Alert key={warning} type="warning" showIcon message={warning} />
        ))}
        <Table<Schemas['YearCoverageView']>
          rowKey="year"
          size="small"
          loading={coverage.loading}
          pagination={false}
          dataSource={[...(coverage.data?.years ?? [])].reverse()}
          scroll={{ x: 700 }}
          columns={[
            { title: '年度', dataIndex: 'year', width: 80 },
            {
              title: '来源',
              width: 100,
              render: (_, y) =>
                y.source === 'administered' ? <Tag color="blue">已录入</Tag> : <Tag>内置</Tag>,
            },
            { title: '放假天数（含周末）', dataIndex: 'holidays', width: 150 },
            { title: '调休上班天数', dataIndex: 'adjustedWorkingDays', width: 120 },
            { title: '依据', render: (_, y) => y.document ?? y.library ?? '—' },
            { title: '录入时间', width: 150, render: (_, y) => beijingTime(y.loadedAt) },
          ]}
        />
      </Space>
      <LoadYear
        open={loading}
        onClose={(loaded) => {
          setLoading(false);
          if (loaded) coverage.reload();
        }}
      />
    </Card>
  );
}

interface LoadValues {
  year: number;
  document: string;
  holidays: string;
  adjustedWorkingDays: string;
}

/** One day a line: `2027-02-06 春节`. */
function daysOf(text: string): Day[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [date = '', ...name] = line.split(/\s+/);
      return { date, name: name.join(' ') };
    });
}

function LoadYear(props: { readonly open: boolean; readonly onClose: (loaded: boolean) => void }) {
  const [form] = Form.useForm<LoadValues>();
  const { message } = App.useApp();
  const [error, setError] = useState<string>();
  const lines = { placeholder: '每行一天：2027-02-06 春节' };
  return (
    <Modal
      open={props.open}
      title="录入或替换年度法定节假日安排"
      okText="录入"
      cancelText="取消"
      destroyOnHidden
      onCancel={() => props.onClose(false)}
      onOk={() => form.submit()}
      width={640}
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Form<LoadValues>
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={async (values) => {
          setError(undefined);
          try {
            const loaded = await ok<Schemas['StatutoryYearLoadedView']>(
              api.PUT('/admin/calendar/years/{year}', {
                params: { path: { year: values.year } },
                body: {
                  document: values.document.trim(),
                  holidays: daysOf(values.holidays),
                  adjustedWorkingDays: daysOf(values.adjustedWorkingDays ?? ''),
                },
              }),
            );
            message.success(
              `${loaded.year}年安排已${loaded.replaced ? '替换' : '录入'}，在办案件的期限将重新计算`,
            );
            props.onClose(true);
          } catch (caught) {
            setError(
              caught instanceof ApiError
                ? [caught.userMessage, ...caught.fields.flatMap((f) => f.problems)].join('；')
                : '录入失败，请重试',
            );
          }
        }}
      >
        <Form.Item label="年度" name="year" rules={[{ required: true, message: '请填写年度' }]}>
          <InputNumber min={2000} max={2100} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item
          label="依据文件"
          name="document"
          rules={[{ required: true, whitespace: true, message: '请填写国务院办公厅通知的文号' }]}
        >
          <Input placeholder="国办发明电〔2026〕7号" />
        </Form.Item>
        <Form.Item
          label="放假日期"
          name="holidays"
          rules={[{ required: true, message: '请填写放假日期' }]}
        >
          <Input.TextArea rows={6} {...lines} />
        </Form.Item>
        <Form.Item label="调休上班日期" name="adjustedWorkingDays">
          <Input.TextArea rows={3} placeholder="每行一天：2027-02-14 春节调休上班" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
