import type { CaseState } from './case-state';
import { moduleOf } from './case-rules';
import type { CaseCommand } from './commands';
import { type DeadlineRequest, deadlinesOf, type PlannedDeadlines } from './deadline-plan';
import { type CaseNotification, notifier } from './effects';
import { settleFollowUp } from './follow-up';

/** The deadlines a command needs computed (by the calendar activity) before it is applied. */
export function deadlineRequestsFor(
  state: CaseState,
  command: CaseCommand,
  now: string,
): DeadlineRequest[] {
  const module = moduleOf(command.type);
  return module.deadlines ? module.deadlines(state, command.input, now) : [];
}

/**
 * Applies an allowed command (see assertAllowed) to the case and returns the notifications it
 * causes. `now` is workflow time; `planned` holds the deadlines deadlineRequestsFor asked for.
 * The evidence a command cites is kept with the timeline events it produced, so the audit trail
 * shows what each step rested on.
 */
export function applyCommand(
  state: CaseState,
  command: CaseCommand,
  now: string,
  planned: PlannedDeadlines,
): CaseNotification[] {
  const firstNew = state.events.length;
  const { notifications, notify } = notifier(state.caseNumber);
  moduleOf(command.type).apply(state, command.input, {
    now,
    deadline: deadlinesOf(planned),
    notify,
  });
  const evidence = 'evidence' in command.input ? command.input.evidence : [];
  if (evidence.length > 0) {
    for (let i = firstNew; i < state.events.length; i += 1) {
      const event = state.events[i];
      state.events[i] = { ...event, detail: { ...event.detail, evidence } };
    }
  }
  settleFollowUp(state, now);
  return notifications;
}
