import {
  CAMPAIGN_COMMAND_ROLES,
  type CaseCommandType,
  mayPerform,
  type Role,
  ROLES,
  SUPERVISION_COMMAND_ROLES,
} from '@firecase/domain';

/** What a caller can ask of the API, one name per kind of endpoint. */
export const API_ACTIONS = [
  'openCase',
  'actOnCase', // each lifecycle action is further checked against CASE_ACTION_PERMISSIONS
  'reissueNotice',
  'readCase',
  'readLedger',
  'readHistory',
  'readNotices',
  'readEvidence',
  'exportLedger',
  'importCases',
  'uploadEvidence',
  'administer',
  'readAuditLogs',
  'signOut',
  'readProfile', // GET /me: who the token belongs to
  'readOrganisation', // GET /organisation: departments, communities, grids for forms and filters
  'readOfficers', // GET /organisation/officers: whom a supervisor may hand a case to (变更承办人)
  'readInbox', // one's own notifications and notification preferences
  'defineCampaign', // 专项行动: name, period, categories, key periods
  'readCampaigns', // campaigns, key periods and sweep tasks: the whole office works to them
  'recordSweepInspection', // 集中检查: further checked against the task's unit (campaign-scope.ts)
  'cancelCampaign',
  'readSupervision', // 督导考核: unit figures and unit supervision cases (unit-scope.ts)
  'actOnSupervision', // 督办 rungs: further checked against the unit (unit-scope.ts)
  'readStatistics', // counts of the cases the caller's ledger reaches (case-scope.ts)
  'readReports', // the office's progress reports: the whole office, for its leaders
] as const;
export type ApiAction = (typeof API_ACTIONS)[number];

const CASE_WORKERS: readonly Role[] = ['officer', 'supervisor'];
const CASE_READERS: readonly Role[] = ['officer', 'supervisor', 'auditor'];

/**
 * Who may call what: the one place the API decides it (the guard reads it for every request).
 * Auditors read everything and change nothing; administrators manage people and organisation
 * and never see a case. Which cases a caller reaches is the business of case-scope.ts.
 */
export const API_PERMISSIONS: Readonly<Record<ApiAction, readonly Role[]>> = {
  openCase: CASE_WORKERS,
  actOnCase: CASE_WORKERS,
  reissueNotice: CASE_WORKERS,
  readCase: CASE_READERS,
  readLedger: CASE_READERS,
  readHistory: CASE_READERS,
  readNotices: CASE_READERS,
  readEvidence: CASE_READERS,
  exportLedger: CASE_READERS,
  importCases: CASE_WORKERS,
  uploadEvidence: CASE_WORKERS,
  administer: ['administrator'],
  // Who read what and which administrative actions were taken: the auditors' business only.
  readAuditLogs: ['auditor'],
  signOut: ROLES,
  readProfile: ROLES,
  readOrganisation: ROLES,
  readOfficers: ['supervisor', 'administrator'],
  readInbox: ROLES,
  defineCampaign: ['supervisor', 'administrator'],
  readCampaigns: ROLES,
  recordSweepInspection: CAMPAIGN_COMMAND_ROLES.recordSweepInspection,
  cancelCampaign: CAMPAIGN_COMMAND_ROLES.cancelCampaign,
  readSupervision: CASE_READERS,
  actOnSupervision: SUPERVISION_COMMAND_ROLES.closeSupervision,
  readStatistics: CASE_READERS,
  readReports: ['supervisor', 'auditor'],
};

/**
 * Endpoints that read case data: each must carry `@LogsRead` (the access log); one that does
 * not answers 500 rather than read unlogged (AccessLogInterceptor), as a missing @Permit fails
 * closed in the guard.
 */
export const CASE_DATA_READS: readonly ApiAction[] = [
  'readCase',
  'readLedger',
  'readHistory',
  'readNotices',
  'readEvidence',
  'exportLedger',
];

export function mayCall(role: Role, action: ApiAction): boolean {
  return API_PERMISSIONS[action].includes(role);
}

/** A lifecycle action on a case: the API's rule, then the domain's matrix for that command. */
export function mayPerformCaseAction(role: Role, command: CaseCommandType): boolean {
  return mayCall(role, 'actOnCase') && mayPerform(role, command);
}
