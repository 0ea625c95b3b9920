import { reportPeriodBefore, reportPeriodContaining } from './progress-report';

const beijing = (local: string) => new Date(`${local}+08:00`).toISOString();

describe(reportPeriodBefore.name, () => {
  it('covers the Monday-to-Monday week just ended, in Beijing time', () => {
    // Monday 19 February 2024, 08:00 Beijing: the week of 12–18 February.
    expect(reportPeriodBefore('weekly', beijing('2024-02-19T08:00:00'))).toEqual({
      kind: 'weekly',
      startsAt: beijing('2024-02-12T00:00:00'),
      endsAt: beijing('2024-02-19T00:00:00'),
    });
    // 00:30 Beijing on a Monday is still Sunday in UTC: the week is Beijing's.
    expect(reportPeriodContaining('weekly', beijing('2024-02-19T00:30:00')).startsAt).toBe(
      beijing('2024-02-19T00:00:00'),
    );
  });

  it('covers the calendar month just ended, across a year end', () => {
    expect(reportPeriodBefore('monthly', beijing('2024-01-01T08:00:00'))).toEqual({
      kind: 'monthly',
      startsAt: beijing('2023-12-01T00:00:00'),
      endsAt: beijing('2024-01-01T00:00:00'),
    });
    expect(reportPeriodContaining('monthly', beijing('2024-02-29T23:59:00'))).toMatchObject({
      startsAt: beijing('2024-02-01T00:00:00'),
      endsAt: beijing('2024-03-01T00:00:00'),
    });
  });
});
