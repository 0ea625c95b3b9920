// 三色 (three colours) of the hazard ledger: red for overdue (逾期), yellow for due soon (临期),
// green for on time (正常). This file is the one statement of the rule: the statistics SQL
// counts by it (and is tested against it), the spreadsheets and the console colour rows with it.
import type { CaseStatus } from '../case/case-status';

/** The due-soon window as data with a version, like the case policy. */
export interface ThreeColourPolicy {
  readonly version: string;
  /** 临期: something falls due on the case within this many calendar days. */
  readonly dueSoonDays: number;
}

export const DEFAULT_THREE_COLOUR_POLICY: ThreeColourPolicy = {
  version: 'three-colour.v1',
  dueSoonDays: 3,
};

export const THREE_COLOURS = ['overdue', 'due_soon', 'on_time'] as const;
export type ThreeColour = (typeof THREE_COLOURS)[number];

/**
 * The cases on the board: open and not yet found fixed. A rectified case waits only for its
 * sign-off (销号); closed and voided ones are off the ledger. (The partial index
 * hazard_case_due_soon repeats this list; a change here needs a migration there.)
 */
export const COLOURED_STATUSES: readonly CaseStatus[] = [
  'awaiting_notice',
  'awaiting_service',
  'rectifying',
  'awaiting_reinspection',
];

/** The instant up to which a next due date counts as due soon. */
export function dueSoonBefore(
  now: string,
  policy: ThreeColourPolicy = DEFAULT_THREE_COLOUR_POLICY,
) {
  return new Date(Date.parse(now) + policy.dueSoonDays * 86_400_000).toISOString();
}

/**
 * A case's colour at `now`, or undefined when it is off the board. Red: its rectification
 * deadline has passed unfixed (the ledger's `overdue`). Yellow: not overdue, and its next due item
 * (service, rectification, re-inspection, …) falls due by dueSoonBefore(now) — or already has.
 * Green: the other open cases.
 */
export function threeColourOf(
  row: { readonly status: string; readonly overdue: boolean; readonly nextDueAt: string | null },
  now: string,
  policy: ThreeColourPolicy = DEFAULT_THREE_COLOUR_POLICY,
): ThreeColour | undefined {
  if (!(COLOURED_STATUSES as readonly string[]).includes(row.status)) return undefined;
  if (row.overdue) return 'overdue';
  if (
    row.nextDueAt !== null &&
    Date.parse(row.nextDueAt) <= Date.parse(dueSoonBefore(now, policy))
  ) {
    return 'due_soon';
  }
  return 'on_time';
}
