import { isRole } from './actor';
import { CaseErrorCode } from './case-error';
import type { CaseState } from './case-state';
import { isTerminal } from './case-status';
import { refuse } from './checks';
import type { CaseCommand, CaseCommandType, CaseCommands } from './commands';
import { COMMAND_MODULES } from './commands/index';
import type { CaseCommandModule } from './command-module';
import { mayPerform } from './permissions';

export { openRung } from './checks';

/**
 * Throws a CaseRuleViolation when the command may not be performed on the case now. Runs in the
 * update's validator, so a refused action never reaches the workflow's history. What every command
 * shares is checked here; the rest is the command's own module.
 */
export function assertAllowed(state: CaseState, command: CaseCommand, now: string): void {
  const { actor } = command.input;
  if (!actor || typeof actor.userId !== 'string' || actor.userId.trim() === '') {
    refuse(CaseErrorCode.InvalidInput, 'the acting user is missing');
  }
  if (!isRole(actor.role)) {
    refuse(CaseErrorCode.UnknownRole, `unknown user role "${String(actor.role)}"`);
  }
  if (!mayPerform(actor.role, command.type)) {
    refuse(CaseErrorCode.RoleNotPermitted, `a ${actor.role} may not ${command.type}`);
  }
  if (isTerminal(state.status)) {
    refuse(
      CaseErrorCode.CaseFinished,
      `case ${state.caseNumber} is ${state.status}; nothing more can be done`,
    );
  }
  moduleOf(command.type).check(state, command.input, now);
}

export function moduleOf<K extends CaseCommandType>(type: K): CaseCommandModule<K> {
  return COMMAND_MODULES[type];
}

export type CommandInput<K extends CaseCommandType> = CaseCommands[K];
