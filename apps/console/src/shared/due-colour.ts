// 三色 (three colours) of a due date, as the office marks its ledger: red overdue, yellow due
// within the warning window (the policy's reminder lead, 催办) or already late, green on time.
import { DEFAULT_CASE_POLICY, type DUE_COLOUR_LABELS } from '@firecase/domain';

export type DueColour = keyof typeof DUE_COLOUR_LABELS;

/** The policy's warning window: a case due within it is yellow (default 24 hours). */
export const WARNING_HOURS = DEFAULT_CASE_POLICY.ladder.reminderHoursBeforeDeadline;

export function dueColour(
  due: { readonly overdue: boolean; readonly nextDueAt?: string | null },
  now = Date.now(),
  warningHours = WARNING_HOURS,
): DueColour | undefined {
  if (due.overdue) return 'red';
  if (!due.nextDueAt) return undefined;
  // A step already late but not (yet) an overdue case, e.g. a notice not served in time, is
  // yellow: red means 逾期 exactly as the ledger's overdue filter does, so counts and lists agree.
  return Date.parse(due.nextDueAt) - now < warningHours * 3_600_000 ? 'yellow' : 'green';
}
