import type { CaseState, DeadlineKind, DeadlineRecord } from './case-state';

/**
 * The deadlines a case is counting down now, each with where it lives in the state. What the
 * calendar computed can be recounted when a year's statutory schedule is loaded; the
 * rectification deadline is not among them: it is printed on the notice, and a printed date stands.
 */
export interface LiveClock {
  readonly id: string;
  readonly kind: DeadlineKind;
  readonly dueAt: string;
  set(dueAt: string): void;
}

export function liveClocks(state: CaseState): LiveClock[] {
  const clocks: LiveClock[] = [];
  const add = (
    id: string,
    kind: DeadlineKind,
    dueAt: string | undefined,
    set: (d: string) => void,
  ) => {
    if (dueAt !== undefined) clocks.push({ id, kind, dueAt, set });
  };
  const active = state.status === 'rectifying' || state.status === 'awaiting_reinspection';
  if (state.status === 'awaiting_notice')
    add('notice', 'notice', state.noticeDueAt, (d) => (state.noticeDueAt = d));
  if (state.status === 'awaiting_service' && state.notice)
    add('service', 'service', state.notice.serviceDueAt, (d) => (state.notice!.serviceDueAt = d));
  if (active && state.interim?.required && !state.interim.measures)
    add(
      'interim_measures',
      'interim_measures',
      state.interim.dueAt,
      (d) => (state.interim!.dueAt = d),
    );
  if (state.status === 'awaiting_reinspection')
    add(
      'reinspection',
      'reinspection',
      state.reinspectionDueAt,
      (d) => (state.reinspectionDueAt = d),
    );
  for (const step of ['notice', 'service'] as const) {
    const lapse = state.lapses?.[step];
    if (lapse && !lapse.escalatedAt)
      add(`lapse:${step}`, 'lapse_escalation', lapse.escalateAt, (d) => (lapse.escalateAt = d));
  }
  for (const rung of state.rungs) {
    if (rung.completed) continue;
    const kind = rung.kind === 'interview' ? 'interview' : 'criticism_and_referral';
    if (rung.kind === 'interview' || rung.kind === 'criticism' || rung.kind === 'referral')
      add(`rung:${rung.id}`, kind, rung.dueAt, (d) => (rung.dueAt = d));
  }
  return clocks;
}

/** The record that set `dueAt` for `kind` last. */
export function recordOf(
  state: CaseState,
  kind: DeadlineKind,
  dueAt: string,
): DeadlineRecord | undefined {
  for (let i = state.deadlines.length - 1; i >= 0; i -= 1) {
    const record = state.deadlines[i];
    if (record.kind === kind && record.dueAt === dueAt) return record;
  }
  return undefined;
}

/** The rectification deadline printed on the issued notice, while it is the one in force. */
export function printedDeadline(state: CaseState): DeadlineRecord | undefined {
  if (!state.notice || !state.deadlineAt) return undefined;
  const record = recordOf(state, 'rectification', state.deadlineAt);
  const first = state.deadlines.find((d) => d.kind === 'rectification');
  return record && first && record.dueAt === first.dueAt ? record : undefined;
}

/**
 * The years whose statutory schedule the case is waiting for: a live clock, or the printed
 * deadline, was counted provisionally through them. The read model keeps this for the ledger's
 * filter and for finding the cases to recount when a year is loaded.
 */
export function provisionalYears(state: CaseState): number[] {
  const years = new Set<number>();
  const marks = liveClocks(state).map((c) => recordOf(state, c.kind, c.dueAt)?.provisional);
  marks.push(printedDeadline(state)?.provisional);
  for (const mark of marks) for (const year of mark?.years ?? []) years.add(year);
  return [...years].sort((a, b) => a - b);
}
