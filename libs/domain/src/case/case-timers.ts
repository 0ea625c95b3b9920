import type { CaseState } from './case-state';
import { type DeadlineRequest, deadlinesOf, type PlannedDeadlines } from './deadline-plan';
import { type CaseTimer } from './due-items';
import { type CaseNotification, notifier } from './effects';
import { followUp, settleFollowUp } from './follow-up';
import {
  missDeadline,
  openInterview,
  remind,
  rungMissed,
  rungOpenedByMissedDeadline,
} from './ladder';
import {
  escalateLapse,
  interimMissed,
  noticeMissed,
  patrolMissed,
  reinspectionMissed,
  serviceMissed,
} from './lapses';
import { DEFAULT_CASE_POLICY } from '../policy/default-policy';
import { rulesOf } from './rules-version';

export { type CaseTimer, type CaseTimerKind, nextTimerAt, pendingTimers } from './due-items';
export { RUNG_LEVELS } from './ladder';

/** The deadlines a timer needs computed before it fires. */
export function deadlineRequestsForTimer(
  state: CaseState,
  timer: CaseTimer,
  now: string,
): DeadlineRequest[] {
  const { policy } = state;
  switch (timer.kind) {
    case 'deadline': {
      const requests: DeadlineRequest[] = [
        { key: 'reinspection', from: timer.at, rule: policy.reinspectionWithin },
      ];
      const step = rungOpenedByMissedDeadline(state);
      if (step === 'interview')
        requests.push({ key: 'interview', from: now, rule: policy.ladder.interviewHeldWithin });
      if (step === 'criticism')
        requests.push({
          key: 'criticism_and_referral',
          from: now,
          rule: policy.ladder.criticismAndReferralWithin,
        });
      return requests;
    }
    case 'interview_due':
      return [{ key: 'interview', from: now, rule: policy.ladder.interviewHeldWithin }];
    case 'notice_missed':
      return [{ key: 'lapse_escalation', from: now, rule: lapseSpan(state) }];
    case 'service_missed':
      return rulesOf(state).serviceEscalates
        ? [{ key: 'lapse_escalation', from: now, rule: lapseSpan(state) }]
        : [];
    default:
      return [];
  }
}

/** Fires one due timer; returns the notifications it causes. */
export function fireTimer(
  state: CaseState,
  timer: CaseTimer,
  now: string,
  planned: PlannedDeadlines,
): CaseNotification[] {
  const { notifications, notify } = notifier(state.caseNumber);
  const deadline = deadlinesOf(planned);
  const key = `${state.caseNumber}:${timer.kind}:${timer.at}`;
  switch (timer.kind) {
    case 'notice_missed':
      noticeMissed(state, now, deadline('lapse_escalation'), key, notify);
      break;
    case 'service_missed':
      serviceMissed(
        state,
        now,
        rulesOf(state).serviceEscalates ? () => deadline('lapse_escalation') : undefined,
        key,
        notify,
      );
      break;
    case 'lapse_escalation':
      escalateLapse(state, timer.step!, now, key, notify);
      break;
    case 'reminder':
      remind(state, now, key, notify);
      break;
    case 'deadline':
      missDeadline(state, now, deadline, notify);
      break;
    case 'interim_missed':
      interimMissed(state, now, key, notify);
      break;
    case 'patrol_missed':
      patrolMissed(state, timer.at, now, key, notify);
      break;
    case 'reinspection_missed':
      reinspectionMissed(state, now, key, notify);
      break;
    case 'interview_due': {
      const reason = `逾期 ${state.policy.ladder.interviewAfterOverdueCalendarDays} 日后仍未整改`;
      openInterview(state, now, deadline('interview'), reason, key, notify);
      break;
    }
    case 'rung_missed':
      rungMissed(
        state,
        state.rungs.find((r) => r.id === timer.rungId)!,
        now,
        key,
        notify,
      );
      break;
    case 'follow_up':
      followUp(state, now, key, notify);
      break;
  }
  settleFollowUp(state, now);
  return notifications;
}

function lapseSpan(state: CaseState) {
  return (
    state.policy.ladder.lapseEscalationAfter ?? DEFAULT_CASE_POLICY.ladder.lapseEscalationAfter!
  );
}
