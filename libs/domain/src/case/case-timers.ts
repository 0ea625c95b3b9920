import { SYSTEM_ACTOR } from './actor';
import { openReinspection } from './apply-command';
import { recordEvent } from './case-events';
import type { CaseState, EscalationRung, EscalationRungKind } from './case-state';
import { addCalendarDaysTo, addHours, chinaDateOf } from './china-time';
import { type DeadlineRequest, type PlannedDeadlines, plannedDeadline } from './deadline-plan';
import { type CaseNotification, notifier } from './effects';
import { setDeadline } from './set-deadline';

/** Something the case's clock does by itself when its time comes. */
export type CaseTimerKind =
  | 'service_missed'
  | 'reminder'
  | 'deadline'
  | 'interim_missed'
  | 'patrol_missed'
  | 'reinspection_missed'
  | 'interview_due'
  | 'rung_missed';

export interface CaseTimer {
  readonly kind: CaseTimerKind;
  readonly at: string;
  readonly rungId?: number;
}

export const RUNG_LEVELS: Readonly<Record<EscalationRungKind, number>> = {
  reminder: 1,
  overdue: 2,
  interview: 3,
  criticism: 4,
  referral: 4,
};

/** Every timer the case is waiting on now; each disappears once it has fired. */
export function pendingTimers(state: CaseState): CaseTimer[] {
  const timers: CaseTimer[] = [];
  const active = state.status === 'rectifying' || state.status === 'awaiting_reinspection';
  const { ladder } = state.policy;
  if (state.status === 'awaiting_service' && state.notice && !state.serviceMissedAlertedAt) {
    timers.push({ kind: 'service_missed', at: state.notice.serviceDueAt });
  }
  if (
    state.status === 'rectifying' &&
    state.deadlineAt &&
    state.lastMissedDeadline !== state.deadlineAt
  ) {
    if (state.reminderSentFor !== state.deadlineAt) {
      timers.push({
        kind: 'reminder',
        at: addHours(state.deadlineAt, -ladder.reminderHoursBeforeDeadline),
      });
    }
    timers.push({ kind: 'deadline', at: state.deadlineAt });
  }
  const interim = state.interim;
  if (
    active &&
    interim?.required &&
    !interim.measures &&
    interim.dueAt &&
    !state.interimMissedAlertedAt
  ) {
    timers.push({ kind: 'interim_missed', at: interim.dueAt });
  }
  if (active && interim?.measures && interim.nextPatrolDueAt) {
    timers.push({ kind: 'patrol_missed', at: interim.nextPatrolDueAt });
  }
  if (
    state.status === 'awaiting_reinspection' &&
    state.reinspectionDueAt &&
    !state.reinspectionMissedAlertedAt
  ) {
    timers.push({ kind: 'reinspection_missed', at: state.reinspectionDueAt });
  }
  if (
    active &&
    state.overdue &&
    state.overdueSince &&
    !state.rungs.some((r) => r.kind === 'interview')
  ) {
    timers.push({
      kind: 'interview_due',
      at: addCalendarDaysTo(state.overdueSince, ladder.interviewAfterOverdueCalendarDays),
    });
  }
  if (active) {
    for (const rung of state.rungs) {
      if (rung.dueAt && !rung.completed && !rung.missedAlertedAt) {
        timers.push({ kind: 'rung_missed', at: rung.dueAt, rungId: rung.id });
      }
    }
  }
  return timers;
}

