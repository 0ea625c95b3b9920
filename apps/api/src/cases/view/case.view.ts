import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CaseView } from '@firecase/contract';
import {
  type Actor,
  CASE_STATUSES,
  type CaseState,
  type CaseStatus,
  type Obligation,
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

/** Everything the case workflow knows about one hazard. */
export class CaseStateView implements CaseState {
  @ApiProperty({ pattern: '^TB-\\d{4}-\\d{6}$', example: 'TB-2026-000001' })
  caseNumber: string;

  @ApiProperty({ type: DiscoveryView })
  discovery: DiscoveryView;

  @ApiProperty({ type: ActorView })
  registeredBy: ActorView;

  @ApiPropertyOptional({ type: ActorView, description: '承办人; absent means registeredBy' })
  assignedOfficer?: Actor;

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
}

/** A case as its workflow holds it: what every case action answers with. */
export class CaseViewDto implements CaseView {
  @ApiProperty({ type: CaseStateView })
  state: CaseStateView;

  @ApiProperty({ type: [ObligationView], description: 'open obligations, earliest due first' })
  obligations: ObligationView[];

  @ApiPropertyOptional({ type: ObligationView, description: 'the earliest dated obligation' })
  nextDue?: ObligationView;
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
