import type { Duration } from './duration';
import type { PlaceType } from './place-types';

/** How a key period's steps are timed: every figure relative to the period's start or end. */
export interface KeyPeriodPolicy {
  /** 消防安全提示: sent this long before the period starts (the notice: "beforehand"). */
  readonly warningBeforeStart: Duration;
  /** 集中检查: tasks open this long before the period starts … */
  readonly sweepOpensBeforeStart: Duration;
  /** … and are due this long after it ends (zero: by its end). */
  readonly sweepDueAfterEnd: Duration;
  /** 夜查: the first reminder this long after the start, then one every `nightPatrolEvery`. */
  readonly nightPatrolFirstAfterStart: Duration;
  readonly nightPatrolEvery: Duration;
  /** The sweep's place types when a key period names none: the notice's list. */
  readonly defaultPlaceTypes: readonly PlaceType[];
}

/** 督导考核: when a unit lags, and how its supervision case climbs. */
export interface UnitSupervisionPolicy {
  /** How often the campaign looks at every unit's figures, and a supervision case at its own. */
  readonly evaluateEvery: Duration;
  /** Lagging: more than this share of the unit's cases overdue … */
  readonly overdueRateAbovePercent: number;
  /** … counted only once the unit has at least this many cases (1 of 1 is not a trend) … */
  readonly minimumCasesForRate: number;
  /** … or any one case overdue for more than this many days … */
  readonly caseOverdueMoreThanDays: number;
  /** … or more than this many of its sweep tasks past their due date and not done. */
  readonly undoneSweepTasksAbove: number;
  readonly rungs: {
    /** 督办通知 must be issued within this span of the case opening. */
    readonly supervisionNoticeWithin: Duration;
    /** After a rung is done, the unit has this long to recover before the next rung opens. */
    readonly responseWindow: Duration;
    /** 通报批评 must be issued within this span of its rung opening. */
    readonly criticismWithin: Duration;
    /** 约谈单位负责人 must be held within this span of its rung opening. */
    readonly interviewHeldWithin: Duration;
    /** The date a unit commits to at the interview may be at most this far after it. */
    readonly commitmentAtMost: Duration;
  };
}

/**
 * Everything a campaign runs by, as data with a version. A campaign copies the policy it was
 * defined under, as a case does, so publishing a new version never moves a running campaign.
 */
export interface CampaignPolicy {
  readonly version: string;
  readonly keyPeriods: KeyPeriodPolicy;
  /** After the campaign ends, sweep inspections may still be recorded for this long. */
  readonly recordingGraceAfterEnd: Duration;
  readonly supervision: UnitSupervisionPolicy;
}
