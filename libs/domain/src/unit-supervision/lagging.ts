import type { UnitSupervisionPolicy } from '../campaign/campaign-policy';
import { overdueRatePercent, type UnitFigures } from './unit-figures';

export type LagKind = 'overdue_rate' | 'case_overdue_too_long' | 'sweep_tasks_undone';

/** Why a unit lags, in figures and in words for the 督办通知. */
export interface LagReason {
  readonly kind: LagKind;
  readonly value: number;
  readonly threshold: number;
  readonly text: string;
}

/**
 * 督导考核: whether a unit lags by the campaign's policy. Each rule reads one figure: too many of
 * its cases overdue (only once it has enough cases for a rate to mean something), one case
 * overdue too long, or sweep tasks left undone past their date. No reason means it has recovered.
 */
export function laggingReasons(figures: UnitFigures, policy: UnitSupervisionPolicy): LagReason[] {
  const reasons: LagReason[] = [];
  const rate = overdueRatePercent(figures);
  if (
    rate !== null &&
    figures.found >= policy.minimumCasesForRate &&
    rate > policy.overdueRateAbovePercent
  ) {
    reasons.push({
      kind: 'overdue_rate',
      value: round(rate),
      threshold: policy.overdueRateAbovePercent,
      text: `隐患逾期率${round(rate)}%，超过${policy.overdueRateAbovePercent}%`,
    });
  }
  if (figures.longestOverdueDays > policy.caseOverdueMoreThanDays) {
    reasons.push({
      kind: 'case_overdue_too_long',
      value: figures.longestOverdueDays,
      threshold: policy.caseOverdueMoreThanDays,
      text: `有隐患逾期${figures.longestOverdueDays}天未整改，超过${policy.caseOverdueMoreThanDays}天`,
    });
  }
  if (figures.sweepTasks.undonePastDue > policy.undoneSweepTasksAbove) {
    reasons.push({
      kind: 'sweep_tasks_undone',
      value: figures.sweepTasks.undonePastDue,
      threshold: policy.undoneSweepTasksAbove,
      text: `${figures.sweepTasks.undonePastDue}项集中检查任务逾期未完成`,
    });
  }
  return reasons;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
