import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type Actor,
  LAG_KIND_LABELS,
  type LagKind,
  type LagReason,
  type RecordedActor,
  SUPERVISION_RUNG_KINDS,
  SUPERVISION_STATUS_LABELS,
  type SupervisionRung,
  type SupervisionRungKind,
  type SupervisionStatus,
  type UnitFigures,
  type UnitSupervisionState,
} from '@firecase/domain';
import type { SupervisionCaseRecord } from '@firecase/persistence';
import { UnitSupervisionPolicyView, UnitView } from '../campaigns/campaign.view';
import { ActorView, RecordedActorView } from '../cases/view/actor.view';
import { CaseEventView } from '../cases/view/case-records.view';
import { EvidenceRefView } from '../cases/view/discovery.view';

// Unit supervision (督导考核, 督办) as the API answers it; each class implements its domain type.

const instant = (description?: string) => ApiProperty({ format: 'date-time', description });
const optionalInstant = (description?: string) =>
  ApiPropertyOptional({ format: 'date-time', description });
const whole = (description?: string) => ApiProperty({ type: 'integer', minimum: 0, description });

export class SweepTaskFiguresView {
  @whole()
  total: number;

  @whole()
  done: number;

  @whole('past their due date and not done')
  undonePastDue: number;
}

/** How a unit stands in one campaign. */
export class UnitFiguresView implements UnitFigures {
  @ApiProperty({ type: UnitView })
  unit: UnitView;

  @ApiProperty({ example: 'taibai-2023-winter-spring' })
  campaignCode: string;

  @instant()
  asOf: string;

  @whole('发现')
  found: number;

  @whole('已整改')
  rectified: number;

  @whole('逾期')
  overdue: number;

  @ApiProperty({
    type: 'number',
    minimum: 0,
    maximum: 1,
    nullable: true,
    description: '整改率; null with no cases',
  })
  rectificationRate: number | null;

  @ApiProperty({ type: 'number', minimum: 0, nullable: true, description: 'null with none closed' })
  medianDaysToFix: number | null;

  @whole('open cases past the ladder’s 约谈 rung')
  pastInterviewRung: number;

  @ApiProperty({ type: 'number', minimum: 0 })
  longestOverdueDays: number;

  @ApiProperty({ type: SweepTaskFiguresView })
  sweepTasks: SweepTaskFiguresView;
}

/** Why a unit lags, by the campaign's policy. */
export class LagReasonView implements LagReason {
  @ApiProperty({ enum: Object.keys(LAG_KIND_LABELS) })
  kind: LagKind;

  @ApiProperty({ type: 'number' })
  value: number;

  @ApiProperty({ type: 'number' })
  threshold: number;

  @ApiProperty({ example: '逾期率40%，超过20%' })
  text: string;
}

/** GET /campaigns/:code/units: a unit's figures and why it lags (empty: it does not). */
export class UnitStandingView extends UnitFiguresView {
  @ApiProperty({ type: [LagReasonView] })
  lagging: LagReasonView[];
}

export class RungIssueView {
  @instant()
  at: string;

  @ApiProperty({ type: ActorView })
  by: Actor;

  @ApiProperty()
  summary: string;

  @ApiProperty({ type: [EvidenceRefView] })
  evidence: EvidenceRefView[];

  @ApiPropertyOptional({ example: '太白消督〔2026〕第0001号', description: '通报批评: its number' })
  noticeNo?: string;
}

export class InterviewScheduleView {
  @instant()
  at: string;

  @ApiProperty()
  location: string;

  @ApiProperty()
  interviewee: string;

  @ApiProperty({ type: ActorView })
  by: Actor;
}

export class InterviewHeldView {
  @instant()
  at: string;

  @ApiProperty({ type: ActorView })
  by: Actor;

  @ApiProperty()
  outcome: string;

  @ApiProperty({ format: 'date', example: '2024-03-15' })
  committedDate: string;

  @ApiProperty({ type: [EvidenceRefView] })
  evidence: EvidenceRefView[];
}

