// The 三色 board: open cases counted by colour per community and per department, and the
// ledger query that lists exactly the cases behind a count.
import type { LedgerItem } from '../api/types';
import { type DueColour, dueColour, WARNING_HOURS } from '../shared/due-colour';
import type { LedgerQuery } from '../ledger/ledger-query';

export const COLOURS: readonly DueColour[] = ['red', 'yellow', 'green'];

export interface BoardRow {
  readonly key: string;
  readonly counts: Readonly<Record<DueColour, number>>;
}

export function boardBy(
  rows: readonly LedgerItem[],
  keyOf: (row: LedgerItem) => string,
  now = Date.now(),
): BoardRow[] {
  const board = new Map<string, Record<DueColour, number>>();
  for (const row of rows) {
    const colour = dueColour(row, now);
    if (!colour) continue;
    const key = keyOf(row);
    const counts = board.get(key) ?? { red: 0, yellow: 0, green: 0 };
    counts[colour] += 1;
    board.set(key, counts);
  }
  return [...board.entries()]
    .map(([key, counts]) => ({ key, counts }))
    .sort(
      (a, b) =>
        b.counts.red - a.counts.red ||
        b.counts.yellow - a.counts.yellow ||
        a.key.localeCompare(b.key),
    );
}

const iso = (ms: number) => new Date(ms).toISOString();

/** The ledger filter of one colour, as GET /cases takes it. */
export function colourQuery(colour: DueColour, now = Date.now()): LedgerQuery {
  const warningEnds = now + WARNING_HOURS * 3_600_000;
  switch (colour) {
    case 'red':
      return { overdue: true };
    case 'yellow':
      return { overdue: false, dueBefore: iso(warningEnds) };
    case 'green':
      return { overdue: false, dueAfter: iso(warningEnds) };
  }
}
