import { isCalendarDate, isInstant } from './validation.decorators';

describe(isInstant.name, () => {
  it.each([
    '2024-02-08T10:00:00+08:00',
    '2026-12-01T08:28:56.884Z',
    '0001-01-01T00:00:00Z',
    '9999-12-31T23:59:59.123456789-14:59',
    '2024-02-29T00:00:00+08:00',
  ])('takes %s', (value) => expect(isInstant(value)).toBe(true));

  it.each([
    '0248-02-06T20:00:11+23:14', // PostgreSQL: time zone displacement out of range
    '2026-01-01T00:00:00+15:00',
    '0000-01-01T00:00:00Z', // PostgreSQL has no year 0
    '2023-02-29T00:00:00+08:00',
    '2026-02-01T00:00:00',
    '2026-02-01T10:00+08:00',
    '2026-02-01T24:00:00Z',
    '2026-02-01T23:59:60Z',
    '2026-W05-3T10:00:00+08:00',
    '2026-02-01t10:00:00z',
    '2026-02-01T10:00:00\u0000Z',
  ])('refuses %s', (value) => expect(isInstant(value)).toBe(false));
});

describe(isCalendarDate.name, () => {
  it('takes real days and refuses the rest', () => {
    expect(['2024-02-29', '0001-01-01', '9999-12-31'].map(isCalendarDate)).toEqual([
      true,
      true,
      true,
    ]);
    expect(
      ['2023-02-29', '0000-01-01', '2026-13-01', '2026-1-01', 20260101].map(isCalendarDate),
    ).toEqual([false, false, false, false, false]);
  });
});
