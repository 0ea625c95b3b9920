import { Alert, Card, Col, Descriptions, List, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../api/api-error';
import type { CaseView } from '../api/types';
import { ROUTES } from '../app/navigation';
import { useProfile } from '../auth/profile-context';
import { beijingTime } from '../shared/beijing-time';
import { DueTag } from '../shared/due-tag';
import { ProvisionalTag } from '../shared/provisional-tag';
import { EvidenceThumbs } from '../shared/evidence-thumbs';
import {
  categoryLabel,
  departmentLabel,
  hazardTypeLabel,
  labelOf,
  OBLIGATION_LABELS,
  AUDIENCE_LABELS,
  RUNG_LABELS,
  SEVERITY_LABELS,
  STATUS_LABELS,
} from '../shared/labels';
import { NotFoundPage } from '../shared/not-found-page';
import { communityName, gridName, useOrganisation } from '../shared/use-organisation';
import { ActionPanel } from './actions/action-panel';
import { asDomainState, availableActions } from './available-actions';
import { CaseNotices } from './case-notices';
import { CaseTimeline } from './case-timeline';
import { evidenceByEvent } from './event-evidence';
import { useCase, useNotices } from './use-case';

/** 案件详情: where the case stands, everything that happened, and what the user can do now. */
export default function CaseDetailPage() {
  const { caseNumber = '' } = useParams();
  const loaded = useCase(caseNumber);
  const profile = useProfile();
  const view = loaded.data;
  const notices = useNotices(caseNumber, view?.state.revision);
  const actions = useMemo(
    () => (view ? availableActions(asDomainState(view.state), profile) : []),
    [view, profile],
  );

  if (loaded.error instanceof ApiError && loaded.error.status === 404) return <NotFoundPage />;
  if (loaded.error) {
    return (
      <Alert
        type="error"
        showIcon
        message={loaded.error instanceof ApiError ? loaded.error.userMessage : '加载失败'}
      />
    );
  }
  if (!view) return <Skeleton active />;

  return (
    <Space direction="vertical" size="middle" className="case-detail">
      <CaseSummary view={view} />
      {actions.length > 0 && (
        <ActionPanel
          caseNumber={caseNumber}
          actions={actions}
          context={{
            department: view.state.discovery.department,
            currentOfficer: (view.state.assignedOfficer ?? view.state.registeredBy).userId,
          }}
          onDone={loaded.reload}
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title="办理过程" size="small">
            <CaseTimeline events={view.state.events} evidence={evidenceByEvent(view.state)} />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Space direction="vertical" size="middle" style={{ width: '100%' }}>
            <Card title="待办事项" size="small">
              <Obligations view={view} />
            </Card>
            <Card title="整改通知书" size="small">
              {notices.data ? (
                <CaseNotices notices={notices.data} />
              ) : (
                <Skeleton active paragraph={{ rows: 1 }} />
              )}
            </Card>
            <Card title="督办环节" size="small">
              <Rungs view={view} />
            </Card>
          </Space>
        </Col>
      </Row>
      {profile.role === 'auditor' && (
        <Link to={ROUTES.auditCase(caseNumber)}>查看审计记录与链校验</Link>
      )}
    </Space>
  );
}

function CaseSummary({ view }: { readonly view: CaseView }) {
  const organisation = useOrganisation();
  const { state, nextDue } = view;
  const { discovery } = state;
  // The deadline in force is the latest rectification record (extensions add later ones).
  const rectificationDeadline = state.deadlines.filter((d) => d.kind === 'rectification').at(-1);
  return (
    <Card
      size="small"
      title={
        <Space wrap>
          <Typography.Title level={4} className="case-number">
            {state.caseNumber}
          </Typography.Title>
          <Tag color="blue" className="case-status">
            {labelOf(STATUS_LABELS, state.status)}
          </Tag>
          <DueTag overdue={state.overdue} nextDueAt={nextDue?.dueAt} />
          {discovery.severity === 'major' && <Tag color="red">{SEVERITY_LABELS.major}</Tag>}
        </Space>
      }
    >
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} className="case-facts">
        <Descriptions.Item label="整改期限">
          {beijingTime(state.deadlineAt)}
          <ProvisionalTag reason={rectificationDeadline?.provisional?.reason} />
        </Descriptions.Item>
        <Descriptions.Item label="下一办理事项">
          {nextDue
            ? `${labelOf(OBLIGATION_LABELS, nextDue.kind)}（${beijingTime(nextDue.dueAt)}前）`
            : '—'}
          {nextDue && <ProvisionalTag reason={nextDue.provisional} />}
        </Descriptions.Item>
        <Descriptions.Item label="承办人">
          {(state.assignedOfficer ?? state.registeredBy).name}
        </Descriptions.Item>
        <Descriptions.Item label="督办等级">
          {state.escalationLevel > 0 ? `第 ${state.escalationLevel} 级` : '未升级'}
        </Descriptions.Item>
        <Descriptions.Item label="隐患类别">{categoryLabel(discovery.category)}</Descriptions.Item>
        <Descriptions.Item label="隐患类型">
          {hazardTypeLabel(discovery.hazardType)}
        </Descriptions.Item>
        <Descriptions.Item label="隐患等级">
          {labelOf(SEVERITY_LABELS, discovery.severity)}
        </Descriptions.Item>
        <Descriptions.Item label="责任科室">
          {departmentLabel(discovery.department)}
        </Descriptions.Item>
        <Descriptions.Item label="所属村（社区）">
          {communityName(organisation.data, discovery.location.community)}
          {discovery.location.grid
            ? ` · ${gridName(organisation.data, discovery.location.community, discovery.location.grid)}`
            : ''}
        </Descriptions.Item>
        <Descriptions.Item label="地址">
          {[discovery.location.building, discovery.location.address].filter(Boolean).join(' ')}
        </Descriptions.Item>
        <Descriptions.Item label="责任单位">
          {discovery.responsibleParty.name}
          {discovery.responsibleParty.head ? `（负责人 ${discovery.responsibleParty.head}）` : ''}
        </Descriptions.Item>
        <Descriptions.Item label="联系人">
          {[discovery.responsibleParty.contactPerson, discovery.responsibleParty.phone]
            .filter(Boolean)
            .join(' ') || '—'}
        </Descriptions.Item>
        <Descriptions.Item label="发现时间">
          {beijingTime(discovery.discoveredAt)}
        </Descriptions.Item>
        <Descriptions.Item label="隐患描述" span={3}>
          {discovery.description}
        </Descriptions.Item>
      </Descriptions>
      <EvidenceThumbs ids={discovery.evidence.map((e) => e.evidenceId)} />
    </Card>
  );
}

function Obligations({ view }: { readonly view: CaseView }) {
  if (view.obligations.length === 0) return <Typography.Text type="secondary">无</Typography.Text>;
  return (
    <List
      size="small"
      dataSource={[...view.obligations]}
      renderItem={(o) => (
        <List.Item>
          <List.Item.Meta
            title={labelOf(OBLIGATION_LABELS, o.kind)}
            description={`${o.dueAt ? `${beijingTime(o.dueAt)}前` : '无期限'} · ${o.owner === 'responsible_party' ? AUDIENCE_LABELS.responsible_party : labelOf(AUDIENCE_LABELS, o.owner)}`}
          />
        </List.Item>
      )}
    />
  );
}

function Rungs({ view }: { readonly view: CaseView }) {
  const rungs = view.state.rungs;
  if (rungs.length === 0) return <Typography.Text type="secondary">未启动督办</Typography.Text>;
  return (
    <List
      size="small"
      dataSource={[...rungs]}
      renderItem={(rung) => (
        <List.Item>
          <List.Item.Meta
            title={`${labelOf(RUNG_LABELS, rung.kind)}（第 ${rung.level} 级）`}
            description={
              rung.completed
                ? `已完成 ${beijingTime(rung.completed.at)}`
                : rung.dueAt
                  ? `${beijingTime(rung.dueAt)}前办理`
                  : `启动于 ${beijingTime(rung.openedAt)}`
            }
          />
        </List.Item>
      )}
    />
  );
}
