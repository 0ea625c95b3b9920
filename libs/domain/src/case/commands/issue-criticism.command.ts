import { recordEvent } from '../case-events';
import { openRung, requireOpenRung, requireText } from '../checks';
import { type CaseCommandModule, SUPERVISOR_ONLY } from '../command-module';

/** 通报批评: the case stays open until the hazard is fixed. */
export const issueCriticism: CaseCommandModule<'issueCriticism'> = {
  type: 'issueCriticism',
  roles: SUPERVISOR_ONLY,
  check(state, input) {
    requireOpenRung(state, 'criticism');
    requireText(input.summary, 'summary');
  },
  apply(state, input, { now }) {
    const { actor, summary, evidence } = input;
    openRung(state, 'criticism')!.completed = { at: now, by: actor, summary, evidence };
    recordEvent(state, now, 'criticism_issued', actor, `通报批评：${summary}`);
  },
};
