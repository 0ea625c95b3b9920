import type { CaseState, DeadlineKind, Lapse, LapseStep } from './case-state';
import { isTerminal } from './case-status';
import { addCalendarDaysTo, addHours } from './china-time';
import { pendingExtensionRequest } from './checks';
import { rulesOf } from './rules-version';
import { provisionalMark } from './set-deadline';

/** Something the case's clock does by itself when its time comes. */
export type CaseTimerKind =
  | 'notice_missed'
  | 'service_missed'
  | 'lapse_escalation'
  | 'reminder'
  | 'deadline'
  | 'interim_missed'
  | 'patrol_missed'
  | 'reinspection_missed'
  | 'interview_due'
  | 'rung_missed'
  | 'follow_up';

export interface CaseTimer {
  readonly kind: CaseTimerKind;
  readonly at: string;
  readonly rungId?: number;
  readonly step?: LapseStep;
}

/** Who owes a due item; `system` is what the case does by itself (the ladder's next step). */
export type DueOwner = 'officer' | 'supervisor' | 'responsible_party' | 'system';

/**
 * One thing due on a case: what people owe (obligations) and what the case will do by itself
 * (its next ladder step), with the timers that watch it. Queues, the ledger's next due date, the
 * case view and the workflow's timers all come from `dueItems`, so they cannot disagree.
 */
export interface DueItem {
  readonly kind: string;
  readonly owner: DueOwner;
  readonly dueAt?: string;
  readonly description: string;
  /** Why the due date is provisional (its year's statutory schedule is not loaded yet). */
  readonly provisional?: string;
  readonly timers: readonly CaseTimer[];
}

/** Something a person must do on a case by a date: what queues and the ledger show. */
export interface Obligation {
  readonly kind: string;
  readonly dueAt?: string;
  readonly owner: Exclude<DueOwner, 'system'>;
  readonly description: string;
  readonly provisional?: string;
}

/** Every due item of the case, in a fixed order (status step, safeguards, decisions, ladder). */
export function dueItems(state: CaseState): DueItem[] {
  if (isTerminal(state.status)) return [];
  const rules = rulesOf(state);
  const active = state.status === 'rectifying' || state.status === 'awaiting_reinspection';
  const items: DueItem[] = [];
  const item = (
    kind: string,
    owner: DueOwner,
    description: string,
    dueAt: string | undefined,
    clock: DeadlineKind | undefined,
    timers: (CaseTimer | false | undefined)[] = [],
  ) =>
    items.push({
      kind,
      owner,
      description,
      dueAt,
      provisional: clock ? provisionalMark(state, clock, dueAt)?.reason : undefined,
      timers: timers.filter((t): t is CaseTimer => Boolean(t)),
    });

  switch (state.status) {
    case 'awaiting_notice': {
      const lapse = state.lapses?.notice;
      item('issue_notice', 'officer', '下达整改通知书', state.noticeDueAt, 'notice', [
        rules.noticeClock &&
          state.noticeDueAt !== undefined &&
          !lapse && { kind: 'notice_missed', at: state.noticeDueAt },
        lapseTimer(lapse, 'notice'),
      ]);
      if (lapse?.escalatedAt)
        item(
          'supervise_notice',
          'supervisor',
          '督促下达整改通知书（已逾期）',
          undefined,
          undefined,
        );
      break;
    }
    case 'awaiting_service': {
      const lapse = state.lapses?.service;
      const due = state.notice?.serviceDueAt;
      item('serve_notice', 'officer', '送达整改通知书', due, 'service', [
        due !== undefined && !state.serviceMissedAlertedAt && { kind: 'service_missed', at: due },
        lapseTimer(lapse, 'service'),
      ]);
      if (lapse?.escalatedAt)
        item(
          'supervise_service',
          'supervisor',
          '督促送达整改通知书（已逾期）',
          undefined,
          undefined,
        );
      break;
    }
    case 'rectifying': {
      const deadline = state.deadlineAt;
      const running = deadline !== undefined && state.lastMissedDeadline !== deadline;
      item('rectify', 'responsible_party', '整改隐患', deadline, rectificationClock(state), [
        running &&
          state.reminderSentFor !== deadline && {
            kind: 'reminder',
            at: addHours(deadline, -state.policy.ladder.reminderHoursBeforeDeadline),
          },
        running && { kind: 'deadline', at: deadline },
      ]);
      break;
    }
    case 'awaiting_reinspection': {
      const due = state.reinspectionDueAt;
      item('reinspect', 'officer', '复查', due, 'reinspection', [
        due !== undefined &&
          !state.reinspectionMissedAlertedAt && { kind: 'reinspection_missed', at: due },
      ]);
      break;
    }
    case 'rectified':
      item('close', 'supervisor', '销号', undefined, undefined);
      break;
    case 'closed':
    case 'voided':
      return [];
  }
  const interim = state.interim;
  if (active && interim?.required && !interim.measures) {
    item(
      'record_interim_measures',
      'officer',
      '落实临时防范措施',
      interim.dueAt,
      'interim_measures',
      [
        interim.dueAt !== undefined &&
          !state.interimMissedAlertedAt && { kind: 'interim_missed', at: interim.dueAt },
      ],
    );
  }
  if (active && interim?.measures) {
    item('patrol', 'officer', '巡查临时防范措施', interim.nextPatrolDueAt, undefined, [
      interim.nextPatrolDueAt !== undefined && {
        kind: 'patrol_missed',
        at: interim.nextPatrolDueAt,
      },
    ]);
  }
  if (active && pendingExtensionRequest(state)) {
    item('decide_extension', 'supervisor', '审批延期申请', undefined, undefined);
  }
  for (const rung of state.rungs) {
    if (rung.completed) continue;
    item(rung.kind, 'supervisor', RUNG_DESCRIPTIONS[rung.kind], rung.dueAt, rungClock(rung.kind), [
      active &&
        rung.dueAt !== undefined &&
        !rung.missedAlertedAt && { kind: 'rung_missed', at: rung.dueAt, rungId: rung.id },
    ]);
  }
  if (
    active &&
    state.overdue &&
    state.overdueSince &&
    !state.rungs.some((r) => r.kind === 'interview')
  ) {
    const at = addCalendarDaysTo(
      state.overdueSince,
      state.policy.ladder.interviewAfterOverdueCalendarDays,
    );
    item('open_interview', 'system', '仍未整改的，启动约谈', at, undefined, [
      { kind: 'interview_due', at },
    ]);
  }
  if (rules.followUps && state.followUpDueAt) {
    item('follow_up', 'system', '持续督办提醒', state.followUpDueAt, undefined, [
      { kind: 'follow_up', at: state.followUpDueAt },
    ]);
  }
  return items;
}

