import { calendarDayDeadline, endOfChinaDay, workingDayDeadline } from './deadline';

describe(endOfChinaDay.name, () => {
  it.each([
    ['2024-02-19', '2024-02-19T15:59:59.999Z'],
    ['2024-01-01', '2024-01-01T15:59:59.999Z'],
    ['2024-02-29', '2024-02-29T15:59:59.999Z'],
    ['2026-12-31', '2026-12-31T15:59:59.999Z'],
  ])('ends %s at %s', (date, instant) => {
    expect(endOfChinaDay(date)).toBe(instant);
  });
});

describe(workingDayDeadline.name, () => {
  it('counts from the China date: 17:00Z on 8 Feb is already the 9th in Beijing', () => {
    // Read as the UTC date (8th) this would be the end of Fri 9 Feb.
    expect(workingDayDeadline('2024-02-08T17:00:00Z', 1)).toBe('2024-02-18T15:59:59.999Z');
  });

  it('counts from the 8th one hour earlier, at 23:00 in Beijing', () => {
    expect(workingDayDeadline('2024-02-08T15:00:00Z', 1)).toBe('2024-02-09T15:59:59.999Z');
  });

  it('gives the end of the same China day for 0 working days', () => {
    expect(workingDayDeadline(new Date('2024-02-08T17:00:00Z'), 0)).toBe(
      '2024-02-09T15:59:59.999Z',
    );
  });

  it('skips National Day: served Monday 30 Sep with 3 working days, due Thursday 10 Oct', () => {
    expect(workingDayDeadline('2024-09-30T10:00:00+08:00', 3)).toBe('2024-10-10T15:59:59.999Z');
  });
});

describe(calendarDayDeadline.name, () => {
  it('counts holidays as calendar days, from the China date', () => {
    expect(calendarDayDeadline('2024-02-08T17:00:00Z', 7)).toBe('2024-02-16T15:59:59.999Z');
  });

  it('gives the end of the same China day for 0 days', () => {
    expect(calendarDayDeadline('2024-02-08T10:00:00Z', 0)).toBe('2024-02-08T15:59:59.999Z');
  });

  it.each([-1, 2.5])('rejects %p days', (days) => {
    expect(() => calendarDayDeadline('2024-02-08T10:00:00Z', days)).toThrow(RangeError);
  });
});

describe('deadlines and the host time zone', () => {
  // Jest sandboxes process.env, so TZ cannot be switched here; instead make every reading of the
  // host's local time blow up. A deadline computed with them would shift by a day west of UTC.
  const localReaders = [
    'getDate',
    'getDay',
    'getMonth',
    'getFullYear',
    'getHours',
    'getTimezoneOffset',
    'setHours',
    'setDate',
  ] as const;

  beforeEach(() => {
    for (const reader of localReaders) {
      jest.spyOn(Date.prototype, reader).mockImplementation(() => {
        throw new Error(`read the host's local time with Date.prototype.${reader}`);
      });
    }
  });
  afterEach(() => jest.restoreAllMocks());

  it('never reads local time', () => {
    expect(workingDayDeadline('2024-02-08T17:00:00Z', 2)).toBe('2024-02-19T15:59:59.999Z');
    expect(calendarDayDeadline(new Date('2024-02-08T17:00:00Z'), 1)).toBe(
      '2024-02-10T15:59:59.999Z',
    );
  });
});
