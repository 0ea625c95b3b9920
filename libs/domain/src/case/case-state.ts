import type { CasePolicy } from '../policy/case-policy';
import type { Actor, RecordedActor } from './actor';
import type { CaseStatus } from './case-status';
import type { DeadlineRule } from './deadline-plan';
import type { Discovery, EvidenceRef } from './discovery';

export type DeadlineKind =
  | 'notice' // 下达整改通知书期限 (rules v2)
  | 'service' // 送达期限
  | 'rectification' // 整改期限
  | 'interim_measures'
  | 'reinspection' // 复查期限
  | 'interview' // 约谈期限
  | 'commitment' // 约谈承诺期限
  | 'criticism_and_referral'
  | 'lapse_escalation'; // a missed step goes to the supervisor (rules v2)

/** Every deadline set, extended or recalculated, with its reason: the case's clock history. */
export interface DeadlineRecord {
  readonly kind: DeadlineKind;
  readonly dueAt: string;
  readonly setAt: string;
  readonly reason: string;
  readonly setBy: RecordedActor;
  /** How it was counted, so that it can be counted again when the calendar changes. */
  readonly basis?: { readonly from: string; readonly rule: DeadlineRule };
  /** Counted Monday to Friday through a year whose statutory schedule was not loaded. */
  readonly provisional?: { readonly reason: string; readonly years: readonly number[] };
}

/** 整改通知书 */
export interface NoticeRecord {
  readonly issuedAt: string;
  readonly issuedBy: Actor;
  readonly requirements: string;
  serviceDueAt: string;
  /** The number of its document (太白消整〔2026〕第0001号), issued with the update that issues it. */
  documentNo?: string;
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
  dueAt?: string;
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
  dueAt?: string;
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

/** A step that was not done in time (rules v2): alerted, then put to the supervisor. */
export type LapseStep = 'notice' | 'service';

export interface Lapse {
  readonly missedAt: string;
  escalateAt?: string;
  escalatedAt?: string;
}

/** 承办人: the officer who carries the case; whoever registered it until a supervisor reassigns. */
export interface AssignedOfficer {
  readonly userId: string;
  readonly name: string;
  readonly since: string;
  readonly by: Actor;
}

/**
 * A rectification deadline printed on a served notice that, by a statutory calendar loaded later,
 * falls on a day off. The printed date stands (it is the legal deadline); a supervisor decides
 * whether to extend it.
 */
export interface PrintedDeadlineReview {
  readonly deadlineAt: string;
  readonly date: string;
  readonly firstWorkingDayAfter: string;
  readonly year: number;
  readonly document: string;
  readonly flaggedAt: string;
}

/** Everything the hazard-case workflow knows; the query returns it, the read model mirrors it. */
export interface CaseState {
  readonly caseNumber: string;
  readonly discovery: Discovery;
  readonly registeredBy: Actor;
  readonly policy: CasePolicy;
  /**
   * The version of the lifecycle rules the case started under (see rules-version.ts). Absent in
   * cases started before rules had versions: those run under version 1.
   */
  rulesVersion?: number;
  assignedOfficer?: AssignedOfficer;
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
  /** Rules v2: when the rectification notice is due (registration + the policy's span). */
  noticeDueAt?: string;
  /** Rules v2: steps not done in time, and when they go to the supervisor. */
  lapses?: Partial<Record<LapseStep, Lapse>>;
  /** Rules v2: when the case next reminds everyone, once nothing else is due (持续督办). */
  followUpDueAt?: string;
  printedDeadlineReview?: PrintedDeadlineReview;
  events: CaseEvent[];
}
