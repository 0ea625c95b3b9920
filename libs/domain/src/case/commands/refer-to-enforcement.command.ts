import { recordEvent } from '../case-events';
import { openRung, requireOpenRung, requireText } from '../checks';
import { type CaseCommandModule, SUPERVISOR_ONLY } from '../command-module';

/** 移交执法: the case stays open until the hazard is fixed. */
export const referToEnforcement: CaseCommandModule<'referToEnforcement'> = {
  type: 'referToEnforcement',
  roles: SUPERVISOR_ONLY,
  check(state, input) {
    requireOpenRung(state, 'referral');
    requireText(input.agency, 'agency');
    requireText(input.summary, 'summary');
  },
  apply(state, input, { now }) {
    const { actor, agency, summary, evidence } = input;
    openRung(state, 'referral')!.completed = {
      at: now,
      by: actor,
      summary: `${summary} to ${agency}`,
      evidence,
    };
    recordEvent(state, now, 'referred_to_enforcement', actor, `移交${agency}执法：${summary}`);
  },
};
