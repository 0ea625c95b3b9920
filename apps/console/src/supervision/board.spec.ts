import type { LedgerItem } from '../api/types';
import { boardBy, colourQuery } from './board';

const NOW = Date.parse('2024-03-01T02:00:00Z');
const row = (community: string, overdue: boolean, inHours: number | null): LedgerItem =>
  ({
    caseNumber: `TB-2024-${Math.random().toString().slice(2, 8)}`,
    community,
    department: 'planning_environment',
    overdue,
    nextDueAt: inHours === null ? null : new Date(NOW + inHours * 3_600_000).toISOString(),
  }) as LedgerItem;

describe('三色 board', () => {
  it('counts open cases by colour per community, the reddest first', () => {
    const board = boardBy(
      [
        row('太白', false, 100),
        row('新田', true, -50),
        row('新田', false, 3),
        row('太白', false, null),
      ],
      (r) => r.community,
      NOW,
    );
    expect(board).toEqual([
      { key: '新田', counts: { red: 1, yellow: 1, green: 0 } },
      { key: '太白', counts: { red: 0, yellow: 0, green: 1 } },
    ]);
  });

  it('opens the ledger on exactly the cases of a colour', () => {
    expect(colourQuery('red', NOW)).toEqual({ overdue: true });
    expect(colourQuery('yellow', NOW)).toEqual({
      overdue: false,
      dueBefore: '2024-03-02T02:00:00.000Z',
    });
    expect(colourQuery('green', NOW)).toEqual({
      overdue: false,
      dueAfter: '2024-03-02T02:00:00.000Z',
    });
  });
});
