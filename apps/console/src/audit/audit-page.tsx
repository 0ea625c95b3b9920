import { Button, Card, Form, Input, Space, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { ROUTES } from '../app/navigation';

/** 审计: any case's full history with its hash chain checked (the logs have their own page). */
export default function AuditPage() {
  const navigate = useNavigate();
  return (
    <Space direction="vertical" size="middle" className="audit">
      <Card title="案件审计" size="small">
        <Typography.Paragraph>
          输入隐患编号，查看该案件的全部办理记录（谁、何时、依据何种证据、系统自动执行了什么），并校验记录链是否完整未被篡改。
        </Typography.Paragraph>
        <Form
          layout="inline"
          onFinish={({ caseNumber }: { caseNumber: string }) =>
            navigate(ROUTES.auditCase(caseNumber.trim()))
          }
        >
          <Form.Item
            label="隐患编号"
            name="caseNumber"
            rules={[
              { required: true, message: '请输入隐患编号' },
              { pattern: /^\s*TB-\d{4}-\d{6}\s*$/, message: '格式如 TB-2024-000123' },
            ]}
          >
            <Input placeholder="TB-2024-000123" />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit">
              查看审计记录
            </Button>
          </Form.Item>
        </Form>
      </Card>
      <Card title="台账与导出" size="small">
        <Typography.Paragraph>
          在隐患台账中可按任意条件筛选全部案件，并导出 CSV 或
          Excel；点击案件编号可进入详情，再进入其审计记录。
        </Typography.Paragraph>
        <Button onClick={() => navigate(ROUTES.ledger)}>打开隐患台账</Button>
      </Card>
    </Space>
  );
}
