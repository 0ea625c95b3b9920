import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type Actor,
  CAMPAIGN_CATEGORY_CODES,
  CAMPAIGN_STATUS_LABELS,
  CAMPAIGN_STEP_LABELS,
  type CampaignCategory,
  type CampaignCategoryAssignment,
  type CampaignDefinition,
  type CampaignPolicy,
  type CampaignStatus,
  type CampaignStepKind,
  type CampaignStepRecord,
  DEPARTMENT_CODES,
  type DepartmentCode,
  type Duration,
  KEY_PERIOD_CALLS,
  type KeyPeriod,
  type KeyPeriodCall,
  type KeyPeriodPolicy,
  type OpenedSupervision,
  PLACE_TYPES,
  type PlaceType,
  SWEEP_TASK_STATUS_LABELS,
  type SweepInspection,
  type SweepTask,
  type SweepTaskStatus,
  type Unit,
  UNIT_KINDS,
  type UnitKind,
  type UnitSupervisionPolicy,
} from '@firecase/domain';
import { ActorView } from '../cases/view/actor.view';
import { AuditEventView } from '../history/case-history.view';
import { EvidenceRefView } from '../cases/view/discovery.view';
import type { CampaignResponse } from './campaign-read.service';

// The campaign as the API answers it. Each class implements its domain type, so a field added
// there and not here fails the build; the document then names every property the answer has.

const instant = (description?: string) => ApiProperty({ format: 'date-time', description });
const optionalInstant = (description?: string) =>
  ApiPropertyOptional({ format: 'date-time', description });
const count = (description?: string) =>
  ApiPropertyOptional({ type: 'number', minimum: 0, description });

/** A span of calendar time: any mix of days, hours, minutes and seconds. */
export class DurationView implements Duration {
  @count()
  days?: number;

  @count()
  hours?: number;

  @count()
  minutes?: number;

  @count()
  seconds?: number;
}

export class KeyPeriodPolicyView implements KeyPeriodPolicy {
  @ApiProperty({ type: DurationView })
  warningBeforeStart: DurationView;

  @ApiProperty({ type: DurationView })
  sweepOpensBeforeStart: DurationView;

  @ApiProperty({ type: DurationView })
  sweepDueAfterEnd: DurationView;

  @ApiProperty({ type: DurationView })
  nightPatrolFirstAfterStart: DurationView;

  @ApiProperty({ type: DurationView })
  nightPatrolEvery: DurationView;

  @ApiProperty({ enum: PLACE_TYPES, isArray: true })
  defaultPlaceTypes: PlaceType[];
}

export class SupervisionRungsPolicyView {
  @ApiProperty({ type: DurationView })
  supervisionNoticeWithin: DurationView;

  @ApiProperty({ type: DurationView })
  responseWindow: DurationView;

  @ApiProperty({ type: DurationView })
  criticismWithin: DurationView;

  @ApiProperty({ type: DurationView })
  interviewHeldWithin: DurationView;

  @ApiProperty({ type: DurationView })
  commitmentAtMost: DurationView;
}

export class UnitSupervisionPolicyView implements UnitSupervisionPolicy {
  @ApiProperty({ type: DurationView })
  evaluateEvery: DurationView;

  @ApiProperty({ type: 'number', minimum: 0 })
  overdueRateAbovePercent: number;

  @ApiProperty({ type: 'integer', minimum: 0 })
  minimumCasesForRate: number;

  @ApiProperty({ type: 'number', minimum: 0 })
  caseOverdueMoreThanDays: number;

  @ApiProperty({ type: 'integer', minimum: 0 })
  undoneSweepTasksAbove: number;

  @ApiProperty({ type: SupervisionRungsPolicyView })
  rungs: SupervisionRungsPolicyView;
}

export class CampaignPolicyView implements CampaignPolicy {
  @ApiProperty({ example: 'campaign-2023.1' })
  version: string;

  @ApiProperty({ type: KeyPeriodPolicyView })
  keyPeriods: KeyPeriodPolicyView;

  @ApiProperty({ type: DurationView })
  recordingGraceAfterEnd: DurationView;

  @ApiProperty({ type: UnitSupervisionPolicyView })
  supervision: UnitSupervisionPolicyView;
}

/** 重点时段: its span (end exclusive) and what it calls for. */
export class KeyPeriodView implements KeyPeriod {
  @ApiProperty({ example: 'spring-festival' })
  code: string;

  @ApiProperty({ example: '春节' })
  name: string;

  @instant()
  startsAt: string;

  @instant('exclusive')
  endsAt: string;

  @ApiProperty({ enum: KEY_PERIOD_CALLS, isArray: true })
  calls: KeyPeriodCall[];

  @ApiProperty({ enum: PLACE_TYPES, isArray: true })
  placeTypes: PlaceType[];

  @ApiPropertyOptional({ example: '烟花爆竹禁放区域专人值守' })
  note?: string;
}

export class CampaignCategoryAssignmentView implements CampaignCategoryAssignment {
  @ApiProperty({ enum: CAMPAIGN_CATEGORY_CODES })
  category: CampaignCategory;

  @ApiProperty({ enum: DEPARTMENT_CODES })
  leadDepartment: DepartmentCode;

  @ApiProperty({ example: '刘志强', description: '责任领导' })
  responsibleLeader: string;
}

/** 专项行动 as it was defined. */
export class CampaignDefinitionView implements CampaignDefinition {
  @ApiProperty({ example: 'taibai-2023-winter-spring' })
  code: string;

  @ApiProperty({ example: '2023年今冬明春消防安全防范工作' })
  name: string;

  @instant()
  startsAt: string;

