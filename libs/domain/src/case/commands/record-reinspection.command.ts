import { recordEvent } from '../case-events';
import { ACTIVE, requireServed, requireStatus, requireText } from '../checks';
import { type CaseCommandModule, OFFICER_OR_SUPERVISOR } from '../command-module';

/**
 * 复查: passed, the case awaits closure; failed, it goes back to rectification under the deadline
 * in force, and if that has passed the ladder's clocks (still running) continue where they stood.
 */
export const recordReinspection: CaseCommandModule<'recordReinspection'> = {
  type: 'recordReinspection',
  roles: OFFICER_OR_SUPERVISOR,
  check(state, input) {
    requireServed(state, 're-inspect');
    requireText(input.findings, 'findings');
    requireStatus(state, ACTIVE, 'there is nothing to re-inspect');
  },
  apply(state, input, { now, notify }) {
    const { actor, passed, findings, evidence } = input;
    state.reinspections.push({ at: now, by: actor, passed, findings, evidence });
    state.reinspectionDueAt = undefined;
    state.reinspectionReason = undefined;
    if (passed) {
      state.status = 'rectified';
      state.overdue = false;
      recordEvent(state, now, 'reinspection_passed', actor, `复查合格：${findings}`);
      notify({
        audience: 'supervisor',
        kind: 'closure_due',
        message: 'Re-inspection passed; the case awaits closure (销号)',
        dedupeKey: `${state.caseNumber}:closure_due`,
      });
      return;
    }
    state.status = 'rectifying';
    recordEvent(state, now, 'reinspection_failed', actor, `复查不合格：${findings}`);
    notify({
      audience: 'responsible_party',
      kind: 'reinspection_failed',
      message: `Re-inspection failed: ${findings}`,
      dedupeKey: `${state.caseNumber}:reinspection_failed:${now}`,
      params: { findings },
    });
  },
};
