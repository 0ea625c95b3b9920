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

/**
 * Whose unit supervision (督导考核) a user reads: supervisors and auditors every unit's, since the
 * office's leaders supervise all of its units; an officer those of their department and of the
 * communities they cover; an administrator none.
 */
export function mayReadUnitSupervision(user: AuthenticatedUser, unit: UnitRef): boolean {
  switch (user.role) {
    case 'supervisor':
    case 'auditor':
      return true;
    case 'officer':
      return isInScope(caseScopeOf(user), unitAsCaseSubject(unit));
    case 'administrator':
      return false;
  }
}

/**
 * Who acts on a unit supervision case: a supervisor, except on the case of their own department,
 * whose head is the one summoned to the interview (约谈单位负责人) and cannot conduct it.
 */
export function mayActOnUnitSupervision(user: AuthenticatedUser, unit: UnitRef): boolean {
  if (user.role !== 'supervisor') return false;
  return !(unit.kind === 'department' && unit.code === user.departmentCode);
}
