import { Button, Card, Descriptions, Empty, Skeleton, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, ok } from '../api/client';
import type { SupervisionCase, SupervisionRung } from '../api/types';
import { ROUTES } from '../app/navigation';
import { useProfile } from '../auth/profile-context';
import { beijingDate, beijingTime } from '../shared/beijing-time';
import { saveFile } from '../shared/command-dialog';
import {
  labelOf,
  ROLE_LABELS,
  SUPERVISION_EVENT_TYPE_LABELS,
  SUPERVISION_RUNG_LABELS,
  SUPERVISION_STATUS_LABELS,
} from '../shared/labels';
import { percent } from '../shared/percent';
import { unitName } from '../shared/unit-name';
import { untilNewer } from '../shared/until-newer';
import { useLoad } from '../shared/use-load';
import { SupervisionActions } from './supervision-actions';

/** One unit supervision case (督导考核): its figures, rungs with due dates, actions, timeline. */
export default function UnitCasePage() {
  const { number = '' } = useParams();
  const { role } = useProfile();
  const record = useLoad(
    () =>
      ok<SupervisionCase>(api.GET('/supervision-cases/{number}', { params: { path: { number } } })),
    number,
  );
  if (record.loading && !record.data) return <Skeleton active />;
  if (!record.data) return <Empty description="没有这件督办案件，或无权查看" />;
  const { state } = record.data;
  const { figures } = state;

  return (
    <div className="unit-case">
      <Card size="small" title={`督办案件 ${state.number}`}>
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label="单位">{unitName(state.unit)}</Descriptions.Item>
          <Descriptions.Item label="专项行动">
            <Link to={ROUTES.campaign(state.campaign.code)}>{state.campaign.name}</Link>
          </Descriptions.Item>
          <Descriptions.Item label="状态">
            <Tag color={state.status === 'open' ? 'error' : 'success'}>
              {labelOf(SUPERVISION_STATUS_LABELS, state.status)}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label="启动时间">{beijingTime(state.openedAt)}</Descriptions.Item>
          <Descriptions.Item label="督办原因">
            {state.openedFor.map((r) => r.text).join('；')}
          </Descriptions.Item>
          <Descriptions.Item label="单位数据">
            发现 {figures.found}，已整改 {figures.rectified}，逾期 {figures.overdue}，整改率{' '}
            {percent(figures.rectificationRate)}，集中检查 {figures.sweepTasks.done}/
            {figures.sweepTasks.total}（{beijingTime(figures.asOf)}）
          </Descriptions.Item>
          {state.closure && (
            <Descriptions.Item label="销号">
              {beijingTime(state.closure.at)} {state.closure.by.name}：{state.closure.reason}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <SupervisionActions
        record={record.data}
        role={role}
        onDone={() =>
          void untilNewer(
            async () =>
              (await api.GET('/supervision-cases/{number}', { params: { path: { number } } })).data,
            record.data!.revision,
          ).then(record.reload)
        }
      />
      <Card size="small" title="督办环节" className="unit-rungs">
        <Timeline
          items={state.rungs.map((rung) => ({
            key: `${rung.kind}-${rung.level}`,
            color: rungDone(rung) ? 'green' : 'red',
            children: <Rung number={state.number} rung={rung} />,
          }))}
        />
      </Card>
      <Card size="small" title="办理记录" className="case-timeline">
        <Timeline
          items={state.events.map((event) => ({
            key: event.seq,
            color: event.actor.role === 'system' ? 'gray' : 'blue',
            children: (
              <div className="timeline-event" data-event-type={event.type}>
                <Typography.Text strong>
                  {labelOf(SUPERVISION_EVENT_TYPE_LABELS, event.type)}
                </Typography.Text>
                <Typography.Text type="secondary">
                  {' '}
                  {beijingTime(event.at)} ·{' '}
                  {event.actor.role === 'system'
                    ? '系统自动'
                    : `${event.actor.name}（${labelOf(ROLE_LABELS, event.actor.role)}）`}
                </Typography.Text>
                {event.summary && <div className="timeline-summary">{event.summary}</div>}
              </div>
            ),
          }))}
        />
      </Card>
    </div>
  );
}

function rungDone(rung: SupervisionRung): boolean {
  return rung.kind === 'interview' ? rung.held !== undefined : rung.issued !== undefined;
}

function Rung({ number, rung }: { readonly number: string; readonly rung: SupervisionRung }) {
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const { data, response } = await api.GET('/supervision-cases/{number}/criticism.pdf', {
        params: { path: { number } },
        parseAs: 'blob',
      });
      if (response.ok && data) saveFile(data, `${rung.issued?.noticeNo ?? number}.pdf`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="unit-rung" data-rung={rung.kind}>
      <Typography.Text strong>{labelOf(SUPERVISION_RUNG_LABELS, rung.kind)}</Typography.Text>
      <Typography.Text type="secondary">
        {' '}
        开启 {beijingTime(rung.openedAt)}，期限 {beijingTime(rung.dueAt)}
      </Typography.Text>
      {rung.issued && (
        <div>
          {beijingTime(rung.issued.at)} {rung.issued.by.name}：{rung.issued.summary}
          {rung.issued.noticeNo && (
            <>
              {' '}
              <Typography.Text code>{rung.issued.noticeNo}</Typography.Text>
              <Button type="link" size="small" loading={busy} onClick={() => void download()}>
                下载通报（PDF）
              </Button>
            </>
          )}
        </div>
      )}
      {rung.scheduled && (
        <div>
          约谈安排：{beijingTime(rung.scheduled.at)}，{rung.scheduled.location}，约谈{' '}
          {rung.scheduled.interviewee}
        </div>
      )}
      {rung.held && (
        <div>
          约谈结果：{beijingTime(rung.held.at)} {rung.held.outcome}；承诺 {rung.held.committedDate}{' '}
          前完成
        </div>
      )}
      {rung.commitmentDueAt && !rung.held && (
        <div>承诺期限：{beijingDate(rung.commitmentDueAt)}</div>
      )}
    </div>
  );
}
