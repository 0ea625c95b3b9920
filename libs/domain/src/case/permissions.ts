import type { Role } from './actor';
import { CASE_COMMAND_TYPES, type CaseCommandType } from './commands';

const OFFICER_ACTIONS: readonly CaseCommandType[] = [
  'issueNotice',
  'serveNotice',
  'recordInterimMeasures',
  'recordPatrol',
  'reportRectification',
  'recordReinspection',
  'requestExtension',
];

/** Supervisors lead a department: every case action is theirs. */
const SUPERVISOR_ACTIONS: readonly CaseCommandType[] = CASE_COMMAND_TYPES;

/**
 * Which role may perform which case action: the one place this is decided. Auditors read and
 * never act; administrators manage people and policy, not cases.
 */
export const CASE_ACTION_PERMISSIONS: Readonly<Record<Role, readonly CaseCommandType[]>> = {
  officer: OFFICER_ACTIONS,
  supervisor: SUPERVISOR_ACTIONS,
  auditor: [],
  administrator: [],
};

export function mayPerform(role: Role, action: CaseCommandType): boolean {
  return CASE_ACTION_PERMISSIONS[role].includes(action);
}
