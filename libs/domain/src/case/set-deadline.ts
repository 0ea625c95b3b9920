import type { RecordedActor } from './actor';
import type { CaseState, DeadlineKind } from './case-state';

/** Records a deadline being set, with its reason; the history of a case's clocks is never lost. */
export function setDeadline(
  state: CaseState,
  kind: DeadlineKind,
  dueAt: string,
  setAt: string,
  reason: string,
  setBy: RecordedActor,
): void {
  state.deadlines.push({ kind, dueAt, setAt, reason, setBy });
}
