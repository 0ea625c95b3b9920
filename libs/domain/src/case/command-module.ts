import type { Role } from './actor';
import type { CaseState } from './case-state';
import type { CaseCommands, CaseCommandType } from './commands';
import type { Deadline, DeadlineKey, DeadlineRequest } from './deadline-plan';
import type { Notify } from './effects';

/** What a command's effect may use: workflow time, the deadlines it asked for, the notifier. */
export interface CommandContext {
  readonly now: string;
  readonly deadline: (key: DeadlineKey) => Deadline;
  readonly notify: Notify;
}

/**
 * One lifecycle command, whole: who may perform it, what it checks, which deadlines it asks the
 * calendar for, what it changes and which notifications it causes. The workflow dispatches by
 * name; nothing else knows a command's rule.
 */
export interface CaseCommandModule<K extends CaseCommandType> {
  readonly type: K;
  readonly roles: readonly Role[];
  /** Throws CaseRuleViolation when the command may not be performed on the case now. */
  check(state: CaseState, input: CaseCommands[K], now: string): void;
  /** The deadlines to compute (by the calendar activity) before `apply`. */
  deadlines?(state: CaseState, input: CaseCommands[K], now: string): DeadlineRequest[];
  apply(state: CaseState, input: CaseCommands[K], context: CommandContext): void;
  /** The numbered document the command issues, rendered and stored before the command answers. */
  readonly document?: CaseDocumentKind;
}

/** 整改通知书: the only numbered document a case command issues so far. */
export type CaseDocumentKind = 'rectification_notice';

export const OFFICER_OR_SUPERVISOR: readonly Role[] = ['officer', 'supervisor'];
export const SUPERVISOR_ONLY: readonly Role[] = ['supervisor'];
