import { BadRequestException } from '@nestjs/common';
import type { UserRecord } from '@firecase/persistence';

export type UserProfile = Pick<
  UserRecord,
  'displayName' | 'role' | 'departmentCode' | 'communityCodes'
>;

/**
 * Who belongs where: officers and supervisors to a department, auditors and administrators to
 * none; only officers cover communities. Names the field that breaks the rule.
 */
export function checkUserProfile(profile: UserProfile): void {
  const belongsToDepartment = profile.role === 'officer' || profile.role === 'supervisor';
  if (belongsToDepartment !== (profile.departmentCode !== null)) {
    throw new BadRequestException(
      belongsToDepartment
        ? `departmentCode: a ${profile.role} needs a department`
        : `departmentCode: a ${profile.role} belongs to no department`,
    );
  }
  if (profile.role !== 'officer' && profile.communityCodes.length > 0) {
    throw new BadRequestException('communityCodes: only officers cover communities');
  }
}

/** The admin-log actions a profile change amounts to, each with what it was and what it is. */
export function profileChanges(before: UserProfile, after: UserProfile) {
  const changes: { action: ProfileAction; from: unknown; to: unknown }[] = [];
  const push = (action: ProfileAction, from: unknown, to: unknown) => {
    if (JSON.stringify(from) !== JSON.stringify(to)) changes.push({ action, from, to });
  };
  push('user.role_changed', before.role, after.role);
  push('user.department_changed', before.departmentCode, after.departmentCode);
  push(
    'user.communities_changed',
    [...before.communityCodes].sort(),
    [...after.communityCodes].sort(),
  );
  push('user.changed', before.displayName, after.displayName);
  return changes;
}

type ProfileAction =
  'user.role_changed' | 'user.department_changed' | 'user.communities_changed' | 'user.changed';
