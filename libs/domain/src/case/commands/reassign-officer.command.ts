import { CaseErrorCode } from '../case-error';
import { recordEvent } from '../case-events';
import { refuse, requireText } from '../checks';
import { type CaseCommandModule, SUPERVISOR_ONLY } from '../command-module';

/** The officer who carries the case (承办人) now: the assigned one, else whoever registered it. */
export function assignedOfficerOf(state: {
  readonly assignedOfficer?: { readonly userId: string; readonly name: string };
  readonly registeredBy: { readonly userId: string; readonly name: string };
}): { readonly userId: string; readonly name: string } {
  return state.assignedOfficer ?? state.registeredBy;
}

/** 变更承办人: a supervisor hands the case to another officer; both are told. */
export const reassignOfficer: CaseCommandModule<'reassignOfficer'> = {
  type: 'reassignOfficer',
  roles: SUPERVISOR_ONLY,
  check(state, input) {
    requireText(input.officer?.userId, 'officer.userId');
    requireText(input.officer?.name, 'officer.name');
    requireText(input.reason, 'reason');
    if (assignedOfficerOf(state).userId === input.officer.userId) {
      refuse(CaseErrorCode.InvalidInput, `${input.officer.name} already carries this case`);
    }
  },
  apply(state, input, { now, notify }) {
    const { actor, officer, reason } = input;
    const previous = assignedOfficerOf(state);
    state.assignedOfficer = { userId: officer.userId, name: officer.name, since: now, by: actor };
    recordEvent(
      state,
      now,
      'officer_reassigned',
      actor,
      `承办人由 ${previous.name} 变更为 ${officer.name}：${reason}`,
      { from: previous.userId, to: officer.userId },
    );
    notify({
      audience: 'officer',
      kind: 'officer_reassigned',
      message: `Case reassigned from ${previous.name} to ${officer.name}`,
      dedupeKey: `${state.caseNumber}:officer_reassigned:${now}`,
      params: { officerUserId: officer.userId, previousOfficerUserId: previous.userId, reason },
    });
  },
};
