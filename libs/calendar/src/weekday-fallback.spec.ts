import {
  calendarDayDeadlineUnchecked,
  endOfChinaDayUnchecked,
  weekdayFallbackDeadline,
} from './weekday-fallback';

describe(weekdayFallbackDeadline.name, () => {
  it('counts Monday to Friday in a year the statutory schedule does not cover', () => {
    // Thursday 2027-01-07 (China) + 3 weekdays: Fri 8th, Mon 11th, Tue 12th.
    expect(weekdayFallbackDeadline('2027-01-07T02:00:00Z', 3)).toBe('2027-01-12T15:59:59.999Z');
  });

  it('reads the start in China time', () => {
    // 2027-01-07T17:00Z is already Friday the 8th in China: Mon 11th, Tue 12th, Wed 13th.
    expect(weekdayFallbackDeadline('2027-01-07T17:00:00Z', 3)).toBe('2027-01-13T15:59:59.999Z');
  });

  it('refuses a negative span', () => {
    expect(() => weekdayFallbackDeadline('2027-01-07T02:00:00Z', -1)).toThrow(RangeError);
  });
});

describe(calendarDayDeadlineUnchecked.name, () => {
  it('adds calendar days beyond the covered years', () => {
    expect(calendarDayDeadlineUnchecked('2027-12-30T02:00:00Z', 3)).toBe(
      endOfChinaDayUnchecked('2028-01-02'),
    );
  });
});
