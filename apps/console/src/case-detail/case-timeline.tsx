import { RobotOutlined, UserOutlined } from '@ant-design/icons';
import { Timeline, Typography } from 'antd';
import type { CaseEvent } from '../api/types';
import { beijingTime } from '../shared/beijing-time';
import { EvidenceThumbs } from '../shared/evidence-thumbs';
import { EVENT_TYPE_LABELS, labelOf, ROLE_LABELS } from '../shared/labels';

interface Props {
  readonly events: readonly CaseEvent[];
  readonly evidence: ReadonlyMap<number, readonly string[]>;
}

/** Every event of the case: what, when (Beijing time), who, on what evidence; 系统 for timers. */
export function CaseTimeline({ events, evidence }: Props) {
  return (
    <Timeline
      className="case-timeline"
      items={events.map((event) => {
        const bySystem = event.actor.role === 'system';
        return {
          key: event.seq,
          color: bySystem ? 'gray' : 'blue',
          dot: bySystem ? (
            <RobotOutlined aria-label="系统自动" />
          ) : (
            <UserOutlined aria-label="人工办理" />
          ),
          children: (
            <div className="timeline-event" data-event-type={event.type}>
              <Typography.Text strong>{labelOf(EVENT_TYPE_LABELS, event.type)}</Typography.Text>
              <Typography.Text type="secondary" className="timeline-meta">
                {' '}
                {beijingTime(event.at)} ·{' '}
                {bySystem
                  ? '系统自动'
                  : `${event.actor.name}（${labelOf(ROLE_LABELS, event.actor.role)}）`}
              </Typography.Text>
              {event.summary && <div className="timeline-summary">{event.summary}</div>}
              <EvidenceThumbs ids={evidence.get(event.seq) ?? []} />
            </div>
          ),
        };
      })}
    />
  );
}
