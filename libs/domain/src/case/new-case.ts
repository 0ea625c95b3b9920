import type { CasePolicy } from '../policy/case-policy';
import { DEFAULT_CASE_POLICY } from '../policy/default-policy';
import { hazardTypeLabel, SEVERITY_LABELS } from '../labels/zh-cn';
import type { Actor } from './actor';
import { recordEvent } from './case-events';
import type { CaseState } from './case-state';
import { closeCase } from './case-steps';
import type { DeadlineRequest, PlannedDeadlines } from './deadline-plan';
import { plannedDeadline } from './deadline-plan';
import type { Discovery } from './discovery';
import { settleFollowUp } from './follow-up';
import { rulesOf } from './rules-version';
import { setDeadline } from './set-deadline';

/** What starts a case: the hazard as discovered, who registered it, and the policy it runs under. */
export interface OpenCaseInput {
  readonly caseNumber: string;
  readonly discovery: Discovery;
  readonly registeredBy: Actor;
  readonly policy: CasePolicy;
  /** The rules version (see rules-version.ts); absent in inputs recorded before versions: 1. */
  readonly rulesVersion?: number;
}

/** The state of a newly registered case; a hazard fixed on the spot (当场整改) is closed at once. */
export function newCaseState(input: OpenCaseInput, now: string): CaseState {
  const state: CaseState = {
    caseNumber: input.caseNumber,
    discovery: input.discovery,
    registeredBy: input.registeredBy,
    policy: input.policy,
    ...(input.rulesVersion !== undefined ? { rulesVersion: input.rulesVersion } : {}),
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
    `登记隐患：${discovery.location.address}（${hazardTypeLabel(discovery.hazardType)}，${SEVERITY_LABELS[discovery.severity]}）`,
    {
      discoveredAt: discovery.discoveredAt,
      policyVersion: input.policy.version,
      rulesVersion: rulesOf(state).version,
      evidence: discovery.evidence,
    },
  );
  if (discovery.fixedOnSpot) {
    // 当场整改: the closing event carries the evidence of the fix (closeCase records it).
    closeCase(
      state,
      now,
      registeredBy,
      discovery.fixedOnSpot.note ?? '当场整改',
      discovery.fixedOnSpot.evidence,
      true,
    );
  }
  return state;
}

/** Rules v2: the deadlines a newly registered case needs before anything else (the notice's). */
export function openingDeadlineRequests(state: CaseState): DeadlineRequest[] {
  if (!rulesOf(state).noticeClock || state.status !== 'awaiting_notice' || state.noticeDueAt)
    return [];
  const rule = state.policy.noticeWithin ?? DEFAULT_CASE_POLICY.noticeWithin!;
  return [{ key: 'notice', from: state.events[0].at, rule }];
}

export function applyOpeningDeadlines(
  state: CaseState,
  now: string,
  planned: PlannedDeadlines,
): void {
  const due = plannedDeadline(planned, 'notice');
  state.noticeDueAt = due.dueAt;
  setDeadline(state, 'notice', due, now, '登记后应在规定期限内下达整改通知书', state.registeredBy);
  state.revision += 1;
  settleFollowUp(state, now);
}