/** The earliest instant any timer is due, or undefined when the case waits only on people. */
export function nextTimerAt(state: CaseState): string | undefined {
  return pendingTimers(state)
    .map((timer) => timer.at)
    .sort((a, b) => Date.parse(a) - Date.parse(b))[0];
}

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
      const ladderStep = rungOpenedByMissedDeadline(state);
      if (ladderStep === 'interview')
        requests.push({ key: 'interview', from: now, rule: policy.ladder.interviewHeldWithin });
      if (ladderStep === 'criticism')
        requests.push({
          key: 'criticism_and_referral',
          from: now,
          rule: policy.ladder.criticismAndReferralWithin,
        });
      return requests;
    }
    case 'interview_due':
      return [{ key: 'interview', from: now, rule: policy.ladder.interviewHeldWithin }];
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
  const key = `${state.caseNumber}:${timer.kind}:${timer.at}`;
  switch (timer.kind) {
    case 'service_missed':
      state.serviceMissedAlertedAt = now;
      recordEvent(
        state,
        now,
        'service_overdue',
        SYSTEM_ACTOR,
        'the notice was not served within the statutory period',
      );
      notify({
        audience: 'supervisor',
        kind: 'service_overdue',
        message: 'Rectification notice not served within the statutory period',
        dedupeKey: key,
      });
      return notifications;
    case 'reminder': {
      state.reminderSentFor = state.deadlineAt;
      openRungRecord(
        state,
        'reminder',
        now,
        `deadline ${chinaDateOf(state.deadlineAt!)} approaching`,
        state.deadlineAt,
        true,
      );
      notify({
        audience: 'officer',
        kind: 'deadline_reminder',
        message: `Rectification deadline ${chinaDateOf(state.deadlineAt!)} is near (催办)`,
        dedupeKey: `${key}:officer`,
      });
      notify({
        audience: 'responsible_party',
        kind: 'deadline_reminder',
        message: `Please complete rectification by ${chinaDateOf(state.deadlineAt!)}`,
        dedupeKey: `${key}:party`,
      });
      return notifications;
    }
    case 'deadline':
      missDeadline(state, now, planned, notify);
      return notifications;
    case 'interim_missed':
      state.interimMissedAlertedAt = now;
      recordEvent(
        state,
        now,
        'interim_measures_overdue',
        SYSTEM_ACTOR,
        'required interim measures were not recorded in time',
      );
      notify({
        audience: 'department_leader',
        kind: 'interim_measures_overdue',
        message: 'Required interim safeguards not recorded in time',
        dedupeKey: key,
      });
      return notifications;
    case 'patrol_missed': {
      const interim = state.interim!;
      interim.missedPatrols.push(timer.at);
      interim.nextPatrolDueAt = addCalendarDaysTo(
        timer.at,
        state.policy.interimMeasures.patrolEveryCalendarDays,
      );
      recordEvent(state, now, 'patrol_missed', SYSTEM_ACTOR, `patrol due ${timer.at} was missed`, {
        nextPatrolDueAt: interim.nextPatrolDueAt,
      });
      notify({
        audience: 'department_leader',
        kind: 'patrol_missed',
        message: `Patrol of interim measures missed (due ${timer.at})`,
        dedupeKey: key,
      });
      return notifications;
    }
    case 'reinspection_missed':
      state.reinspectionMissedAlertedAt = now;
      recordEvent(
        state,
        now,
        'reinspection_overdue',
        SYSTEM_ACTOR,
        're-inspection not done within the policy period',
      );
      notify({
        audience: 'supervisor',
        kind: 'reinspection_overdue',
        message: 'Re-inspection (复查) overdue',
        dedupeKey: key,
      });
      return notifications;
    case 'interview_due': {
      const reason = `still not fixed ${state.policy.ladder.interviewAfterOverdueCalendarDays} days after the deadline`;
      openInterview(state, now, plannedDeadline(planned, 'interview'), reason, key, notify);
      return notifications;
    }
    case 'rung_missed': {
      const rung = state.rungs.find((r) => r.id === timer.rungId)!;
      rung.missedAlertedAt = now;
      recordEvent(
        state,
        now,
        'escalation_step_overdue',
        SYSTEM_ACTOR,
        `${rung.kind} step not completed by ${rung.dueAt}`,
        { rungId: rung.id },
      );
      notify({
        audience: 'supervisor',
        kind: 'escalation_step_overdue',
        message: `Escalation step ${rung.kind} overdue`,
        dedupeKey: key,
      });
      return notifications;
    }
  }
}

/** Which rung a missed rectification deadline opens: the ladder's one rule. */
function rungOpenedByMissedDeadline(state: CaseState): 'overdue' | 'interview' | 'criticism' {
  if (state.commitmentDeadline && state.deadlineAt === state.commitmentDeadline) return 'criticism';
  if (state.missedDeadlines >= 1 && !state.rungs.some((r) => r.kind === 'interview'))
    return 'interview';
  return 'overdue';
}

