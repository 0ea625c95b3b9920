import { ROLES, type Role } from './actor';
import { CASE_COMMAND_TYPES, type CaseCommandType } from './commands';
import { COMMAND_MODULES } from './commands/index';

/**
 * Which role may perform which case action, read off the command modules: the one place this is
 * decided. Auditors read and never act; administrators manage people and policy, not cases.
 */
export const CASE_ACTION_PERMISSIONS: Readonly<Record<Role, readonly CaseCommandType[]>> =
  Object.fromEntries(
    ROLES.map((role) => [
      role,
      CASE_COMMAND_TYPES.filter((type) => COMMAND_MODULES[type].roles.includes(role)),
    ]),
  ) as unknown as Record<Role, readonly CaseCommandType[]>;

export function mayPerform(role: Role, action: CaseCommandType): boolean {
  return CASE_ACTION_PERMISSIONS[role].includes(action);
}
