export * from './actor';
export { applyCommand, deadlineRequestsFor } from './apply-command';
export { CaseErrorCode, CaseRuleViolation } from './case-error';
export { assertAllowed, moduleOf, openRung } from './case-rules';
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
export {
  type NoticeDocumentRequest,
  noticeDocumentRequest,
  recordNoticeDocument,
} from './case-documents';
export type { CaseCommandModule, CaseDocumentKind, CommandContext } from './command-module';
export * from './commands';
export { assignedOfficerOf, COMMAND_MODULES } from './commands/index';
export * from './deadline-plan';
export * from './discovery';
export {
  type DueItem,
  type DueItemView,
  type DueOwner,
  dueItems,
  nextDue,
  type Obligation,
  openObligations,
} from './due-items';
export type * from './effects';
export { liveClocks, provisionalYears } from './live-clocks';
export {
  applyOpeningDeadlines,
  newCaseState,
  type OpenCaseInput,
  openingDeadlineRequests,
} from './new-case';
export { CASE_ACTION_PERMISSIONS, mayPerform } from './permissions';
export { applyRecount, recountRequests, type StatutoryYearLoaded } from './recalculation';
export { CURRENT_RULES_VERSION, type CaseRules, rulesOf } from './rules-version';
