// Steps that more than one command or timer takes: closing, opening a re-inspection, moving the
// deadline in force, deciding on interim measures.
import type { Actor, RecordedActor } from './actor';
import { recordEvent } from './case-events';
import type { CaseState } from './case-state';
import { calendarDaysBetween, chinaDateOf } from './china-time';
import type { Deadline } from './deadline-plan';
import type { EvidenceRef } from './discovery';
import { rulesOf } from './rules-version';
import { setDeadline } from './set-deadline';

export function closeCase(
  state: CaseState,
  now: string,
  actor: Actor,
  note: string,
  evidence: readonly EvidenceRef[],
  onSpot: boolean,
): void {
  state.closure = { at: now, by: actor, evidence, note, onSpot };
  state.status = 'closed';
  state.overdue = false;
  state.followUpDueAt = undefined;
  recordEvent(
    state,
    now,
    'case_closed',
    actor,
    onSpot ? `当场整改并销号：${note}` : `销号：${note}`,
    { evidence },
  );
}

export function openReinspection(
  state: CaseState,
  now: string,
  due: Deadline,
  reason: 'reported' | 'deadline_expired',
  setBy: RecordedActor,
): void {
  state.status = 'awaiting_reinspection';
  state.reinspectionDueAt = due.dueAt;
  state.reinspectionReason = reason;
  state.reinspectionMissedAlertedAt = undefined;
  setDeadline(
    state,
    'reinspection',
    due,
    now,
    reason === 'reported' ? '责任单位报告整改完成，应予复查' : '整改期限届满，应予复查',
    setBy,
  );
}

/** A new rectification deadline (extension or commitment): the case is no longer overdue. */
export function moveDeadline(
  state: CaseState,
  due: Deadline,
  now: string,
  reason: string,
  actor: Actor,
  kind: 'rectification' | 'commitment' = 'rectification',
): void {
  state.deadlineAt = due.dueAt;
  state.overdue = false;
  state.printedDeadlineReview = undefined;
  setDeadline(state, kind, due, now, reason, actor);
  if (state.status === 'awaiting_reinspection' && state.reinspectionReason === 'deadline_expired') {
    state.status = 'rectifying';
    state.reinspectionDueAt = undefined;
    state.reinspectionReason = undefined;
  }
}

/**
 * Whether the policy demands interim safeguards (临时防范措施): a major hazard, or a rectification
 * period longer than the policy's days. Rules v2 count whole calendar days between the China
 * dates of the notice and of the deadline, so a 5-working-day deadline issued on an ordinary
 * Tuesday (due next Tuesday, 7 days) does not; v1 compared fractional days against the end of the
 * deadline's day, which made nearly every case require them.
 */
export function interimMeasuresRequired(
  state: CaseState,
  issuedAt: string,
  deadline: string,
): boolean {
  const rule = state.policy.interimMeasures;
  if (rule.requiredForMajor && state.discovery.severity === 'major') return true;
  const days = rulesOf(state).interimByWholeDays
    ? wholeChinaDaysBetween(issuedAt, deadline)
    : calendarDaysBetween(issuedAt, deadline);
  return days > rule.requiredWhenDeadlineLongerThanCalendarDays;
}

/** Calendar days from the China date of `from` to the China date of `to`. */
export function wholeChinaDaysBetween(from: string, to: string): number {
  const day = (iso: string) => Date.parse(`${chinaDateOf(iso)}T00:00:00Z`) / 86_400_000;
  return day(to) - day(from);
}
