import { recordEvent } from '../case-events';
import { openReinspection } from '../case-steps';
import { requireServed, requireStatus, requireText } from '../checks';
import { chinaDateOf } from '../china-time';
import { type CaseCommandModule, OFFICER_OR_SUPERVISOR } from '../command-module';

/** The responsible party reports the fix (recorded by an officer): a re-inspection falls due. */
export const reportRectification: CaseCommandModule<'reportRectification'> = {
  type: 'reportRectification',
  roles: OFFICER_OR_SUPERVISOR,
  check(state, input) {
    requireServed(state, 'report a rectification');
    requireText(input.note, 'note');
    requireStatus(
      state,
      ['rectifying'],
      'a rectification can only be reported while the case is being rectified',
    );
  },
  deadlines(state, _input, now) {
    return [{ key: 'reinspection', from: now, rule: state.policy.reinspectionWithin }];
  },
  apply(state, input, { now, deadline, notify }) {
    const { actor, note, evidence } = input;
    state.rectificationReports.push({ at: now, by: actor, note, evidence });
    openReinspection(state, now, deadline('reinspection'), 'reported', actor);
    recordEvent(state, now, 'rectification_reported', actor, `报告整改完成：${note}`);
    notify({
      audience: 'officer',
      kind: 'reinspection_due',
      message: `Re-inspection due by ${chinaDateOf(state.reinspectionDueAt!)}`,
      dedupeKey: `${state.caseNumber}:reinspection_due:${state.reinspectionDueAt}`,
      params: { deadlineAt: state.reinspectionDueAt! },
    });
  },
};
