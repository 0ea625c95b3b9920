import { SYSTEM_ACTOR } from '../case/actor';
import { addDuration } from '../campaign/duration';
import { isBefore } from '../case/china-time';
import { SUPERVISION_RUNG_LABELS } from '../labels/zh-cn';
import type { UnitNotification } from '../units/unit-notification';
import { type LagReason, laggingReasons } from './lagging';
import { closeSupervision, openRung, supervisionNotification } from './supervision-notify';
import {
  currentRung,
  isRungDone,
  recordSupervisionEvent,
  type UnitSupervisionState,
} from './supervision-state';
import { commitmentMissedText, rungOverdueText } from './supervision-texts';
import type { UnitFigures } from './unit-figures';

export type SupervisionTimerKind =
  | 'rung_due' // the current rung's own work is late: tell the leaders
  | 'climb' // the unit's response window after a rung is over: recovered, or the next rung
  | 'commitment' // the date committed at the interview has passed
  | 'evaluation'; // the periodic look at the unit's figures

export interface SupervisionTimer {
  readonly kind: SupervisionTimerKind;
  readonly at: string;
}

/** Every timer the case waits on, earliest first; each firing changes the state so it fires once. */
export function pendingSupervisionTimers(state: UnitSupervisionState): SupervisionTimer[] {
  if (state.status === 'closed') return [];
  const rung = currentRung(state)!;
  const timers: SupervisionTimer[] = [];
  if (!isRungDone(rung) && !rung.missedAlertedAt) timers.push({ kind: 'rung_due', at: rung.dueAt });
  if (rung.kind !== 'interview' && rung.issued) {
    timers.push({
      kind: 'climb',
      at: addDuration(rung.issued.at, state.policy.rungs.responseWindow),
    });
  }
  if (rung.commitmentDueAt && !rung.commitmentMissedAt) {
    timers.push({ kind: 'commitment', at: rung.commitmentDueAt });
  }
  if (state.nextEvaluationAt) timers.push({ kind: 'evaluation', at: state.nextEvaluationAt });
  return timers.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

export function nextSupervisionTimerAt(state: UnitSupervisionState): string | undefined {
  return pendingSupervisionTimers(state)[0]?.at;
}

/** Whether firing the timer needs the unit's figures as they stand now (an activity reads them). */
export function timerNeedsFigures(timer: SupervisionTimer): boolean {
  return timer.kind !== 'rung_due';
}

/** Fires one timer at `now`; `figures` is required for the timers timerNeedsFigures names. */
export function fireSupervisionTimer(
  state: UnitSupervisionState,
  timer: SupervisionTimer,
  now: string,
  figures?: UnitFigures,
): UnitNotification[] {
  if (state.status === 'closed') return [];
  const rung = currentRung(state)!;
  if (timer.kind === 'rung_due') {
    rung.missedAlertedAt = now;
    const name = SUPERVISION_RUNG_LABELS[rung.kind];
    recordSupervisionEvent(state, now, 'rung_overdue', SYSTEM_ACTOR, `${name}逾期未完成`, {
      rung: rung.kind,
    });
    return [
      supervisionNotification(
        state,
        'supervision_rung_overdue',
        `overdue-${rung.kind}`,
        undefined,
        rungOverdueText(state, name, rung.dueAt),
      ),
    ];
  }
  if (!figures) throw new Error(`timer ${timer.kind} needs the unit's figures`);
  const reasons = laggingReasons(figures, state.policy);
  const changed = !sameFigures(state.figures, figures);
  state.figures = figures;
  if (reasons.length === 0) {
    return closeSupervision(state, now, SYSTEM_ACTOR, '各项指标恢复正常', true);
  }
  switch (timer.kind) {
    case 'evaluation':
      state.nextEvaluationAt = addDuration(now, state.policy.evaluateEvery);
      // New figures are worth publishing (the read model shows them); the same ones are not.
      if (changed) state.revision += 1;
      return [];
    case 'climb':
      return openRung(
        state,
        rung.kind === 'supervision_notice' ? 'criticism' : 'interview',
        now,
        `${SUPERVISION_RUNG_LABELS[rung.kind]}后仍未整改到位：${reasonsText(reasons)}`,
      );
    case 'commitment': {
      rung.commitmentMissedAt = now;
      recordSupervisionEvent(
        state,
        now,
        'commitment_missed',
        SYSTEM_ACTOR,
        `约谈承诺到期，仍未整改到位：${reasonsText(reasons)}`,
      );
      return [
        supervisionNotification(
          state,
          'supervision_commitment_missed',
          'commitment-missed',
          undefined,
          commitmentMissedText(state, rung.held!.committedDate),
        ),
      ];
    }
  }
}

/** Whether a timer is due at `now`. */
export function isTimerDue(timer: SupervisionTimer, now: string): boolean {
  return !isBefore(now, timer.at);
}

/** The same figures, whenever taken. */
function sameFigures(a: UnitFigures, b: UnitFigures): boolean {
  return JSON.stringify({ ...a, asOf: '' }) === JSON.stringify({ ...b, asOf: '' });
}

function reasonsText(reasons: readonly LagReason[]): string {
  return reasons.map((r) => r.text).join('；');
}

/**
 * The case's next due date as the read model and reports show it: the current rung's own due
 * date while its work is outstanding, then the date the unit must recover by (its response
 * window, or the date it committed to at the interview). Evaluations are not due dates.
 */
export function supervisionNextDueAt(state: UnitSupervisionState): string | undefined {
  if (state.status === 'closed') return undefined;
  const rung = currentRung(state)!;
  if (!isRungDone(rung)) return rung.dueAt;
  if (rung.kind !== 'interview')
    return addDuration(rung.issued!.at, state.policy.rungs.responseWindow);
  return rung.commitmentMissedAt ? undefined : rung.commitmentDueAt;
}
