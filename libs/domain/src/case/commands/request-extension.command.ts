import { CaseErrorCode } from '../case-error';
import { recordEvent } from '../case-events';
import {
  ACTIVE,
  pendingExtensionRequest,
  refuse,
  requireExtensionLeft,
  requireServed,
  requireStatus,
  requireText,
} from '../checks';
import { type CaseCommandModule, OFFICER_OR_SUPERVISOR } from '../command-module';

/** 申请延期: the leader decides. */
export const requestExtension: CaseCommandModule<'requestExtension'> = {
  type: 'requestExtension',
  roles: OFFICER_OR_SUPERVISOR,
  check(state, input) {
    requireServed(state, 'request an extension');
    requireText(input.reason, 'reason');
    requireStatus(
      state,
      ACTIVE,
      'an extension can only be requested while the hazard is being rectified',
    );
    requireExtensionLeft(state);
    if (pendingExtensionRequest(state)) {
      refuse(CaseErrorCode.WrongStatus, 'an extension request is already awaiting a decision');
    }
  },
  apply(state, input, { now, notify }) {
    const { actor, reason } = input;
    state.extensions.push({ requestedAt: now, requestedBy: actor, requestReason: reason });
    recordEvent(state, now, 'extension_requested', actor, `申请延期：${reason}`);
    notify({
      audience: 'department_leader',
      kind: 'extension_requested',
      message: `Extension requested: ${reason}`,
      dedupeKey: `${state.caseNumber}:extension_requested:${now}`,
      params: { reason },
    });
  },
};
