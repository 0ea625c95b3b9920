import type { AuthenticatedUser } from '../auth/authenticated-user';
import { mayActOnUnitSupervision, mayReadUnitSupervision, mayWorkForUnit } from './unit-scope';

const user = (overrides: Partial<AuthenticatedUser>): AuthenticatedUser => ({
  id: 'u',
  username: 'u',
  displayName: 'U',
  role: 'officer',
  departmentCode: 'planning_environment',
  communityCodes: ['Taibai'],
  ...overrides,
});

const ownDepartment = { kind: 'department' as const, code: 'planning_environment' };
const otherDepartment = { kind: 'department' as const, code: 'emergency' };
const ownCommunity = { kind: 'community' as const, code: 'Taibai' };
const otherCommunity = { kind: 'community' as const, code: 'Xintian' };

describe('unit scope', () => {
  it("lets officers do their department's and communities' sweep tasks, supervisors their department's", () => {
    expect(mayWorkForUnit(user({}), ownDepartment)).toBe(true);
    expect(mayWorkForUnit(user({}), ownCommunity)).toBe(true);
    expect(mayWorkForUnit(user({}), otherCommunity)).toBe(false);
    const supervisor = user({ role: 'supervisor' });
    expect(mayWorkForUnit(supervisor, ownDepartment)).toBe(true);
    expect(mayWorkForUnit(supervisor, ownCommunity)).toBe(false);
    expect(mayWorkForUnit(user({ role: 'auditor', departmentCode: null }), ownCommunity)).toBe(
      false,
    );
  });

  it('shows officers their own units, supervisors and auditors every unit, administrators none', () => {
    expect(mayReadUnitSupervision(user({}), ownCommunity)).toBe(true);
    expect(mayReadUnitSupervision(user({}), otherDepartment)).toBe(false);
    expect(mayReadUnitSupervision(user({ role: 'supervisor' }), otherCommunity)).toBe(true);
    expect(mayReadUnitSupervision(user({ role: 'auditor' }), otherDepartment)).toBe(true);
    expect(mayReadUnitSupervision(user({ role: 'administrator' }), ownCommunity)).toBe(false);
  });

  it('lets supervisors act on every unit but their own department', () => {
    const supervisor = user({ role: 'supervisor' });
    expect(mayActOnUnitSupervision(supervisor, otherDepartment)).toBe(true);
    expect(mayActOnUnitSupervision(supervisor, otherCommunity)).toBe(true);
    expect(mayActOnUnitSupervision(supervisor, ownDepartment)).toBe(false);
    expect(mayActOnUnitSupervision(user({}), otherCommunity)).toBe(false);
  });
});
