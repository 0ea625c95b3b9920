import { CaseErrorCode } from '../case-error';
import { recordEvent } from '../case-events';
import { pendingExtensionRequest, refuse, requireText } from '../checks';
import { type CaseCommandModule, SUPERVISOR_ONLY } from '../command-module';

/** 驳回延期: the deadline in force stands. */
export const rejectExtension: CaseCommandModule<'rejectExtension'> = {
  type: 'rejectExtension',
  roles: SUPERVISOR_ONLY,
  check(state, input) {
    requireText(input.reason, 'reason');
    if (!pendingExtensionRequest(state)) {
      refuse(CaseErrorCode.WrongStatus, 'there is no extension request to reject');
    }
  },
  apply(state, input, { now }) {
    const { actor, reason } = input;
    pendingExtensionRequest(state)!.rejected = { at: now, by: actor, reason };
    recordEvent(state, now, 'extension_rejected', actor, `驳回延期申请：${reason}`);
  },
};
