import type { CasePolicy } from '../policy/case-policy';
import type { Actor } from './actor';
import { closeCase } from './apply-command';
import { recordEvent } from './case-events';
import type { CaseState } from './case-state';
import type { Discovery } from './discovery';

/** What starts a case: the hazard as discovered, who registered it, and the policy it runs under. */
export interface OpenCaseInput {
  readonly caseNumber: string;
  readonly discovery: Discovery;
  readonly registeredBy: Actor;
  readonly policy: CasePolicy;
}

/** The state of a newly registered case; a hazard fixed on the spot (当场整改) is closed at once. */
export function newCaseState(input: OpenCaseInput, now: string): CaseState {
  const state: CaseState = {
    caseNumber: input.caseNumber,
    discovery: input.discovery,
    registeredBy: input.registeredBy,
    policy: input.policy,
    status: 'awaiting_notice',
    revision: 0,
    deadlines: [],
    missedDeadlines: 0,
    overdue: false,
    rectificationReports: [],
    reinspections: [],
    extensions: [],
    escalationLevel: 0,
    rungs: [],
    events: [],
  };
  const { discovery, registeredBy } = input;
  recordEvent(
    state,
    now,
    'case_registered',
    registeredBy,
    `hazard registered at ${discovery.location.address} (${discovery.hazardType}, ${discovery.severity})`,
    {
      discoveredAt: discovery.discoveredAt,
      policyVersion: input.policy.version,
      evidence: discovery.evidence,
    },
  );
  if (discovery.fixedOnSpot) {
    // 当场整改: the closing event carries the evidence of the fix (closeCase records it).
    closeCase(
      state,
      now,
      registeredBy,
      discovery.fixedOnSpot.note ?? 'fixed on the spot',
      discovery.fixedOnSpot.evidence,
      true,
    );
  }
  return state;
}
