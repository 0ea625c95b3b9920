import { CaseErrorCode } from '../case-error';
import { recordEvent } from '../case-events';
import { moveDeadline } from '../case-steps';
import {
  ACTIVE,
  pendingExtensionRequest,
  refuse,
  requireExtensionLeft,
  requireFutureDate,
  requireServed,
  requireStatus,
  requireText,
} from '../checks';
import { chinaDateOf } from '../china-time';
import { type CaseCommandModule, SUPERVISOR_ONLY } from '../command-module';

/** 批准延期: a new rectification deadline, with its reason; the policy limits how many. */
export const grantExtension: CaseCommandModule<'grantExtension'> = {
  type: 'grantExtension',
  roles: SUPERVISOR_ONLY,
  check(state, input, now) {
    requireServed(state, 'grant an extension');
    requireText(input.reason, 'reason');
    requireStatus(
      state,
      ACTIVE,
      'an extension can only be granted while the hazard is being rectified',
    );
    requireExtensionLeft(state);
    requireFutureDate(input.newDeadlineDate, 'newDeadlineDate', now);
    if (state.deadlineAt && input.newDeadlineDate <= chinaDateOf(state.deadlineAt)) {
      refuse(
        CaseErrorCode.InvalidInput,
        `newDeadlineDate must be after the current deadline ${chinaDateOf(state.deadlineAt)}`,
      );
    }
  },
  deadlines(_state, input, now) {
    return [{ key: 'extension', from: now, rule: { endOfDate: input.newDeadlineDate } }];
  },
  apply(state, input, { now, deadline, notify }) {
    const { actor, reason, newDeadlineDate } = input;
    const due = deadline('extension');
    const granted = { at: now, by: actor, reason, newDeadline: due.dueAt };
    const pending = pendingExtensionRequest(state);
    if (pending) pending.granted = granted;
    else state.extensions.push({ granted });
    // The English prefix is kept: earlier records and tests read it; the reason itself is the user's.
    moveDeadline(state, due, now, `extension (延期) granted: ${reason}`, actor);
    recordEvent(
      state,
      now,
      'extension_granted',
      actor,
      `批准延期至 ${newDeadlineDate}：${reason}`,
      { newDeadline: due.dueAt },
    );
    notify({
      audience: 'responsible_party',
      kind: 'extension_granted',
      message: `Deadline extended to ${newDeadlineDate}`,
      dedupeKey: `${state.caseNumber}:extension_granted:${due.dueAt}`,
      params: { deadlineAt: due.dueAt, reason },
    });
  },
};
