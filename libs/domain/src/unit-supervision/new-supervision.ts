import type { UnitSupervisionPolicy } from '../campaign/campaign-policy';
import { addDuration } from '../campaign/duration';
import { SYSTEM_ACTOR } from '../case/actor';
import type { Unit } from '../units/unit';
import type { UnitNotification } from '../units/unit-notification';
import type { LagReason } from './lagging';
import { openRung, supervisionNotification } from './supervision-notify';
import { recordSupervisionEvent, type UnitSupervisionState } from './supervision-state';
import { openedText } from './supervision-texts';
import type { UnitFigures } from './unit-figures';

export interface OpenSupervisionInput {
  readonly number: string;
  readonly campaign: { readonly code: string; readonly name: string };
  readonly unit: Unit;
  readonly policy: UnitSupervisionPolicy;
  readonly openedFor: readonly LagReason[];
  readonly figures: UnitFigures;
}

/** A new unit supervision case at its first rung, 督办通知, and what its opening sends. */
export function newSupervisionState(
  input: OpenSupervisionInput,
  now: string,
): { state: UnitSupervisionState; notifications: UnitNotification[] } {
  const state: UnitSupervisionState = {
    number: input.number,
    campaign: { code: input.campaign.code, name: input.campaign.name },
    unit: input.unit,
    policy: input.policy,
    openedFor: input.openedFor,
    figures: input.figures,
    openedAt: now,
    status: 'open',
    level: 0,
    rungs: [],
    nextEvaluationAt: addDuration(now, input.policy.evaluateEvery),
    revision: 0,
    events: [],
  };
  const reasons = input.openedFor.map((r) => r.text).join('；');
  recordSupervisionEvent(
    state,
    now,
    'supervision_opened',
    SYSTEM_ACTOR,
    `${input.unit.name}：${reasons}，启动督办`,
    { reasons: input.openedFor.map((r) => r.kind) },
  );
  const notifications = [
    supervisionNotification(state, 'supervision_opened', 'opened', state.unit, openedText(state)),
    supervisionNotification(state, 'supervision_opened', 'opened', undefined, openedText(state)),
    ...openRung(state, 'supervision_notice', now, '下达督办通知'),
  ];
  return { state, notifications };
}
