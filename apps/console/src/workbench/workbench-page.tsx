import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Skeleton, Statistic, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { ROUTES } from '../app/navigation';
import { useProfile } from '../auth/profile-context';
import { beijingDate } from '../shared/beijing-time';
import { CaseList } from '../shared/case-list';
import { useOpenCases } from '../shared/use-cases-in-scope';

/** What an officer (not the responsible party, not a supervisor) does next. */
const OFFICER_KINDS = new Set([
  'issue_notice',
  'serve_notice',
  'reinspect',
  'record_interim_measures',
  'patrol',
]);

const DAY_MS = 86_400_000;

/** 工作台: my cases due today, this week and overdue; what waits for me; 登记隐患. */
export default function WorkbenchPage() {
  const profile = useProfile();
  const cases = useOpenCases();
  const now = Date.now();
  const today = beijingDate(new Date(now).toISOString());
  const rows = cases.data ?? [];
  // A step already late (the case not yet 逾期) is due today too: it cannot wait any longer.
  const dueBy = (limit: number) =>
    rows.filter((c) => !c.overdue && c.nextDueAt && Date.parse(c.nextDueAt) <= limit);
  const dueToday = dueBy(Date.parse(`${today}T23:59:59.999+08:00`));
  const dueThisWeek = dueBy(now + 7 * DAY_MS);
  const overdue = rows.filter((c) => c.overdue);
  const waiting = rows.filter((c) => c.nextDueKind && OFFICER_KINDS.has(c.nextDueKind));

  return (
    <div className="workbench">
      <div className="workbench-head">
        <Typography.Title level={4}>{profile.displayName}，您好</Typography.Title>
        <Link to={ROUTES.register}>
          <Button type="primary" size="large" icon={<PlusOutlined />} className="register-button">
            登记隐患
          </Button>
        </Link>
      </div>
      <Row gutter={[12, 12]}>
        <Col xs={8}>
          <Card size="small">
            <Statistic title="今日到期" value={dueToday.length} loading={cases.loading} />
          </Card>
        </Col>
        <Col xs={8}>
          <Card size="small">
            <Statistic title="本周到期" value={dueThisWeek.length} loading={cases.loading} />
          </Card>
        </Col>
        <Col xs={8}>
          <Link to={`${ROUTES.ledger}?overdue=true`}>
            <Card size="small" hoverable>
              <Statistic
                title="已逾期"
                value={overdue.length}
                valueStyle={{ color: '#cf1322' }}
                loading={cases.loading}
              />
            </Card>
          </Link>
        </Col>
      </Row>
      <Card title="等我办理" size="small" className="waiting">
        {cases.loading ? <Skeleton active /> : <CaseList rows={waiting} empty="暂无待办事项" />}
      </Card>
      <Card title="已逾期" size="small">
        {cases.loading ? <Skeleton active /> : <CaseList rows={overdue} empty="没有逾期案件" />}
      </Card>
    </div>
  );
}
