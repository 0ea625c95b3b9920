export * from './actor';
export { applyCommand, deadlineRequestsFor } from './apply-command';
export { CaseErrorCode, CaseRuleViolation } from './case-error';
export { assertAllowed, openRung } from './case-rules';
export type * from './case-state';
export { SERVICE_METHODS } from './case-state';
export * from './case-status';
export {
  type CaseTimer,
  type CaseTimerKind,
  deadlineRequestsForTimer,
  fireTimer,
  nextTimerAt,
  pendingTimers,
  RUNG_LEVELS,
} from './case-timers';
export * from './china-time';
export * from './commands';
export * from './deadline-plan';
export * from './discovery';
export type * from './effects';
export { newCaseState, type OpenCaseInput } from './new-case';
export { nextDue, type Obligation, openObligations } from './obligations';
export { CASE_ACTION_PERMISSIONS, mayPerform } from './permissions';
