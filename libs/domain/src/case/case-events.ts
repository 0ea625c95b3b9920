import type { RecordedActor } from './actor';
import type { CaseState } from './case-state';

/** Appends to the case's timeline and bumps its revision: every change goes through here. */
export function recordEvent(
  state: CaseState,
  at: string,
  type: string,
  actor: RecordedActor,
  summary: string,
  detail?: Record<string, unknown>,
): void {
  state.revision += 1;
  state.events.push({ seq: state.events.length + 1, at, type, actor, summary, detail });
}
