/**
 * Where a case stands in its lifecycle. Overdue and the escalation level are kept beside the
 * status, not in it: an overdue case is still being rectified.
 */
export const CASE_STATUSES = [
  'awaiting_notice', // 已登记: registered, rectification notice not yet issued
  'awaiting_service', // 待送达: notice issued, to be served on the responsible party
  'rectifying', // 整改中: served; the party is fixing the hazard
  'awaiting_reinspection', // 待复查: fix reported, or the deadline expired
  'rectified', // 复查合格: re-inspection passed, awaiting closure sign-off
  'closed', // 已销号: struck off the hazard ledger
  'voided', // 已作废: registered by mistake, voided by a supervisor
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const TERMINAL_STATUSES: readonly CaseStatus[] = ['closed', 'voided'];

export function isTerminal(status: CaseStatus): boolean {
  return TERMINAL_STATUSES.includes(status);
}