// The order timers that fall due at the same instant fire in (as cases of rules v1 always did).
const TIMER_ORDER: readonly CaseTimerKind[] = [
  'notice_missed',
  'service_missed',
  'lapse_escalation',
  'reminder',
  'deadline',
  'interim_missed',
  'patrol_missed',
  'reinspection_missed',
  'interview_due',
  'rung_missed',
  'follow_up',
];

/** Every timer the case is waiting on now, earliest first; each disappears once it has fired. */
export function pendingTimers(state: CaseState): CaseTimer[] {
  return dueItems(state)
    .flatMap((i) => i.timers)
    .sort(
      (a, b) =>
        Date.parse(a.at) - Date.parse(b.at) ||
        TIMER_ORDER.indexOf(a.kind) - TIMER_ORDER.indexOf(b.kind) ||
        (a.rungId ?? 0) - (b.rungId ?? 0),
    );
}

/** The earliest instant any timer is due, or undefined when the case waits only on people. */
export function nextTimerAt(state: CaseState): string | undefined {
  return pendingTimers(state)[0]?.at;
}

/** What people owe on the case, earliest due first. */
export function openObligations(state: CaseState): Obligation[] {
  return byDueDate(dueItems(state).filter((i) => i.owner !== 'system')).map(
    ({ kind, owner, dueAt, description, provisional }) => ({
      kind,
      owner: owner as Obligation['owner'],
      dueAt,
      description,
      ...(provisional ? { provisional } : {}),
    }),
  );
}

/**
 * The next dated thing on the case. Under rules v2 that includes what the case does by itself,
 * so every open case has one; under v1 only what people owe (as v1 cases always showed).
 */
export function nextDue(state: CaseState): DueItemView | undefined {
  if (!rulesOf(state).followUps) return openObligations(state).find((o) => o.dueAt !== undefined);
  const next = byDueDate(dueItems(state)).find((i) => i.dueAt !== undefined);
  if (!next) return undefined;
  const { kind, owner, dueAt, description, provisional } = next;
  return { kind, owner, dueAt, description, ...(provisional ? { provisional } : {}) };
}

export type DueItemView = Omit<DueItem, 'timers'>;

function byDueDate<T extends { readonly dueAt?: string }>(list: T[]): T[] {
  return [...list].sort(
    (a, b) =>
      (a.dueAt ? Date.parse(a.dueAt) : Infinity) - (b.dueAt ? Date.parse(b.dueAt) : Infinity),
  );
}

function lapseTimer(lapse: Lapse | undefined, step: LapseStep): CaseTimer | undefined {
  return lapse?.escalateAt && !lapse.escalatedAt
    ? { kind: 'lapse_escalation', at: lapse.escalateAt, step }
    : undefined;
}

function rectificationClock(state: CaseState): DeadlineKind {
  return state.commitmentDeadline && state.deadlineAt === state.commitmentDeadline
    ? 'commitment'
    : 'rectification';
}

function rungClock(kind: string): DeadlineKind | undefined {
  if (kind === 'interview') return 'interview';
  if (kind === 'criticism' || kind === 'referral') return 'criticism_and_referral';
  return undefined;
}

const RUNG_DESCRIPTIONS: Readonly<Record<string, string>> = {
  reminder: '催办',
  overdue: '逾期处置',
  interview: '约谈责任单位负责人',
  criticism: '通报批评',
  referral: '移交执法',
};
