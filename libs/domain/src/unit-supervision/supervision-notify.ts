import { type RecordedActor, SYSTEM_ACTOR } from '../case/actor';
import { addDuration } from '../campaign/duration';
import type { Duration } from '../campaign/duration';
import { type Unit, unitKey } from '../units/unit';
import type { UnitNotification, UnitNotificationKind } from '../units/unit-notification';
import {
  recordSupervisionEvent,
  SUPERVISION_RUNG_LEVELS,
  type SupervisionRungKind,
  type UnitSupervisionState,
} from './supervision-state';
import { closedText, interviewOpenedText } from './supervision-texts';

/** A notification of this case to its unit, or to the sub-district's leaders (no unit). */
export function supervisionNotification(
  state: UnitSupervisionState,
  kind: UnitNotificationKind,
  occasion: string,
  unit: Unit | undefined,
  text: { title: string; text: string },
): UnitNotification {
  const audience = unit ? unitKey(unit) : 'leaders';
  return {
    subject: state.number,
    ...(unit ? { unit: { kind: unit.kind, code: unit.code, name: unit.name } } : {}),
    kind,
    ...text,
    message: `unit supervision ${state.number} (${unitKey(state.unit)}): ${kind} for ${audience}`,
    dedupeKey: `supervision:${state.number}:${occasion}:${audience}`,
    // The template's {supervision}, {unit} (the supervised unit) and {campaign}, by name.
    params: {
      supervision: state.number,
      unit: state.unit.name,
      unitKey: unitKey(state.unit),
      campaign: state.campaign.name,
      campaignCode: state.campaign.code,
    },
  };
}

/** Opens the next rung with its due date; the 约谈 rung is announced to the unit and leaders. */
export function openRung(
  state: UnitSupervisionState,
  kind: SupervisionRungKind,
  now: string,
  reason: string,
) {
  const within: Record<SupervisionRungKind, Duration> = {
    supervision_notice: state.policy.rungs.supervisionNoticeWithin,
    criticism: state.policy.rungs.criticismWithin,
    interview: state.policy.rungs.interviewHeldWithin,
  };
  const dueAt = addDuration(now, within[kind]);
  state.rungs.push({ kind, level: SUPERVISION_RUNG_LEVELS[kind], openedAt: now, dueAt });
  state.level = SUPERVISION_RUNG_LEVELS[kind];
  recordSupervisionEvent(state, now, 'rung_opened', SYSTEM_ACTOR, reason, { rung: kind, dueAt });
  if (kind !== 'interview') return [];
  const text = interviewOpenedText(state, dueAt);
  return [
    supervisionNotification(state, 'supervision_interview', 'interview-opened', state.unit, text),
    supervisionNotification(state, 'supervision_interview', 'interview-opened', undefined, text),
  ];
}

/** Closes the case: by recovery (the system) or by a supervisor with a reason. */
export function closeSupervision(
  state: UnitSupervisionState,
  now: string,
  by: RecordedActor,
  reason: string,
  recovered: boolean,
): UnitNotification[] {
  state.status = 'closed';
  state.closure = { at: now, by, reason, recovered };
  state.nextEvaluationAt = undefined;
  recordSupervisionEvent(
    state,
    now,
    'supervision_closed',
    by,
    recovered ? `${state.unit.name}各项指标恢复正常，督办销号` : `关闭督办：${reason}`,
    { recovered },
  );
  const text = closedText(state, recovered, reason);
  return [
    supervisionNotification(state, 'supervision_closed', 'closed', state.unit, text),
    supervisionNotification(state, 'supervision_closed', 'closed', undefined, text),
  ];
}
