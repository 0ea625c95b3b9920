// Which actions the signed-in user may take on a case now: the domain's own rules
// (assertAllowed, the same function the workflow's update validators run), probed with
// placeholder inputs. A refusal for the placeholder's content (INVALID_INPUT) still means the
// action is open: the user's real input is checked by the API.
import {
  assertAllowed,
  type CaseCommand,
  CaseErrorCode,
  type CaseCommandType,
  CaseRuleViolation,
  type CaseState as DomainCaseState,
  type Role,
} from '@firecase/domain';
import type { CaseState } from '../api/types';

const FAR_FUTURE_DATE = '2999-12-30';
const FAR_FUTURE_INSTANT = '2999-12-30T09:00:00+08:00';

/** A placeholder input per action that the console has a form for. */
const PROBES: {
  readonly [K in CaseCommandType]?: Omit<Extract<CaseCommand, { type: K }>['input'], 'actor'>;
} = {
  issueNotice: { requirements: '-' },
  serveNotice: { method: 'in_person', recipient: '-', evidence: [] },
  recordInterimMeasures: { measures: ['-'], evidence: [] },
  recordPatrol: { measuresInPlace: true, evidence: [] },
  reportRectification: { note: '-', evidence: [] },
  recordReinspection: { passed: true, findings: '-', evidence: [] },
  requestExtension: { reason: '-' },
  grantExtension: { reason: '-', newDeadlineDate: FAR_FUTURE_DATE },
  rejectExtension: { reason: '-' },
  scheduleInterview: { at: FAR_FUTURE_INSTANT, location: '-', interviewee: '-' },
  recordInterview: { summary: '-', committedDate: FAR_FUTURE_DATE, evidence: [] },
  issueCriticism: { summary: '-', evidence: [] },
  referToEnforcement: { agency: '-', summary: '-', evidence: [] },
  closeCase: { note: '-', evidence: [] },
  voidCase: { reason: '-' },
  reassignOfficer: { officer: { userId: '-', name: '-' }, reason: '-' },
};

export const ACTION_ORDER = Object.keys(PROBES) as CaseCommandType[];

/**
 * The case view's state is the domain's CaseState as JSON (the API's view classes implement it);
 * only its types differ: the document cannot say which recorded actors may be the system, nor
 * that arrays are read-only.
 */
export function asDomainState(state: CaseState): DomainCaseState {
  return state as unknown as DomainCaseState;
}

export function availableActions(
  state: DomainCaseState,
  user: { readonly id: string; readonly displayName: string; readonly role: Role },
  now = new Date().toISOString(),
): CaseCommandType[] {
  const actor = { userId: user.id, name: user.displayName, role: user.role };
  return ACTION_ORDER.filter((type) => {
    const command = { type, input: { ...PROBES[type], actor } } as CaseCommand;
    try {
      assertAllowed(state, command, now);
      return true;
    } catch (error) {
      return error instanceof CaseRuleViolation && error.code === CaseErrorCode.InvalidInput;
    }
  });
}
