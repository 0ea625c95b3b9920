import { CaseErrorCode } from '../case-error';
import { closeCase as close } from '../case-steps';
import { refuse, requireText } from '../checks';
import { type CaseCommandModule, SUPERVISOR_ONLY } from '../command-module';

/** 销号: only a hazard that passed its re-inspection is struck off the ledger. */
export const closeCase: CaseCommandModule<'closeCase'> = {
  type: 'closeCase',
  roles: SUPERVISOR_ONLY,
  check(state, input) {
    if (state.status !== 'rectified') {
      refuse(
        CaseErrorCode.NotRectified,
        `the hazard has not passed a re-inspection (status ${state.status}); an unfixed case cannot be closed`,
      );
    }
    requireText(input.note, 'note');
  },
  apply(state, input, { now }) {
    close(state, now, input.actor, input.note, input.evidence, false);
  },
};
