import { ApiProperty, ApiPropertyOptional, type SchemaObject } from '@nestjs/swagger';
import {
  type CaseEvent,
  type DeadlineKind,
  type DeadlineRecord,
  type EscalationRung,
  type EscalationRungKind,
  type ExtensionRecord,
  type InterimMeasuresRecord,
  type NoticeRecord,
  type PatrolRecord,
  type RecordedActor,
  type ReinspectionRecord,
  SERVICE_METHODS,
  type ServiceMethod,
} from '@firecase/domain';
import { ActorView, RecordedActorView } from './actor.view';
import { EvidenceRefView } from './discovery.view';

// The records a case keeps, as CaseState holds them. Each class implements its domain type, so a
// field added there and not here fails the build rather than going undocumented.

// As strings, not DeadlineKind[]: the lead's rules v2 adds 'notice' and 'lapse_escalation'.
const DEADLINE_KINDS: readonly string[] = [
  'notice',
  'service',
  'rectification',
  'interim_measures',
  'reinspection',
  'interview',
  'commitment',
  'criticism_and_referral',
  'lapse_escalation',
];

const RUNG_KINDS: readonly EscalationRungKind[] = [
  'reminder',
  'overdue',
  'interview',
  'criticism',
  'referral',
];

const instant = (description?: string) => ApiProperty({ format: 'date-time', description });
const optionalInstant = (description?: string) =>
  ApiPropertyOptional({ format: 'date-time', description });
const evidence = () => ApiProperty({ type: [EvidenceRefView] });

/** A span in working or calendar days, or the end of a given date (China time). */
export const DEADLINE_RULE: SchemaObject = {
  oneOf: [
    {
      type: 'object',
      required: ['workingDays'],
      properties: { workingDays: { type: 'integer', minimum: 0 } },
    },
    {
      type: 'object',
      required: ['calendarDays'],
      properties: { calendarDays: { type: 'integer', minimum: 0 } },
    },
    {
      type: 'object',
      required: ['endOfDate'],
      properties: { endOfDate: { type: 'string', format: 'date' } },
    },
  ],
};

export class DeadlineBasisView {
  @instant('counted from')
  from: string;

  @ApiProperty({ oneOf: DEADLINE_RULE.oneOf })
  rule:
    | { readonly workingDays: number }
    | { readonly calendarDays: number }
    | { readonly endOfDate: string };
}

export class ProvisionalDeadlineView {
  @ApiProperty({ description: 'why the deadline was counted Monday–Friday for now' })
  reason: string;

  @ApiProperty({ type: [Number], description: 'the years whose statutory calendar was missing' })
  years: number[];
}

/** A deadline set, extended or recalculated, with its reason. */
export class DeadlineRecordView implements DeadlineRecord {
  @ApiProperty({ enum: DEADLINE_KINDS })
  kind: DeadlineKind;

  @instant()
  dueAt: string;

  @instant()
  setAt: string;

  @ApiProperty()
  reason: string;

  @ApiProperty({ type: RecordedActorView })
  setBy: RecordedActor;

  @ApiPropertyOptional({
    type: DeadlineBasisView,
    description: 'how it was counted, to count it again when the calendar changes',
  })
  basis?: DeadlineBasisView;

  @ApiPropertyOptional({
    type: ProvisionalDeadlineView,
    description: 'counted Monday–Friday because the year’s statutory calendar is not loaded yet',
  })
  provisional?: ProvisionalDeadlineView;
}

export class NoticeServiceView {
  @instant()
  servedAt: string;

  @ApiProperty({ enum: SERVICE_METHODS })
  method: ServiceMethod;

  @ApiProperty()
  recipient: string;

  @ApiProperty({ type: ActorView })
  recordedBy: ActorView;

  @evidence()
  evidence: EvidenceRefView[];
}

/** 整改通知书 */
export class NoticeRecordView implements NoticeRecord {
  @instant()
  issuedAt: string;

  @ApiProperty({ type: ActorView })
  issuedBy: ActorView;

  @ApiProperty()
  requirements: string;

  @instant()
  serviceDueAt: string;

  @ApiPropertyOptional({
    example: '太白消整〔2026〕第0001号',
    description: 'the number of its document, issued with the update that issues the notice',
  })
  documentNo?: string;

  @ApiPropertyOptional({ type: NoticeServiceView, description: '送达: absent until served' })
  served?: NoticeServiceView;
}

export class PatrolRecordView implements PatrolRecord {
  @instant()
  at: string;

  @ApiProperty({ type: ActorView })
  by: ActorView;

  @ApiProperty()
  measuresInPlace: boolean;

  @ApiPropertyOptional()
  note?: string;

