import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CaseView } from '@firecase/contract';
import {
  CASE_STATUSES,
  type CaseState,
  type CaseStatus,
  type Obligation,
  type PrintedDeadlineReview,
} from '@firecase/domain';
import { ActorView } from './actor.view';
import { CasePolicyView } from './case-policy.view';
import {
  CaseEventView,
  ClosureRecordView,
  DeadlineRecordView,
  EscalationRungView,
  ExtensionRecordView,
  InterimMeasuresRecordView,
  NoticeRecordView,
  RectificationReportRecordView,
  ReinspectionRecordView,
  VoidRecordView,
} from './case-records.view';
import { DiscoveryView } from './discovery.view';

const instant = (description?: string) => ApiPropertyOptional({ format: 'date-time', description });

/** 承办人 */
export class AssignedOfficerView {
  @ApiProperty()
  userId: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ format: 'date-time' })
  since: string;

  @ApiProperty({ type: ActorView, description: 'the supervisor who assigned the case' })
  by: ActorView;
}

/** A step not done in time: alerted, then put to the supervisor. */
export class LapseView {
  @ApiProperty({ format: 'date-time' })
  missedAt: string;

  @instant()
  escalateAt?: string;

  @instant()
  escalatedAt?: string;
}

export class LapsesView {
  @ApiPropertyOptional({ type: LapseView, description: 'the notice was not issued in time' })
  notice?: LapseView;

  @ApiPropertyOptional({ type: LapseView, description: 'the notice was not served in time' })
  service?: LapseView;
}

/** A printed deadline that falls on a day off by a statutory calendar loaded later. */
export class PrintedDeadlineReviewView implements PrintedDeadlineReview {
  @ApiProperty({ format: 'date-time' })
  deadlineAt: string;

  @ApiProperty({ format: 'date' })
  date: string;

  @ApiProperty({ format: 'date' })
  firstWorkingDayAfter: string;

  @ApiProperty({ type: 'integer' })
  year: number;

  @ApiProperty({ description: 'the State Council notice the calendar was loaded from' })
  document: string;

  @ApiProperty({ format: 'date-time' })
  flaggedAt: string;
}

/** Everything the case workflow knows about one hazard. */
export class CaseStateView implements CaseState {
  @ApiProperty({ pattern: '^TB-\\d{4}-\\d{6}$', example: 'TB-2026-000001' })
  caseNumber: string;

  @ApiProperty({ type: DiscoveryView })
  discovery: DiscoveryView;

  @ApiProperty({ type: ActorView })
  registeredBy: ActorView;

  @ApiPropertyOptional({
    type: AssignedOfficerView,
    description: '承办人; absent means registeredBy',
  })
  assignedOfficer?: AssignedOfficerView;

  @ApiProperty({ type: CasePolicyView })
  policy: CasePolicyView;

  @ApiPropertyOptional({ type: 'integer', description: 'the version of the lifecycle rules' })
  rulesVersion?: number;

  @ApiProperty({ enum: CASE_STATUSES })
  status: CaseStatus;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'bumped on every change' })
  revision: number;

  @ApiPropertyOptional({ type: NoticeRecordView })
  notice?: NoticeRecordView;

  @instant('the rectification deadline in force')
  deadlineAt?: string;

  @ApiProperty({ type: [DeadlineRecordView], description: 'every deadline set, with its reason' })
  deadlines: DeadlineRecordView[];

  @instant('the date an interview (约谈) committed the party to')
  commitmentDeadline?: string;

  @instant()
  reminderSentFor?: string;

  @ApiProperty({ type: 'integer', minimum: 0 })
  missedDeadlines: number;

  @instant()
  lastMissedDeadline?: string;

  @instant()
  overdueSince?: string;

  @ApiProperty()
  overdue: boolean;

  @ApiPropertyOptional({ type: InterimMeasuresRecordView })
  interim?: InterimMeasuresRecordView;

  @ApiProperty({ type: [RectificationReportRecordView] })
  rectificationReports: RectificationReportRecordView[];

  @instant()
  reinspectionDueAt?: string;

  @ApiPropertyOptional({ enum: ['reported', 'deadline_expired'] })
  reinspectionReason?: 'reported' | 'deadline_expired';

  @instant()
  reinspectionMissedAlertedAt?: string;

  @ApiProperty({ type: [ReinspectionRecordView] })
  reinspections: ReinspectionRecordView[];

  @ApiProperty({ type: [ExtensionRecordView] })
  extensions: ExtensionRecordView[];

  @ApiProperty({ type: 'integer', minimum: 0 })
  escalationLevel: number;

  @ApiProperty({ type: [EscalationRungView] })
  rungs: EscalationRungView[];

  @instant()
  serviceMissedAlertedAt?: string;

  @instant()
  interimMissedAlertedAt?: string;

  @ApiPropertyOptional({ type: ClosureRecordView, description: '销号' })
  closure?: ClosureRecordView;

  @ApiPropertyOptional({ type: VoidRecordView, description: '作废' })
  voided?: VoidRecordView;

  @instant('rules v2: when the rectification notice is due')
  noticeDueAt?: string;

  @ApiPropertyOptional({ type: LapsesView, description: 'rules v2: steps not done in time' })
  lapses?: LapsesView;

  @instant('rules v2: the next reminder while nothing else is due (持续督办)')
  followUpDueAt?: string;

  @ApiPropertyOptional({ type: PrintedDeadlineReviewView })
  printedDeadlineReview?: PrintedDeadlineReviewView;

  @ApiProperty({ type: [CaseEventView], description: 'the timeline, oldest first' })
  events: CaseEventView[];
}

/** Something a person owes on a case by a date. */
export class ObligationView implements Obligation {
  @ApiProperty({ example: 'serve_notice' })
  kind: string;

  @instant()
  dueAt?: string;

  @ApiProperty({ enum: ['officer', 'supervisor', 'responsible_party'] })
  owner: Obligation['owner'];

  @ApiProperty()
  description: string;

  @ApiPropertyOptional({ description: 'why the due date is provisional (calendar not loaded)' })
  provisional?: string;
}

/** The next dated thing on a case: what someone owes, or the ladder's next step (the system's). */
export class DueItemView {
  @ApiProperty({ example: 'serve_notice' })
  kind: string;

  @instant()
  dueAt?: string;

  @ApiProperty({ enum: ['officer', 'supervisor', 'responsible_party', 'system'] })
  owner: Obligation['owner'];

  @ApiProperty()
  description: string;

  @ApiPropertyOptional({ description: 'why the due date is provisional (calendar not loaded)' })
  provisional?: string;
}

/** A case as its workflow holds it: what every case action answers with. */
export class CaseViewDto implements CaseView {
  @ApiProperty({ type: CaseStateView })
  state: CaseStateView;

  @ApiProperty({ type: [ObligationView], description: 'open obligations, earliest due first' })
  obligations: ObligationView[];

  @ApiPropertyOptional({ type: DueItemView, description: 'the next dated thing on the case' })
  nextDue?: DueItemView;
}

/** POST /cases: the number given and the case as it now stands. */
export class OpenedCaseView {
  @ApiProperty({ pattern: '^TB-\\d{4}-\\d{6}$', example: 'TB-2026-000001' })
  caseNumber: string;

  @ApiProperty({ description: 'true when the Idempotency-Key had already opened this case' })
  replayed: boolean;

  @ApiProperty({ type: CaseViewDto })
  case: CaseViewDto;
}
