import type { CasePolicy } from '../policy/case-policy';
import type { Actor, RecordedActor } from './actor';
import type { CaseStatus } from './case-status';
import type { Discovery, EvidenceRef } from './discovery';

export type DeadlineKind =
  | 'service' // 送达期限
  | 'rectification' // 整改期限
  | 'interim_measures'
  | 'reinspection' // 复查期限
  | 'interview' // 约谈期限
  | 'commitment' // 约谈承诺期限
  | 'criticism_and_referral';

/** Every deadline set, extended or recalculated, with its reason: the case's clock history. */
export interface DeadlineRecord {
  readonly kind: DeadlineKind;
  readonly dueAt: string;
  readonly setAt: string;
  readonly reason: string;
  readonly setBy: RecordedActor;
}

/** 整改通知书 */
export interface NoticeRecord {
  readonly issuedAt: string;
  readonly issuedBy: Actor;
  readonly requirements: string;
  readonly serviceDueAt: string;
  served?: {
    readonly servedAt: string;
    readonly method: ServiceMethod;
    readonly recipient: string;
    readonly recordedBy: Actor;
    readonly evidence: readonly EvidenceRef[];
  };
}

export const SERVICE_METHODS = [
  'in_person',
  'left_at_premises',
  'registered_mail',
  'electronic',
] as const;
export type ServiceMethod = (typeof SERVICE_METHODS)[number];

/** 临时防范措施 and the patrols that watch them. */
export interface InterimMeasuresRecord {
  readonly required: boolean;
  readonly dueAt?: string;
  measures?: {
    readonly items: readonly string[];
    readonly recordedAt: string;
    readonly recordedBy: Actor;
    readonly evidence: readonly EvidenceRef[];
  };
  readonly patrols: PatrolRecord[];
  nextPatrolDueAt?: string;
  readonly missedPatrols: string[];
}

export interface PatrolRecord {
  readonly at: string;
  readonly by: Actor;
  readonly measuresInPlace: boolean;
  readonly note?: string;
  readonly evidence: readonly EvidenceRef[];
}

export interface ReinspectionRecord {
  readonly at: string;
  readonly by: Actor;
  readonly passed: boolean;
  readonly findings: string;
  readonly evidence: readonly EvidenceRef[];
}

export type EscalationRungKind =
  | 'reminder' // 催办
  | 'overdue' // 逾期: the department's leader alerted
  | 'interview' // 约谈
  | 'criticism' // 通报批评
  | 'referral'; // 移交执法

/** One step up the escalation ladder: its own due date, who acted, on what evidence. */
export interface EscalationRung {
  readonly id: number;
  readonly kind: EscalationRungKind;
  readonly level: number;
  readonly openedAt: string;
  readonly reason: string;
  readonly dueAt?: string;
  missedAlertedAt?: string;
  scheduled?: {
    readonly at: string;
    readonly location: string;
    readonly interviewee: string;
    readonly by: Actor;
  };
  completed?: {
    readonly at: string;
    readonly by: RecordedActor;
    readonly summary: string;
    readonly evidence: readonly EvidenceRef[];
  };
}

export interface ExtensionRecord {
  readonly requestedAt?: string;
  readonly requestedBy?: Actor;
  readonly requestReason?: string;
  granted?: {
    readonly at: string;
    readonly by: Actor;
    readonly reason: string;
    readonly newDeadline: string;
  };
  rejected?: { readonly at: string; readonly by: Actor; readonly reason: string };
}

/** One line of the case's own timeline: what happened, when, by whom. */
export interface CaseEvent {
  readonly seq: number;
  readonly at: string;
  readonly type: string;
  readonly actor: RecordedActor;
  readonly summary: string;
  readonly detail?: Readonly<Record<string, unknown>>;
}

/** Everything the hazard-case workflow knows; the query returns it, the read model mirrors it. */
export interface CaseState {
  readonly caseNumber: string;
  readonly discovery: Discovery;
  readonly registeredBy: Actor;
  readonly policy: CasePolicy;
  status: CaseStatus;
  /** Bumped on every change; the read model only accepts a newer revision. */
  revision: number;
  notice?: NoticeRecord;
  /** The rectification deadline in force (after extensions or an interview commitment). */
  deadlineAt?: string;
  deadlines: DeadlineRecord[];
  /** Set when an interview (约谈) fixed a committed date; missing it triggers criticism and referral. */
  commitmentDeadline?: string;
  reminderSentFor?: string;
  missedDeadlines: number;
  /** The deadline whose expiry was last counted, so it is counted once. */
  lastMissedDeadline?: string;
  overdueSince?: string;
  overdue: boolean;
  interim?: InterimMeasuresRecord;
  rectificationReports: {
    readonly at: string;
    readonly by: Actor;
    readonly note: string;
    readonly evidence: readonly EvidenceRef[];
  }[];
  reinspectionDueAt?: string;
  reinspectionReason?: 'reported' | 'deadline_expired';
  reinspectionMissedAlertedAt?: string;
  reinspections: ReinspectionRecord[];
  extensions: ExtensionRecord[];
  escalationLevel: number;
  rungs: EscalationRung[];
  serviceMissedAlertedAt?: string;
  interimMissedAlertedAt?: string;
  closure?: {
    readonly at: string;
    readonly by: Actor;
    readonly evidence: readonly EvidenceRef[];
    readonly note: string;
    readonly onSpot: boolean;
  };
  voided?: { readonly at: string; readonly by: Actor; readonly reason: string };
  events: CaseEvent[];
}
