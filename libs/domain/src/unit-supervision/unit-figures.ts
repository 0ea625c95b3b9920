import type { Unit } from '../units/unit';

/**
 * 督导考核: how a unit (村/社区 or 科室) stands in one campaign, derived from the case read model
 * and the campaign's sweep tasks at `asOf`.
 */
export interface UnitFigures {
  readonly unit: Unit;
  readonly campaignCode: string;
  readonly asOf: string;
  /** 发现: the unit's cases of the campaign, voided ones left out. */
  readonly found: number;
  /** 已整改: re-inspection passed or struck off (rectified, closed). */
  readonly rectified: number;
  /** 逾期: still open, past their rectification deadline. */
  readonly overdue: number;
  /** 整改率: rectified ÷ found; null with no cases. */
  readonly rectificationRate: number | null;
  /** Median days from discovery to closure of its closed cases; null with none closed. */
  readonly medianDaysToFix: number | null;
  /** Open cases the ladder has taken past the 约谈 (interview) rung. */
  readonly pastInterviewRung: number;
  /** Days the longest-overdue open case is past its deadline; 0 with none overdue. */
  readonly longestOverdueDays: number;
  readonly sweepTasks: {
    readonly total: number;
    readonly done: number;
    /** Past their due date and not done (open, or missed when recording closed). */
    readonly undonePastDue: number;
  };
}

/** 逾期率 as a percentage of the unit's cases; null with none. */
export function overdueRatePercent(figures: Pick<UnitFigures, 'found' | 'overdue'>): number | null {
  return figures.found === 0 ? null : (figures.overdue / figures.found) * 100;
}
