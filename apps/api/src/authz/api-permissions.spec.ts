import { CASE_COMMAND_TYPES, CASE_ACTION_PERMISSIONS, type Role, ROLES } from '@firecase/domain';
import { API_ACTIONS, type ApiAction, mayCall, mayPerformCaseAction } from './api-permissions';

/** Every cell of the matrix, written out: a change to API_PERMISSIONS must change this table. */
const EXPECTED: Record<ApiAction, Record<Role, boolean>> = {
  openCase: { officer: true, supervisor: true, auditor: false, administrator: false },
  actOnCase: { officer: true, supervisor: true, auditor: false, administrator: false },
  reissueNotice: { officer: true, supervisor: true, auditor: false, administrator: false },
  readCase: { officer: true, supervisor: true, auditor: true, administrator: false },
  readLedger: { officer: true, supervisor: true, auditor: true, administrator: false },
  readHistory: { officer: true, supervisor: true, auditor: true, administrator: false },
  readNotices: { officer: true, supervisor: true, auditor: true, administrator: false },
  readEvidence: { officer: true, supervisor: true, auditor: true, administrator: false },
  exportLedger: { officer: true, supervisor: true, auditor: true, administrator: false },
  importCases: { officer: true, supervisor: true, auditor: false, administrator: false },
  uploadEvidence: { officer: true, supervisor: true, auditor: false, administrator: false },
  administer: { officer: false, supervisor: false, auditor: false, administrator: true },
  readAuditLogs: { officer: false, supervisor: false, auditor: true, administrator: false },
  signOut: { officer: true, supervisor: true, auditor: true, administrator: true },
  readProfile: { officer: true, supervisor: true, auditor: true, administrator: true },
  readOrganisation: { officer: true, supervisor: true, auditor: true, administrator: true },
  readOfficers: { officer: false, supervisor: true, auditor: false, administrator: true },
  readInbox: { officer: true, supervisor: true, auditor: true, administrator: true },
  defineCampaign: { officer: false, supervisor: true, auditor: false, administrator: true },
  readCampaigns: { officer: true, supervisor: true, auditor: true, administrator: true },
  recordSweepInspection: { officer: true, supervisor: true, auditor: false, administrator: false },
  cancelCampaign: { officer: false, supervisor: true, auditor: false, administrator: true },
  readSupervision: { officer: true, supervisor: true, auditor: true, administrator: false },
  actOnSupervision: { officer: false, supervisor: true, auditor: false, administrator: false },
  readStatistics: { officer: true, supervisor: true, auditor: true, administrator: false },
  readReports: { officer: false, supervisor: true, auditor: true, administrator: false },
};

describe('API permission matrix', () => {
  const cells = API_ACTIONS.flatMap((action) => ROLES.map((role) => [role, action] as const));

  it.each(cells)('%s × %s', (role, action) => {
    expect(mayCall(role, action)).toBe(EXPECTED[action][role]);
  });

  const caseCells = CASE_COMMAND_TYPES.flatMap((command) =>
    ROLES.map((role) => [role, command] as const),
  );

  it.each(caseCells)('%s × case action %s follows the domain matrix', (role, command) => {
    expect(mayPerformCaseAction(role, command)).toBe(
      CASE_ACTION_PERMISSIONS[role].includes(command),
    );
  });

  it('gives auditors no action that changes anything and administrators no case access', () => {
    const changes: ApiAction[] = [
      'defineCampaign',
      'recordSweepInspection',
      'cancelCampaign',
      'actOnSupervision',
      'openCase',
      'actOnCase',
      'reissueNotice',
      'importCases',
      'uploadEvidence',
      'administer',
    ];
    expect(changes.filter((action) => mayCall('auditor', action))).toEqual([]);
    expect(API_ACTIONS.filter((action) => mayCall('administrator', action))).toEqual([
      'administer',
      'signOut',
      'readProfile',
      'readOrganisation',
      'readOfficers',
      'readInbox',
      'defineCampaign',
      'readCampaigns',
      'cancelCampaign',
    ]);
  });
});
