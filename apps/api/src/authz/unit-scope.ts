import type { UnitRef } from '@firecase/domain';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { caseScopeOf, isInScope } from './case-scope';

/** A unit in the terms of case scope: a department unit is its department, a community its own. */
export function unitAsCaseSubject(unit: UnitRef) {
  return unit.kind === 'department'
    ? { department: unit.code, community: '' }
    : { department: '', community: unit.code };
}

/**
 * Whose sweep task a user may record (集中检查): a unit the user's cases reach — an officer's
 * department or covered communities, a supervisor's department.
 */
export function mayWorkForUnit(user: AuthenticatedUser, unit: UnitRef): boolean {
  if (user.role !== 'officer' && user.role !== 'supervisor') return false;
  return isInScope(caseScopeOf(user), unitAsCaseSubject(unit));
}
