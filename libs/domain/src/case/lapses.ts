// Steps not done in time: the notice not issued, the notice not served, interim safeguards not
// recorded, a patrol or a re-inspection missed. Each alerts once; under rules v2 a missed notice
// or service then goes to the supervisor, as a missed deadline does.
import { SYSTEM_ACTOR } from './actor';
import { recordEvent } from './case-events';
import type { CaseState, LapseStep } from './case-state';
import { addCalendarDaysTo, chinaDateOf } from './china-time';
import type { Deadline } from './deadline-plan';
import type { Notify } from './effects';
import { rulesOf } from './rules-version';
import { setDeadline } from './set-deadline';

const STEP_NAMES: Readonly<Record<LapseStep, string>> = {
  notice: '下达整改通知书',
  service: '送达整改通知书',
};

/** Rules v2: the notice was not issued in time; the officer is alerted. */
export function noticeMissed(
  state: CaseState,
  now: string,
  escalation: Deadline,
  key: string,
  notify: Notify,
): void {
  const due = state.noticeDueAt!;
  openLapse(state, 'notice', now, escalation);
  recordEvent(
    state,
    now,
    'notice_overdue',
    SYSTEM_ACTOR,
    `未在 ${chinaDateOf(due)} 前下达整改通知书`,
    { dueAt: due, escalateAt: escalation.dueAt },
  );
  notify({
    audience: 'officer',
    kind: 'notice_overdue',
    message: `Rectification notice not issued by ${chinaDateOf(due)}`,
    dedupeKey: key,
    params: { deadlineAt: due },
  });
}

/** The notice was not served in time: v1 alerts the supervisor; v2 the officer and the leader. */
export function serviceMissed(
  state: CaseState,
  now: string,
  escalation: (() => Deadline) | undefined,
  key: string,
  notify: Notify,
): void {
  const due = state.notice!.serviceDueAt;
  state.serviceMissedAlertedAt = now;
  recordEvent(
    state,
    now,
    'service_overdue',
    SYSTEM_ACTOR,
    `整改通知书未在 ${chinaDateOf(due)} 前送达`,
  );
  if (!rulesOf(state).serviceEscalates || !escalation) {
    notify({
      audience: 'supervisor',
      kind: 'service_overdue',
      message: 'Rectification notice not served within the statutory period',
      dedupeKey: key,
      params: { deadlineAt: due },
    });
    return;
  }
  openLapse(state, 'service', now, escalation());
  for (const audience of ['officer', 'department_leader'] as const) {
    notify({
      audience,
      kind: 'service_overdue',
      message: `Rectification notice not served by ${chinaDateOf(due)}`,
      dedupeKey: `${key}:${audience}`,
      params: { deadlineAt: due },
    });
  }
}

/** Rules v2: a missed step not put right in time goes to the supervisor's queue. */
export function escalateLapse(
  state: CaseState,
  step: LapseStep,
  now: string,
  key: string,
  notify: Notify,
): void {
  const lapse = state.lapses![step]!;
  lapse.escalatedAt = now;
  recordEvent(
    state,
    now,
    'lapse_escalated',
    SYSTEM_ACTOR,
    `${STEP_NAMES[step]}逾期未办，提请科室负责人督办`,
    { step },
  );
  notify({
    audience: 'supervisor',
    kind: step === 'notice' ? 'notice_escalated' : 'service_escalated',
    message: `${step} still not done since ${chinaDateOf(lapse.missedAt)}; for the supervisor`,
    dedupeKey: key,
    params: { step, missedAt: lapse.missedAt },
  });
}

export function interimMissed(state: CaseState, now: string, key: string, notify: Notify): void {
  state.interimMissedAlertedAt = now;
  recordEvent(state, now, 'interim_measures_overdue', SYSTEM_ACTOR, '未按期落实临时防范措施');
  notify({
    audience: 'department_leader',
    kind: 'interim_measures_overdue',
    message: 'Required interim safeguards not recorded in time',
    dedupeKey: key,
    params: { deadlineAt: state.interim!.dueAt! },
  });
}

export function patrolMissed(
  state: CaseState,
  dueAt: string,
  now: string,
  key: string,
  notify: Notify,
): void {
  const interim = state.interim!;
  interim.missedPatrols.push(dueAt);
  interim.nextPatrolDueAt = addCalendarDaysTo(
    dueAt,
    state.policy.interimMeasures.patrolEveryCalendarDays,
  );
  recordEvent(state, now, 'patrol_missed', SYSTEM_ACTOR, `${chinaDateOf(dueAt)} 应巡查未巡查`, {
    nextPatrolDueAt: interim.nextPatrolDueAt,
  });
  notify({
    audience: 'department_leader',
    kind: 'patrol_missed',
    message: `Patrol of interim measures missed (due ${dueAt})`,
    dedupeKey: key,
    params: { deadlineAt: dueAt },
  });
}

export function reinspectionMissed(
  state: CaseState,
  now: string,
  key: string,
  notify: Notify,
): void {
  const due = state.reinspectionDueAt!;
  state.reinspectionMissedAlertedAt = now;
  recordEvent(state, now, 'reinspection_overdue', SYSTEM_ACTOR, '未在规定期限内复查');
  notify({
    audience: 'supervisor',
    kind: 'reinspection_overdue',
    message: 'Re-inspection (复查) overdue',
    dedupeKey: key,
    params: { deadlineAt: due },
  });
}

function openLapse(state: CaseState, step: LapseStep, now: string, escalation: Deadline): void {
  state.lapses = {
    ...state.lapses,
    [step]: { missedAt: now, escalateAt: escalation.dueAt },
  };
  setDeadline(
    state,
    'lapse_escalation',
    escalation,
    now,
    `${STEP_NAMES[step]}逾期；届时仍未办理的，提请科室负责人督办`,
    SYSTEM_ACTOR,
  );
}
