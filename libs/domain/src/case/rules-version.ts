import type { CaseState } from './case-state';

/**
 * The lifecycle rules have versions. A case keeps the rules it started under (`rulesVersion` in
 * its state, copied from the workflow input), so a rule change applies to new cases and a
 * replayed history never meets a rule it did not run under. Each flag is one rule change.
 *
 * v1 (until 2026-12): interim measures by fractional days against an end-of-day deadline; no clock
 *    before the notice; a missed service alerts the supervisor once; nothing after the last rung.
 * v2: interim measures by whole China calendar days; the notice is due within the policy's
 *    working days of registration; missed notice and service escalate to the supervisor; a case
 *    with nothing else due reminds its people at the policy's cadence (持续督办).
 */
export const CURRENT_RULES_VERSION = 2;

export interface CaseRules {
  readonly version: number;
  /** Interim measures are required by whole calendar days between the China dates. */
  readonly interimByWholeDays: boolean;
  /** The notice has a due date from registration, and missing it escalates. */
  readonly noticeClock: boolean;
  /** A notice not served in time alerts the officer and the leader, then the supervisor. */
  readonly serviceEscalates: boolean;
  /** A case with nothing else due reminds its people at the policy's cadence. */
  readonly followUps: boolean;
}

const V1: CaseRules = {
  version: 1,
  interimByWholeDays: false,
  noticeClock: false,
  serviceEscalates: false,
  followUps: false,
};

const V2: CaseRules = {
  version: 2,
  interimByWholeDays: true,
  noticeClock: true,
  serviceEscalates: true,
  followUps: true,
};

export function rulesOf(state: Pick<CaseState, 'rulesVersion'>): CaseRules {
  return (state.rulesVersion ?? 1) >= 2 ? V2 : V1;
}
