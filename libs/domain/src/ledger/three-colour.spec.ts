import { dueSoonBefore, threeColourOf } from './three-colour';

const now = '2024-03-01T02:00:00.000Z';
const at = (days: number) => new Date(Date.parse(now) + days * 86_400_000).toISOString();

describe(threeColourOf.name, () => {
  it('is red when overdue, yellow when something falls due within three days, green otherwise', () => {
    expect(threeColourOf({ status: 'rectifying', overdue: true, nextDueAt: at(5) }, now)).toBe(
      'overdue',
    );
    expect(threeColourOf({ status: 'rectifying', overdue: false, nextDueAt: at(3) }, now)).toBe(
      'due_soon',
    );
    expect(
      threeColourOf({ status: 'awaiting_service', overdue: false, nextDueAt: at(-1) }, now),
    ).toBe('due_soon');
    expect(threeColourOf({ status: 'rectifying', overdue: false, nextDueAt: at(3.01) }, now)).toBe(
      'on_time',
    );
    expect(threeColourOf({ status: 'awaiting_notice', overdue: false, nextDueAt: null }, now)).toBe(
      'on_time',
    );
  });

  it('leaves cases found fixed, closed or voided off the board', () => {
    for (const status of ['rectified', 'closed', 'voided']) {
      expect(threeColourOf({ status, overdue: true, nextDueAt: at(1) }, now)).toBeUndefined();
    }
  });

  it('takes the window from the policy', () => {
    const policy = { version: 'test', dueSoonDays: 7 };
    expect(dueSoonBefore(now, policy)).toBe(at(7));
    expect(
      threeColourOf({ status: 'rectifying', overdue: false, nextDueAt: at(6) }, now, policy),
    ).toBe('due_soon');
  });
});