function missDeadline(
  state: CaseState,
  now: string,
  planned: PlannedDeadlines,
  notify: (n: Omit<CaseNotification, 'caseNumber'>) => void,
): void {
  const step = rungOpenedByMissedDeadline(state);
  const deadline = state.deadlineAt!;
  state.missedDeadlines += 1;
  state.lastMissedDeadline = deadline;
  state.overdue = true;
  state.overdueSince = deadline;
  recordEvent(
    state,
    now,
    'deadline_missed',
    SYSTEM_ACTOR,
    `rectification deadline ${chinaDateOf(deadline)} passed without a fix (逾期)`,
    { missedDeadlines: state.missedDeadlines },
  );
  openReinspection(
    state,
    now,
    plannedDeadline(planned, 'reinspection'),
    'deadline_expired',
    SYSTEM_ACTOR,
  );
  const key = `${state.caseNumber}:${step}:${deadline}`;
  switch (step) {
    case 'overdue':
      openRungRecord(
        state,
        'overdue',
        now,
        `deadline ${chinaDateOf(deadline)} missed; one extension may be granted`,
        undefined,
        true,
      );
      notify({
        audience: 'department_leader',
        kind: 'case_overdue',
        message: `Case overdue since ${chinaDateOf(deadline)}; an extension may be granted`,
        dedupeKey: key,
      });
      break;
    case 'interview': {
      openInterview(
        state,
        now,
        plannedDeadline(planned, 'interview'),
        'a second deadline was missed',
        key,
        notify,
      );
      break;
    }
    case 'criticism': {
      const dueAt = plannedDeadline(planned, 'criticism_and_referral');
      openRungRecord(
        state,
        'criticism',
        now,
        'the date committed at the interview was missed',
        dueAt,
        false,
      );
      openRungRecord(
        state,
        'referral',
        now,
        'the date committed at the interview was missed',
        dueAt,
        false,
      );
      setDeadline(
        state,
        'criticism_and_referral',
        dueAt,
        now,
        'public criticism (通报批评) and referral to enforcement (移交执法)',
        SYSTEM_ACTOR,
      );
      notify({
        audience: 'supervisor',
        kind: 'criticism_and_referral_due',
        message: `Commitment missed: issue a public criticism notice and refer to enforcement by ${chinaDateOf(dueAt)}`,
        dedupeKey: key,
      });
      break;
    }
  }
}

/** 约谈: opens the interview rung, sets its deadline and alerts the leader, whatever triggered it. */
function openInterview(
  state: CaseState,
  now: string,
  dueAt: string,
  reason: string,
  key: string,
  notify: (n: Omit<CaseNotification, 'caseNumber'>) => void,
): void {
  openRungRecord(state, 'interview', now, reason, dueAt, false);
  setDeadline(state, 'interview', dueAt, now, 'leader interview (约谈) to be held', SYSTEM_ACTOR);
  notify({
    audience: 'department_leader',
    kind: 'interview_due',
    message: `Leader interview (约谈) of the responsible unit's head due by ${chinaDateOf(dueAt)}: ${reason}`,
    dedupeKey: key,
  });
}

function openRungRecord(
  state: CaseState,
  kind: EscalationRungKind,
  now: string,
  reason: string,
  dueAt: string | undefined,
  completedBySystem: boolean,
): EscalationRung {
  const rung: EscalationRung = {
    id: state.rungs.length + 1,
    kind,
    level: RUNG_LEVELS[kind],
    openedAt: now,
    reason,
    dueAt,
    completed: completedBySystem
      ? { at: now, by: SYSTEM_ACTOR, summary: reason, evidence: [] }
      : undefined,
  };
  state.rungs.push(rung);
  state.escalationLevel = Math.max(state.escalationLevel, rung.level);
  recordEvent(state, now, `escalation_${kind}`, SYSTEM_ACTOR, `escalation: ${kind} — ${reason}`, {
    rungId: rung.id,
    level: rung.level,
    dueAt,
  });
  return rung;
}
