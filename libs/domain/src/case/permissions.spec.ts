import { ROLES } from './actor';
import { CASE_COMMAND_TYPES, type CaseCommandType } from './commands';
import { mayPerform } from './permissions';

// The matrix written out by hand, so that a change to permissions.ts must be made twice on purpose.
const EXPECTED: Record<CaseCommandType, string> = {
  //                     officer supervisor auditor administrator
  issueNotice: '           Y        Y         -        -',
  serveNotice: '           Y        Y         -        -',
  recordInterimMeasures: ' Y        Y         -        -',
  recordPatrol: '          Y        Y         -        -',
  reportRectification: '   Y        Y         -        -',
  recordReinspection: '    Y        Y         -        -',
  requestExtension: '      Y        Y         -        -',
  grantExtension: '        -        Y         -        -',
  rejectExtension: '       -        Y         -        -',
  scheduleInterview: '     -        Y         -        -',
  recordInterview: '       -        Y         -        -',
  issueCriticism: '        -        Y         -        -',
  referToEnforcement: '    -        Y         -        -',
  closeCase: '             -        Y         -        -',
  voidCase: '              -        Y         -        -',
  reassignOfficer: '       -        Y         -        -',
  migrateRules: '          -        Y         -        -',
};

describe(mayPerform.name, () => {
  const cells = CASE_COMMAND_TYPES.flatMap((action) => {
    const marks = EXPECTED[action].trim().split(/\s+/);
    return ROLES.map((role, i) => [role, action, marks[i] === 'Y'] as const);
  });

  it('covers every role and every action', () => {
    expect(cells).toHaveLength(ROLES.length * CASE_COMMAND_TYPES.length);
  });

  it.each(cells)('%s may %s: %s', (role, action, allowed) => {
    expect(mayPerform(role, action)).toBe(allowed);
  });
});
