import type { Severity } from '../case/discovery';

/** A span of time as the policy states it: in statutory working days or in calendar days. */
export type PolicySpan = { readonly workingDays: number } | { readonly calendarDays: number };

/**
 * The figures added with rules v2 are optional here only because cases started earlier carry
 * policies without them; DEFAULT_CASE_POLICY has them all.
 *
 * Deadlines, cadences and the escalation ladder as data with a version. A case copies the policy
 * it started under into its own state, so publishing a new version never moves a running case's
 * deadline.
 */
export interface CasePolicy {
  readonly version: string;
  /** 整改期限: the rectification deadline a notice sets, by severity. */
  readonly rectification: Readonly<Record<Severity, PolicySpan>>;
  /** Rules v2: 下达整改通知书 within this span of registration. */
  readonly noticeWithin?: PolicySpan;
  /** 送达: a notice must be served within this span of its issue (statutory clock). */
  readonly serviceWithin: PolicySpan;
  /** 临时防范措施: when interim safeguards are required, and how often the office patrols. */
  readonly interimMeasures: {
    readonly requiredForMajor: boolean;
    readonly requiredWhenDeadlineLongerThanCalendarDays: number;
    readonly recordWithin: PolicySpan;
    readonly patrolEveryCalendarDays: number;
  };
  /** 复查: re-inspection after a reported fix or an expired deadline. */
  readonly reinspectionWithin: PolicySpan;
  readonly ladder: {
    /** 催办: reminder before the deadline. */
    readonly reminderHoursBeforeDeadline: number;
    /** 延期: how many extensions one case may be granted. */
    readonly maxExtensions: number;
    /** 约谈: interview when still not fixed this many calendar days after going overdue. */
    readonly interviewAfterOverdueCalendarDays: number;
    /** An interview, once due, must be held within this span. */
    readonly interviewHeldWithin: PolicySpan;
    /** 通报批评 and 移交执法 must be issued within this span of a missed commitment. */
    readonly criticismAndReferralWithin: PolicySpan;
    /** Rules v2: a step not done in time (notice, service) goes to the supervisor this long after. */
    readonly lapseEscalationAfter?: PolicySpan;
    /** Rules v2: how often a case reminds its people while nothing else is due (持续督办). */
    readonly followUpEveryCalendarDays?: number;
  };
}
