import type { AuthenticatedUser } from '../auth/authenticated-user';
import { caseScopeOf, isInScope, mayOpenFor } from './case-scope';

const user = (overrides: Partial<AuthenticatedUser>): AuthenticatedUser => ({
  id: 'u',
  username: 'u',
  displayName: 'U',
  role: 'officer',
  departmentCode: 'planning_environment',
  communityCodes: [],
  ...overrides,
});

const ownCase = { department: 'planning_environment', community: 'Taibai' };
const otherCase = { department: 'emergency', community: 'Gaosuntang' };

describe('case scope', () => {
  it('gives an officer their department and the communities they cover', () => {
    const scope = caseScopeOf(user({ communityCodes: ['Gaosuntang'] }));
    expect(isInScope(scope, ownCase)).toBe(true);
    expect(isInScope(scope, otherCase)).toBe(true);
    expect(isInScope(scope, { department: 'emergency', community: 'Elsewhere' })).toBe(false);
  });

  it("gives a supervisor their department's cases only", () => {
    const scope = caseScopeOf(user({ role: 'supervisor', communityCodes: ['Gaosuntang'] }));
    expect(isInScope(scope, ownCase)).toBe(true);
    expect(isInScope(scope, otherCase)).toBe(false);
  });

  it('gives an auditor every case and an administrator none', () => {
    expect(isInScope(caseScopeOf(user({ role: 'auditor', departmentCode: null })), otherCase)).toBe(
      true,
    );
    const admin = caseScopeOf(user({ role: 'administrator', departmentCode: null }));
    expect(isInScope(admin, ownCase)).toBe(false);
  });

  it('lets officers and supervisors open cases for their own department only', () => {
    expect(mayOpenFor(user({}), 'planning_environment')).toBe(true);
    expect(mayOpenFor(user({}), 'emergency')).toBe(false);
    expect(mayOpenFor(user({ role: 'auditor', departmentCode: null }), 'emergency')).toBe(false);
  });
});
