// The escalation ladder: reminder (催办) → overdue (逾期) → leader interview (约谈) → public
// criticism (通报批评) and referral (移交执法). Timers open its rungs; people complete them.
import { SYSTEM_ACTOR } from './actor';
import { recordEvent } from './case-events';
import type { CaseState, EscalationRung, EscalationRungKind } from './case-state';
import { openReinspection } from './case-steps';
import { chinaDateOf } from './china-time';
import type { Deadline } from './deadline-plan';
import type { Notify } from './effects';
import { RUNG_LABELS } from '../labels/zh-cn';
import { setDeadline } from './set-deadline';

export const RUNG_LEVELS: Readonly<Record<EscalationRungKind, number>> = {
  reminder: 1,
  overdue: 2,
  interview: 3,
  criticism: 4,
  referral: 4,
};

/** Which rung a missed rectification deadline opens: the ladder's one rule. */
export function rungOpenedByMissedDeadline(
  state: CaseState,
): 'overdue' | 'interview' | 'criticism' {
  if (state.commitmentDeadline && state.deadlineAt === state.commitmentDeadline) return 'criticism';
  if (state.missedDeadlines >= 1 && !state.rungs.some((r) => r.kind === 'interview'))
    return 'interview';
  return 'overdue';
}

/** 催办: one day before the deadline, to the officer and the responsible party. */
export function remind(state: CaseState, now: string, key: string, notify: Notify): void {
  const deadline = state.deadlineAt!;
  state.reminderSentFor = deadline;
  openRungRecord(state, 'reminder', now, `整改期限 ${chinaDateOf(deadline)} 临近`, deadline, true);
  notify({
    audience: 'officer',
    kind: 'deadline_reminder',
    message: `Rectification deadline ${chinaDateOf(deadline)} is near (催办)`,
    dedupeKey: `${key}:officer`,
    params: { deadlineAt: deadline },
  });
  notify({
    audience: 'responsible_party',
    kind: 'deadline_reminder',
    message: `Please complete rectification by ${chinaDateOf(deadline)}`,
    dedupeKey: `${key}:party`,
    params: { deadlineAt: deadline },
  });
}

/** 逾期: the deadline passed without a fix; a re-inspection falls due and the ladder climbs. */
export function missDeadline(
  state: CaseState,
  now: string,
  deadlines: (key: 'reinspection' | 'interview' | 'criticism_and_referral') => Deadline,
  notify: Notify,
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
    `整改期限 ${chinaDateOf(deadline)} 已过，隐患仍未整改（逾期）`,
    { missedDeadlines: state.missedDeadlines },
  );
  openReinspection(state, now, deadlines('reinspection'), 'deadline_expired', SYSTEM_ACTOR);
  const key = `${state.caseNumber}:${step}:${deadline}`;
  switch (step) {
    case 'overdue':
      openRungRecord(
        state,
        'overdue',
        now,
        `整改期限 ${chinaDateOf(deadline)} 已过；可批准延期一次`,
        undefined,
        true,
      );
      notify({
        audience: 'department_leader',
        kind: 'case_overdue',
        message: `Case overdue since ${chinaDateOf(deadline)}; an extension may be granted`,
        dedupeKey: key,
        params: { deadlineAt: deadline },
      });
      return;
    case 'interview':
      openInterview(state, now, deadlines('interview'), '再次逾期未整改', key, notify);
      return;
    case 'criticism': {
      const due = deadlines('criticism_and_referral');
      const reason = '未按约谈承诺期限整改';
      openRungRecord(state, 'criticism', now, reason, due.dueAt, false);
      openRungRecord(state, 'referral', now, reason, due.dueAt, false);
      setDeadline(state, 'criticism_and_referral', due, now, '通报批评并移交执法', SYSTEM_ACTOR);
      notify({
        audience: 'supervisor',
        kind: 'criticism_and_referral_due',
        message: `Commitment missed: issue a public criticism notice and refer to enforcement by ${chinaDateOf(due.dueAt)}`,
        dedupeKey: key,
        params: { deadlineAt: due.dueAt },
      });
      return;
    }
  }
}

/** 约谈: opens the interview rung, sets its deadline and alerts the leader, whatever triggered it. */
export function openInterview(
  state: CaseState,
  now: string,
  due: Deadline,
  reason: string,
  key: string,
  notify: Notify,
): void {
  openRungRecord(state, 'interview', now, reason, due.dueAt, false);
  setDeadline(state, 'interview', due, now, '应约谈责任单位负责人', SYSTEM_ACTOR);
  notify({
    audience: 'department_leader',
    kind: 'interview_due',
    message: `Leader interview (约谈) of the responsible unit's head due by ${chinaDateOf(due.dueAt)}: ${reason}`,
    dedupeKey: key,
    params: { deadlineAt: due.dueAt, reason },
  });
}

/** A rung not completed by its due date: the supervisor is alerted once. */
export function rungMissed(
  state: CaseState,
  rung: EscalationRung,
  now: string,
  key: string,
  notify: Notify,
): void {
  rung.missedAlertedAt = now;
  recordEvent(
    state,
    now,
    'escalation_step_overdue',
    SYSTEM_ACTOR,
    `${RUNG_LABELS[rung.kind]}未在 ${chinaDateOf(rung.dueAt!)} 前完成`,
    { rungId: rung.id },
  );
  notify({
    audience: 'supervisor',
    kind: 'escalation_step_overdue',
    message: `Escalation step ${rung.kind} overdue`,
    dedupeKey: key,
    params: { rungKind: rung.kind, deadlineAt: rung.dueAt! },
  });
}

export function openRungRecord(
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
  recordEvent(
    state,
    now,
    `escalation_${kind}`,
    SYSTEM_ACTOR,
    `督办升级：${RUNG_LABELS[kind]}——${reason}`,
    {
      rungId: rung.id,
      level: rung.level,
      dueAt,
    },
  );
  return rung;
}