  @evidence()
  evidence: EvidenceRefView[];
}

export class InterimMeasuresTakenView {
  @ApiProperty({ type: [String] })
  items: string[];

  @instant()
  recordedAt: string;

  @ApiProperty({ type: ActorView })
  recordedBy: ActorView;

  @evidence()
  evidence: EvidenceRefView[];
}

/** 临时防范措施 and the patrols that watch them. */
export class InterimMeasuresRecordView implements InterimMeasuresRecord {
  @ApiProperty()
  required: boolean;

  @optionalInstant()
  dueAt?: string;

  @ApiPropertyOptional({ type: InterimMeasuresTakenView })
  measures?: InterimMeasuresTakenView;

  @ApiProperty({ type: [PatrolRecordView] })
  patrols: PatrolRecordView[];

  @optionalInstant()
  nextPatrolDueAt?: string;

  @ApiProperty({ type: [String], description: 'due dates of patrols that were missed' })
  missedPatrols: string[];
}

export class RectificationReportRecordView {
  @instant()
  at: string;

  @ApiProperty({ type: ActorView })
  by: ActorView;

  @ApiProperty()
  note: string;

  @evidence()
  evidence: EvidenceRefView[];
}

/** 复查 */
export class ReinspectionRecordView implements ReinspectionRecord {
  @instant()
  at: string;

  @ApiProperty({ type: ActorView })
  by: ActorView;

  @ApiProperty()
  passed: boolean;

  @ApiProperty()
  findings: string;

  @evidence()
  evidence: EvidenceRefView[];
}

export class RungScheduleView {
  @instant()
  at: string;

  @ApiProperty()
  location: string;

  @ApiProperty()
  interviewee: string;

  @ApiProperty({ type: ActorView })
  by: ActorView;
}

export class RungCompletionView {
  @instant()
  at: string;

  @ApiProperty({ type: RecordedActorView })
  by: RecordedActor;

  @ApiProperty()
  summary: string;

  @evidence()
  evidence: EvidenceRefView[];
}

/** One step up the escalation ladder. */
export class EscalationRungView implements EscalationRung {
  @ApiProperty({ type: 'integer' })
  id: number;

  @ApiProperty({ enum: RUNG_KINDS })
  kind: EscalationRungKind;

  @ApiProperty({ type: 'integer' })
  level: number;

  @instant()
  openedAt: string;

  @ApiProperty()
  reason: string;

  @optionalInstant()
  dueAt?: string;

  @optionalInstant()
  missedAlertedAt?: string;

  @ApiPropertyOptional({ type: RungScheduleView, description: '约谈: when and where' })
  scheduled?: RungScheduleView;

  @ApiPropertyOptional({ type: RungCompletionView })
  completed?: RungCompletionView;
}

export class ExtensionGrantView {
  @instant()
  at: string;

  @ApiProperty({ type: ActorView })
  by: ActorView;

  @ApiProperty()
  reason: string;

  @instant('the new rectification deadline')
  newDeadline: string;
}

export class ExtensionRejectionView {
  @instant()
  at: string;

  @ApiProperty({ type: ActorView })
  by: ActorView;

  @ApiProperty()
  reason: string;
}

/** 延期: a request and its decision (a supervisor may also grant without one). */
export class ExtensionRecordView implements ExtensionRecord {
  @optionalInstant()
  requestedAt?: string;

  @ApiPropertyOptional({ type: ActorView })
  requestedBy?: ActorView;

  @ApiPropertyOptional()
  requestReason?: string;

  @ApiPropertyOptional({ type: ExtensionGrantView })
  granted?: ExtensionGrantView;

  @ApiPropertyOptional({ type: ExtensionRejectionView })
  rejected?: ExtensionRejectionView;
}

export class ClosureRecordView {
  @instant()
  at: string;

  @ApiProperty({ type: ActorView })
  by: ActorView;

  @evidence()
  evidence: EvidenceRefView[];

  @ApiProperty()
  note: string;

  @ApiProperty({ description: '当场整改: closed at registration' })
  onSpot: boolean;
}

export class VoidRecordView {
  @instant()
  at: string;

  @ApiProperty({ type: ActorView })
  by: ActorView;

  @ApiProperty()
  reason: string;
}

/** One line of the case's timeline. */
export class CaseEventView implements CaseEvent {
  @ApiProperty({ type: 'integer', minimum: 1 })
  seq: number;

  @instant()
  at: string;

  @ApiProperty({ example: 'notice_issued' })
  type: string;

  @ApiProperty({ type: RecordedActorView })
  actor: RecordedActor;

  @ApiProperty()
  summary: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'what the event carries, by type',
  })
  detail?: Record<string, unknown>;
}
