// 持续督办 (rules v2): a case never sits without a clock. When nothing else is due — the ladder's
// last rung done, a missed step already escalated, a fix awaiting closure — the case reminds its
// people at the policy's cadence until it is fixed, closed or voided.
import { SYSTEM_ACTOR } from './actor';
import { recordEvent } from './case-events';
import type { CaseState } from './case-state';
import { isTerminal } from './case-status';
import { addCalendarDaysTo } from './china-time';
import { openObligations, pendingTimers } from './due-items';
import type { Audience, Notify } from './effects';
import { rulesOf } from './rules-version';
import { DEFAULT_CASE_POLICY } from '../policy/default-policy';

/** After every step: start the follow-up clock when nothing else is due, stop it otherwise. */
export function settleFollowUp(state: CaseState, now: string): void {
  if (!rulesOf(state).followUps) return;
  if (isTerminal(state.status)) {
    state.followUpDueAt = undefined;
    return;
  }
  const othersDue = pendingTimers(state).some((timer) => timer.kind !== 'follow_up');
  if (othersDue) state.followUpDueAt = undefined;
  else if (!state.followUpDueAt) state.followUpDueAt = addCalendarDaysTo(now, cadence(state));
}

export function followUp(state: CaseState, now: string, key: string, notify: Notify): void {
  const owed = openObligations(state);
  state.followUpDueAt = addCalendarDaysTo(now, cadence(state));
  recordEvent(
    state,
    now,
    'escalation_follow_up',
    SYSTEM_ACTOR,
    owed.length > 0
      ? `持续督办：${owed.map((o) => o.description).join('、')}仍未办结`
      : '持续督办：案件仍未办结',
    { nextFollowUpAt: state.followUpDueAt },
  );
  const audiences = new Set<Audience>(['supervisor']);
  for (const obligation of owed) audiences.add(obligation.owner);
  for (const audience of audiences) {
    notify({
      audience,
      kind: 'follow_up',
      message: `Case still open: ${owed.map((o) => o.kind).join(', ') || 'nothing recorded'}`,
      dedupeKey: `${key}:${audience}`,
      params: { obligations: owed.map((o) => o.kind).join(',') },
    });
  }
}

function cadence(state: CaseState): number {
  return (
    state.policy.ladder.followUpEveryCalendarDays ??
    DEFAULT_CASE_POLICY.ladder.followUpEveryCalendarDays!
  );
}