/** One rung: its due date, who acted, on what evidence. */
export class SupervisionRungView implements SupervisionRung {
  @ApiProperty({ enum: SUPERVISION_RUNG_KINDS })
  kind: SupervisionRungKind;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 3 })
  level: number;

  @instant()
  openedAt: string;

  @instant()
  dueAt: string;

  @optionalInstant()
  missedAlertedAt?: string;

  @ApiPropertyOptional({ type: RungIssueView })
  issued?: RungIssueView;

  @ApiPropertyOptional({ type: InterviewScheduleView })
  scheduled?: InterviewScheduleView;

  @ApiPropertyOptional({ type: InterviewHeldView })
  held?: InterviewHeldView;

  @optionalInstant()
  commitmentDueAt?: string;

  @optionalInstant()
  commitmentMissedAt?: string;
}

export class SupervisionCampaignView {
  @ApiProperty({ example: 'taibai-2023-winter-spring' })
  code: string;

  @ApiProperty({ example: '2023年今冬明春消防安全防范工作' })
  name: string;
}

export class SupervisionClosureView {
  @instant()
  at: string;

  @ApiProperty({ type: RecordedActorView })
  by: RecordedActor;

  @ApiProperty()
  reason: string;

  @ApiProperty({ description: 'closed because the figures recovered' })
  recovered: boolean;
}

/** 督办案件 as its workflow holds it. */
export class UnitSupervisionStateView implements UnitSupervisionState {
  @ApiProperty({ example: 'DB-2024-0001' })
  number: string;

  @ApiProperty({ type: SupervisionCampaignView })
  campaign: SupervisionCampaignView;

  @ApiProperty({ type: UnitView })
  unit: UnitView;

  @ApiProperty({ type: UnitSupervisionPolicyView })
  policy: UnitSupervisionPolicyView;

  @instant()
  openedAt: string;

  @ApiProperty({ type: [LagReasonView] })
  openedFor: LagReasonView[];

  @ApiProperty({ enum: Object.keys(SUPERVISION_STATUS_LABELS) })
  status: SupervisionStatus;

  @ApiProperty({ type: 'integer', minimum: 0, maximum: 3 })
  level: number;

  @ApiProperty({ type: [SupervisionRungView] })
  rungs: SupervisionRungView[];

  @ApiProperty({ type: UnitFiguresView })
  figures: UnitFiguresView;

  @optionalInstant()
  nextEvaluationAt?: string;

  @ApiPropertyOptional({ type: SupervisionClosureView })
  closure?: SupervisionClosureView;

  @ApiProperty({ type: 'integer', minimum: 0 })
  revision: number;

  @ApiProperty({ type: [CaseEventView] })
  events: CaseEventView[];
}

/** A unit supervision case from the read model, with its state. */
export class SupervisionCaseRecordView implements SupervisionCaseRecord {
  @ApiProperty({ example: 'DB-2024-0001' })
  number: string;

  @ApiProperty({ type: 'integer', minimum: 0 })
  revision: number;

  @ApiProperty({ example: 'taibai-2023-winter-spring' })
  campaignCode: string;

  @ApiProperty({ type: UnitView })
  unit: UnitView;

  @ApiProperty({ enum: Object.keys(SUPERVISION_STATUS_LABELS) })
  status: string;

  @ApiProperty({ type: 'integer', minimum: 0, maximum: 3 })
  level: number;

  @ApiProperty({ enum: SUPERVISION_RUNG_KINDS })
  rung: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  nextDueAt: string | null;

  @instant()
  openedAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  closedAt: string | null;

  @ApiProperty({ type: UnitSupervisionStateView })
  state: UnitSupervisionStateView;
}

/** POST …/criticism: the notice's number and hash, and the case as it now stands. */
export class IssuedCriticismView {
  @ApiProperty({ example: '太白消督〔2026〕第0001号' })
  noticeNo: string;

  @ApiProperty({ pattern: '^[0-9a-f]{64}$' })
  sha256: string;

  @ApiProperty({ type: UnitSupervisionStateView })
  case: UnitSupervisionStateView;
}
