import type { RecordedActor } from './actor';
import type { CaseState, DeadlineKind } from './case-state';
import type { Deadline } from './deadline-plan';

/** Records a deadline being set, with its reason; the history of a case's clocks is never lost. */
export function setDeadline(
  state: CaseState,
  kind: DeadlineKind,
  deadline: Deadline | string,
  setAt: string,
  reason: string,
  setBy: RecordedActor,
): void {
  const { dueAt, basis, provisional } =
    typeof deadline === 'string' ? ({ dueAt: deadline } as Deadline) : deadline;
  state.deadlines.push({
    kind,
    dueAt,
    setAt,
    reason,
    setBy,
    ...(basis ? { basis } : {}),
    ...(provisional ? { provisional } : {}),
  });
}

/** The provisional mark of the deadline record that set `dueAt` for `kind` last, if any. */
export function provisionalMark(
  state: CaseState,
  kind: DeadlineKind,
  dueAt: string | undefined,
): Deadline['provisional'] {
  if (dueAt === undefined) return undefined;
  for (let i = state.deadlines.length - 1; i >= 0; i -= 1) {
    const record = state.deadlines[i];
    if (record.kind === kind && record.dueAt === dueAt) return record.provisional;
  }
  return undefined;
}
