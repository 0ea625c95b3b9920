import type { LedgerScope } from '@firecase/persistence';
import type { AuthenticatedUser } from '../auth/authenticated-user';

/**
 * Which cases a user reaches: an officer those of their department or of the communities they
 * cover; a supervisor their department's; an auditor every case; an administrator none.
 * `undefined` means every case.
 */
export function caseScopeOf(user: AuthenticatedUser): LedgerScope | undefined {
  const department = user.departmentCode ? [user.departmentCode] : [];
  switch (user.role) {
    case 'officer':
      return { departments: department, communities: user.communityCodes };
    case 'supervisor':
      return { departments: department, communities: [] };
    case 'auditor':
      return undefined;
    case 'administrator':
      return { departments: [], communities: [] };
  }
}

export function isInScope(
  scope: LedgerScope | undefined,
  subject: { readonly department: string; readonly community: string },
): boolean {
  return (
    scope === undefined ||
    scope.departments.includes(subject.department) ||
    scope.communities.includes(subject.community)
  );
}

/** Cases a user may open: officers and supervisors for their own department only. */
export function mayOpenFor(user: AuthenticatedUser, department: string): boolean {
  return (
    (user.role === 'officer' || user.role === 'supervisor') && user.departmentCode === department
  );
}
