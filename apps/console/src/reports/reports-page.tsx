import { Button, Card, Col, DatePicker, Form, Row, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, ok } from '../api/client';
import type { StoredReport } from '../api/types';
import { beijingDate, beijingTime } from '../shared/beijing-time';
import { saveFile } from '../shared/command-dialog';
import { FormSelect } from '../shared/form-controls';
import { labelOf, REPORT_KIND_LABELS } from '../shared/labels';
import { useLoad } from '../shared/use-load';
import { EmptyText } from '../shared/empty-text';

type Kind = StoredReport['kind'];
type Format = 'pdf' | 'xlsx';

const TITLE = '消防安全隐患排查整治工作进展情况';
const KIND_OPTIONS = Object.entries(REPORT_KIND_LABELS).map(([value, label]) => ({ value, label }));

/** The file's name as the API gives it (Content-Disposition), or one in the same form. */
function fileName(response: Response, fallback: string): string {
  const header = response.headers.get('Content-Disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  return encoded ? decodeURIComponent(encoded) : fallback;
}

async function downloadStored(report: StoredReport, format: Format): Promise<void> {
  const path = { path: { id: report.id } };
  const { data, response } =
    format === 'pdf'
      ? await api.GET('/reports/{id}.pdf', { params: path, parseAs: 'blob' })
      : await api.GET('/reports/{id}.xlsx', { params: path, parseAs: 'blob' });
  if (!response.ok || !data) throw new Error(`report ${report.id}: ${response.status}`);
  const kind = labelOf(REPORT_KIND_LABELS, report.kind);
  saveFile(
    data,
    fileName(response, `${TITLE}（${kind}）${beijingDate(report.periodStart)}.${format}`),
  );
}

async function downloadOnDemand(kind: Kind, date: string | undefined, format: Format) {
  const query = { query: { kind, date } };
  const { data, response } =
    format === 'pdf'
      ? await api.GET('/reports/progress.pdf', { params: query, parseAs: 'blob' })
      : await api.GET('/reports/progress.xlsx', { params: query, parseAs: 'blob' });
  if (!response.ok || !data) throw new Error(`progress report: ${response.status}`);
  saveFile(data, fileName(response, `${TITLE}（${labelOf(REPORT_KIND_LABELS, kind)}）.${format}`));
}

/** 工作报告: the weekly and monthly progress reports the Schedules made, and one made now. */
export default function ReportsPage() {
  const [kind, setKind] = useState<Kind>();
  const reports = useLoad(
    () => ok<StoredReport[]>(api.GET('/reports', { params: { query: { kind } } })),
    kind ?? 'all',
  );
  const [busy, setBusy] = useState<string>();
  const [failed, setFailed] = useState<string>();
  const run = async (key: string, download: () => Promise<void>) => {
    setBusy(key);
    setFailed(undefined);
    try {
      await download();
    } catch {
      setFailed('下载失败，请稍后再试');
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <div className="reports">
      <Card size="small" title="按需生成">
        <OnDemand
          busy={busy}
          onDownload={(k, date, format) =>
            void run(`now-${format}`, () => downloadOnDemand(k, date, format))
          }
        />
        {failed && <Typography.Text type="danger">{failed}</Typography.Text>}
      </Card>
      <Card
        size="small"
        title="定期报告"
        className="stored-reports"
        extra={
          <FormSelect
            aria-label="报告类型"
            allowClear
            placeholder="全部"
            style={{ width: 120 }}
            value={kind}
            options={KIND_OPTIONS}
            onChange={(value) => setKind(value as Kind | undefined)}
          />
        }
      >
        <Table<StoredReport>
          size="small"
          rowKey="id"
          loading={reports.loading}
          dataSource={reports.data ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 560 }}
          locale={{ emptyText: <EmptyText>暂无定期报告（由定时任务每周、每月生成）</EmptyText> }}
          columns={[
            { title: '类型', render: (_, r) => labelOf(REPORT_KIND_LABELS, r.kind) },
            {
              title: '报告期',
              render: (_, r) =>
                `${beijingDate(r.periodStart)} 至 ${beijingDate(new Date(Date.parse(r.periodEnd) - 1).toISOString())}`,
            },
            { title: '生成时间', render: (_, r) => beijingTime(r.generatedAt) },
            {
              title: '下载',
              render: (_, r) => (
                <Space>
                  {(['pdf', 'xlsx'] as const).map((format) => (
                    <Button
                      key={format}
                      size="small"
                      loading={busy === `${r.id}-${format}`}
                      onClick={() => void run(`${r.id}-${format}`, () => downloadStored(r, format))}
                    >
                      {format.toUpperCase()}
                    </Button>
                  ))}
                </Space>
              ),
            },
          ]}
        />
      </Card>
    </div>
  );
}

interface OnDemandProps {
  readonly busy: string | undefined;
  readonly onDownload: (kind: Kind, date: string | undefined, format: Format) => void;
}

function OnDemand({ busy, onDownload }: OnDemandProps) {
  const [form] = Form.useForm<{ kind: Kind; date?: Dayjs }>();
  const download = async (format: Format) => {
    const values = await form.validateFields();
    onDownload(values.kind, values.date?.format('YYYY-MM-DD'), format);
  };
  return (
    <Form form={form} layout="vertical" initialValues={{ kind: 'weekly' }}>
      <Row gutter={16}>
        <Col xs={24} sm={8}>
          <Form.Item label="报告类型" name="kind" rules={[{ required: true }]}>
            <FormSelect options={KIND_OPTIONS} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item label="报告期内任一日（不填为上一完整周期）" name="date">
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item label=" " colon={false}>
            <Space>
              <Button
                type="primary"
                loading={busy === 'now-pdf'}
                onClick={() => void download('pdf')}
              >
                下载 PDF
              </Button>
              <Button loading={busy === 'now-xlsx'} onClick={() => void download('xlsx')}>
                下载 XLSX
              </Button>
            </Space>
          </Form.Item>
        </Col>
      </Row>
    </Form>
  );
}
