import { CaseErrorCode } from '../case-error';
import { recordEvent } from '../case-events';
import { ACTIVE, refuse, requireServed, requireStatus } from '../checks';
import { addCalendarDaysTo } from '../china-time';
import { type CaseCommandModule, OFFICER_OR_SUPERVISOR } from '../command-module';

/** 临时防范措施: warning signs, watch duty, cut-offs; patrols fall due at the policy's cadence. */
export const recordInterimMeasures: CaseCommandModule<'recordInterimMeasures'> = {
  type: 'recordInterimMeasures',
  roles: OFFICER_OR_SUPERVISOR,
  check(state, input) {
    requireServed(state, 'record interim measures');
    requireStatus(
      state,
      ACTIVE,
      'interim measures can only be recorded while the hazard is being rectified',
    );
    if (!state.interim?.required) {
      refuse(
        CaseErrorCode.InterimMeasuresNotRequired,
        'the policy does not require interim measures for this case',
      );
    }
    if (input.measures.length === 0 || input.measures.some((m) => m.trim() === '')) {
      refuse(CaseErrorCode.InvalidInput, 'measures must list at least one non-empty measure');
    }
  },
  apply(state, input, { now }) {
    const { actor, measures, evidence } = input;
    const interim = state.interim!;
    interim.measures = { items: measures, recordedAt: now, recordedBy: actor, evidence };
    interim.nextPatrolDueAt = addCalendarDaysTo(
      now,
      state.policy.interimMeasures.patrolEveryCalendarDays,
    );
    recordEvent(
      state,
      now,
      'interim_measures_recorded',
      actor,
      `落实临时防范措施：${measures.join('；')}`,
      { nextPatrolDueAt: interim.nextPatrolDueAt },
    );
  },
};
