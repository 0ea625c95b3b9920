import { addCalendarDays } from './calendar-days';

describe(addCalendarDays.name, () => {
  it.each([
    ['2024-02-08', 10, '2024-02-18'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2024-03-04', 0, '2024-03-04'],
  ])('%s + %i calendar days = %s', (from, days, expected) => {
    expect(addCalendarDays(from, days)).toBe(expected);
  });

  it('rejects a fractional number of days', () => {
    expect(() => addCalendarDays('2024-03-04', 0.5)).toThrow(RangeError);
  });

  it('rejects a malformed date', () => {
    expect(() => addCalendarDays('2024/03/04', 1)).toThrow(RangeError);
  });
});
