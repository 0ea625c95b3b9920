import { recordEvent } from '../case-events';
import { requireText } from '../checks';
import { type CaseCommandModule, SUPERVISOR_ONLY } from '../command-module';

/** 作废: a case registered by mistake, with the reason. */
export const voidCase: CaseCommandModule<'voidCase'> = {
  type: 'voidCase',
  roles: SUPERVISOR_ONLY,
  check(_state, input) {
    requireText(input.reason, 'reason');
  },
  apply(state, input, { now }) {
    const { actor, reason } = input;
    state.voided = { at: now, by: actor, reason };
    state.status = 'voided';
    state.overdue = false;
    state.followUpDueAt = undefined;
    recordEvent(state, now, 'case_voided', actor, `作废：${reason}`);
  },
};