  @instant('exclusive')
  endsAt: string;

  @ApiProperty({ type: [CampaignCategoryAssignmentView] })
  categories: CampaignCategoryAssignmentView[];

  @ApiProperty({ type: [KeyPeriodView] })
  keyPeriods: KeyPeriodView[];

  @ApiProperty({ type: CampaignPolicyView })
  policy: CampaignPolicyView;

  @ApiProperty({ type: ActorView })
  definedBy: Actor;

  @instant()
  definedAt: string;
}

/** A unit of the office: a village or community (村/社区), or a department (科室). */
export class UnitView implements Unit {
  @ApiProperty({ enum: UNIT_KINDS })
  kind: UnitKind;

  @ApiProperty({ example: 'taibai' })
  code: string;

  @ApiProperty({ example: '太白社区' })
  name: string;
}

export class PlacesInspectedView {
  @ApiProperty({ enum: PLACE_TYPES })
  placeType: PlaceType;

  @ApiProperty({ type: 'integer', minimum: 0 })
  count: number;
}

/** The inspection that did a task. */
export class SweepInspectionView implements SweepInspection {
  @instant()
  recordedAt: string;

  @instant()
  inspectedAt: string;

  @ApiProperty({ type: ActorView })
  by: Actor;

  @ApiProperty({ type: [PlacesInspectedView] })
  placesInspected: PlacesInspectedView[];

  @ApiProperty()
  findings: string;

  @ApiProperty({ type: [String], example: ['TB-2024-000123'] })
  hazardCaseNumbers: string[];

  @ApiProperty({ type: [EvidenceRefView] })
  evidence: EvidenceRefView[];
}

/** 集中检查任务: one unit's share of a key period's concentrated inspection. */
export class SweepTaskView implements SweepTask {
  @ApiProperty({ example: 'spring-festival.03' })
  id: string;

  @ApiProperty({ example: 'spring-festival' })
  keyPeriodCode: string;

  @ApiProperty({ type: UnitView })
  unit: UnitView;

  @ApiProperty({ enum: PLACE_TYPES, isArray: true })
  placeTypes: PlaceType[];

  @instant()
  openedAt: string;

  @instant()
  dueAt: string;

  @ApiProperty({ enum: Object.keys(SWEEP_TASK_STATUS_LABELS) })
  status: SweepTaskStatus;

  @optionalInstant('when the campaign told the unit it was past due')
  overdueAlertedAt?: string;

  @ApiPropertyOptional({ type: SweepInspectionView })
  inspection?: SweepInspectionView;
}

/** A step of the plan as it happened. */
export class CampaignStepRecordView implements CampaignStepRecord {
  @ApiProperty({ example: 'spring-festival/warning' })
  id: string;

  @ApiProperty({ enum: Object.keys(CAMPAIGN_STEP_LABELS) })
  kind: CampaignStepKind;

  @instant('when it was planned')
  at: string;

  @instant()
  firedAt: string;

  @ApiProperty({ enum: ['done', 'skipped'] })
  outcome: 'done' | 'skipped';

  @ApiProperty({ type: 'integer', minimum: 0, description: 'units told or tasked' })
  recipients: number;
}

export class OpenedSupervisionView implements OpenedSupervision {
  @ApiProperty({ example: 'DB-2024-0001' })
  number: string;

  @ApiProperty({ example: 'community:taibai' })
  unitKey: string;

  @instant()
  openedAt: string;
}

export class CampaignCancellationView {
  @instant()
  at: string;

  @ApiProperty({ type: ActorView })
  by: Actor;

  @ApiProperty()
  reason: string;
}

/** A campaign: its definition, where it stands, its steps, tasks and supervision cases. */
export class CampaignResponseView implements CampaignResponse {
  @ApiProperty({ example: 'taibai-2023-winter-spring' })
  code: string;

  @ApiProperty({ type: CampaignDefinitionView })
  definition: CampaignDefinitionView;

  @ApiProperty({ enum: Object.keys(CAMPAIGN_STATUS_LABELS) })
  status: CampaignStatus;

  @ApiProperty({ type: 'integer', minimum: 0 })
  revision: number;

  @ApiProperty({ type: [CampaignStepRecordView] })
  steps: CampaignStepRecordView[];

  @ApiProperty({ type: [SweepTaskView] })
  tasks: SweepTaskView[];

  @optionalInstant('while running: when the units’ figures are next looked at')
  nextEvaluationAt?: string;

  @ApiProperty({ type: [OpenedSupervisionView] })
  supervisions: OpenedSupervisionView[];

  @ApiPropertyOptional({ type: CampaignCancellationView })
  cancelled?: CampaignCancellationView;
}

/** A recorded inspection: the task as it now stands, and the campaign. */
export class RecordedInspectionView {
  @ApiProperty({ type: CampaignResponseView })
  campaign: CampaignResponseView;

  @ApiPropertyOptional({ type: SweepTaskView })
  task?: SweepTaskView;
}

/**
 * One event of a campaign's or a unit supervision case's audit trail: the same hash chain as a
 * case's (AuditEventView), under the subject `campaign-<code>` or `DB-YYYY-NNNN`.
 */
export class SubjectAuditEventView extends AuditEventView {
  @ApiProperty({
    pattern: '^(campaign-[a-z0-9][a-z0-9-]{2,63}|DB-\\d{4}-\\d{4,})$',
    example: 'campaign-taibai-2023-winter-spring',
    description: 'the campaign’s workflow id, or the supervision case’s number',
  })
  declare caseNumber: string;

  @ApiProperty({ example: 'sweep_inspection_recorded' })
  declare eventType: string;
}
