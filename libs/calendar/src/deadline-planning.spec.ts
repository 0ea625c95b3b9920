import { planDeadline } from './deadline-planning';
import { StatutoryCalendar } from './statutory-calendar';

const calendar = StatutoryCalendar.builtIn();

describe(planDeadline.name, () => {
  it('plans working days on the statutory calendar, not provisional', () => {
    // Issued Thursday 2024-02-08: the 9th, then the 18th (调休) and 19th.
    expect(planDeadline(calendar, '2024-02-08T02:00:00Z', { workingDays: 3 })).toEqual({
      dueAt: '2024-02-19T15:59:59.999Z',
    });
  });

  it('counts Monday to Friday in a year not loaded, and says so', () => {
    // Thursday 2027-01-07 (China) + 3 weekdays: Fri 8th, Mon 11th, Tue 12th.
    const planned = planDeadline(calendar, '2027-01-07T02:00:00Z', { workingDays: 3 });
    expect(planned.dueAt).toBe('2027-01-12T15:59:59.999Z');
    expect(planned.provisional?.years).toEqual([2027]);
    expect(planned.provisional?.reason).toContain('2027年法定节假日安排尚未录入');
  });

  it('counts the loaded days of a straddling span statutorily and only the rest by weekdays', () => {
    // Wednesday 2026-12-30 + 3: Thu 31st (statutory, 2026), then Fri 1 Jan and Mon 4 Jan 2027 by
    // weekdays: 元旦 is not known yet, so the provisional count wrongly works on 1 January.
    const planned = planDeadline(calendar, '2026-12-30T02:00:00Z', { workingDays: 3 });
    expect(planned.dueAt).toBe('2027-01-04T15:59:59.999Z');
    expect(planned.provisional?.years).toEqual([2027]);
  });

  it('needs no schedule for calendar days or a given date', () => {
    expect(planDeadline(calendar, '2027-12-30T02:00:00Z', { calendarDays: 3 })).toEqual({
      dueAt: '2028-01-02T15:59:59.999Z',
    });
    expect(planDeadline(calendar, '2027-12-30T02:00:00Z', { endOfDate: '2028-02-01' })).toEqual({
      dueAt: '2028-02-01T15:59:59.999Z',
    });
  });

  it('refuses a negative or fractional span and a malformed date', () => {
    expect(() => planDeadline(calendar, '2024-02-08T02:00:00Z', { workingDays: -1 })).toThrow(
      RangeError,
    );
    expect(() => planDeadline(calendar, '2024-02-08T02:00:00Z', { calendarDays: 1.5 })).toThrow(
      RangeError,
    );
    expect(() =>
      planDeadline(calendar, '2024-02-08T02:00:00Z', { endOfDate: '2024-02-30' }),
    ).toThrow(RangeError);
  });
});
