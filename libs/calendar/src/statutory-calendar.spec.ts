import type * as ChineseDays from 'chinese-days';
import { CalendarCoverageError } from './calendar-coverage-error';
import { StatutoryCalendar } from './statutory-calendar';
import type { StatutoryYear } from './statutory-year';

const calendar = StatutoryCalendar.builtIn();

// 国务院办公厅 2024: 春节 2月10日至17日放假调休，共8天；2月4日（星期日）、2月18日（星期日）上班。
// 国庆节 10月1日至7日放假调休，共7天；9月29日（星期日）、10月12日（星期六）上班。
describe('StatutoryCalendar.isWorkingDay', () => {
  it.each([
    ['2024-02-04', 'Sunday worked for Spring Festival (调休上班)'],
    ['2024-02-09', "Friday, New Year's Eve: rest is only encouraged, not statutory"],
    ['2024-02-18', 'Sunday worked for Spring Festival'],
    ['2024-02-19', 'Monday after Spring Festival'],
    ['2024-09-29', 'Sunday worked for National Day'],
    ['2024-10-12', 'Saturday worked for National Day'],
    ['2024-03-11', 'plain Monday'],
  ])('%s is a working day: %s', (date) => {
    expect(calendar.isWorkingDay(date)).toBe(true);
  });

  it.each([
    '2024-02-10',
    '2024-02-13',
    '2024-02-17',
    '2024-10-01',
    '2024-10-07',
    '2024-03-09',
    '2024-03-10',
    '2024-10-13',
  ])('%s is off', (date) => {
    expect(calendar.isWorkingDay(date)).toBe(false);
  });

  it.each(['2024-2-4', '2024-02-30', '2024-02-04T00:00:00Z', ''])('rejects %p', (date) => {
    expect(() => calendar.isWorkingDay(date)).toThrow(RangeError);
  });
});

describe('StatutoryCalendar.addWorkingDays', () => {
  it.each([
    ['2024-02-08', 1, '2024-02-09'],
    ['2024-02-08', 2, '2024-02-18'],
    ['2024-02-08', 3, '2024-02-19'],
    ['2024-02-12', 1, '2024-02-18'],
    ['2024-02-02', 1, '2024-02-04'],
    ['2024-09-27', 1, '2024-09-29'],
    ['2024-09-30', 1, '2024-10-08'],
    ['2024-09-30', 3, '2024-10-10'],
    ['2024-10-11', 1, '2024-10-12'],
    ['2024-03-04', 5, '2024-03-11'],
    ['2024-03-04', 10, '2024-03-18'],
  ])('%s + %i working days = %s', (from, days, expected) => {
    expect(calendar.addWorkingDays(from, days)).toBe(expected);
  });

  it('returns the start itself for 0 days, even on a holiday', () => {
    expect(calendar.addWorkingDays('2024-02-10', 0)).toBe('2024-02-10');
  });

  it.each([-1, 1.5, NaN])('rejects %p days', (days) => {
    expect(() => calendar.addWorkingDays('2024-03-04', days)).toThrow(RangeError);
  });
});

describe('StatutoryCalendar deadlines', () => {
  it('counts from the China date: 17:00Z on 8 Feb is already the 9th in Beijing', () => {
    expect(calendar.workingDayDeadline('2024-02-08T17:00:00Z', 1)).toBe('2024-02-18T15:59:59.999Z');
    expect(calendar.workingDayDeadline('2024-02-08T15:00:00Z', 1)).toBe('2024-02-09T15:59:59.999Z');
  });

  it('skips National Day: served Monday 30 Sep with 3 working days, due Thursday 10 Oct', () => {
    expect(calendar.workingDayDeadline('2024-09-30T10:00:00+08:00', 3)).toBe(
      '2024-10-10T15:59:59.999Z',
    );
  });

  it('counts holidays as calendar days', () => {
    expect(calendar.calendarDayDeadline('2024-02-08T17:00:00Z', 7)).toBe(
      '2024-02-16T15:59:59.999Z',
    );
    expect(calendar.addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(calendar.addCalendarDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(() => calendar.addCalendarDays('2024-03-04', 0.5)).toThrow(RangeError);
  });

  it('never reads the host local time', () => {
    const readers = ['getDate', 'getDay', 'getMonth', 'getFullYear', 'getHours'] as const;
    for (const reader of readers) {
      jest.spyOn(Date.prototype, reader).mockImplementation(() => {
        throw new Error(`read the host's local time with Date.prototype.${reader}`);
      });
    }
    try {
      expect(calendar.workingDayDeadline('2024-02-08T17:00:00Z', 2)).toBe(
        '2024-02-19T15:59:59.999Z',
      );
    } finally {
      jest.restoreAllMocks();
    }
  });
});

describe('StatutoryCalendar coverage', () => {
  // Fails on purpose when chinese-days is upgraded: its newest year is then built in.
  it('has 2004–2026 built in with chinese-days 1.5.7, without gaps', () => {
    const years = calendar.coveredYears();
    expect(years[0]).toBe(2004);
    expect(years.at(-1)).toBe(2026);
    expect(years).toHaveLength(2026 - 2004 + 1);
  });

  it('names the date and the covered years beyond them', () => {
    const attempt = () => calendar.isWorkingDay('2027-01-04');
    expect(attempt).toThrow(CalendarCoverageError);
    expect(attempt).toThrow(
      'No statutory working-day calendar for 2027-01-04: covered years are 2004–2026',
    );
    expect(() => calendar.addWorkingDays('2026-12-30', 2)).toThrow(CalendarCoverageError);
    expect(calendar.addWorkingDays('2026-12-30', 1)).toBe('2026-12-31');
  });

  it('takes an administered year in place of the library one, and adds new years', () => {
    const invented2027: StatutoryYear = {
      year: 2027,
      holidays: new Map([['2027-01-01', '元旦']]),
      adjustedWorkingDays: new Map([['2027-01-02', '元旦']]),
      source: {
        kind: 'administered',
        document: '示例',
        loadedBy: 'admin',
        loadedAt: '2026-11-20T00:00:00Z',
      },
    };
    const reworked2026: StatutoryYear = {
      year: 2026,
      holidays: new Map([['2026-03-10', '示例']]),
      adjustedWorkingDays: new Map(),
      source: {
        kind: 'administered',
        document: '示例',
        loadedBy: 'admin',
        loadedAt: '2026-11-20T00:00:00Z',
      },
    };
    const administered = calendar.with([invented2027, reworked2026]);
    expect(administered.isWorkingDay('2027-01-01')).toBe(false);
    expect(administered.isWorkingDay('2027-01-02')).toBe(true); // a Saturday worked
    expect(administered.isWorkingDay('2026-03-10')).toBe(false);
    expect(administered.isWorkingDay('2026-10-01')).toBe(true); // the library's National Day is gone
    expect(administered.coveredYears().at(-1)).toBe(2027);
    expect(calendar.covers(2027)).toBe(false); // the built-in calendar itself is unchanged
    expect(administered.without((y) => y >= 2026).covers(2026)).toBe(false);
  });
});

// Our lookups read the package's published table. Its own isWorkday rebuilds that table with the
// host's local-time getters, which shifts every holiday a day earlier west of UTC; so the
// cross-check only runs on a host at UTC or east of it (CI and servers in China are).
const hostAtOrEastOfUtc = new Date(2024, 0, 1).getTimezoneOffset() <= 0;

describe('built-in years against chinese-days isWorkday', () => {
  (hostAtOrEastOfUtc ? it : it.skip)('agree on every covered day', () => {
    const chineseDays = jest.requireActual<typeof ChineseDays>('chinese-days');
    const disagreements: string[] = [];
    const years = calendar.coveredYears();
    let date = `${years[0]}-01-01`;
    const last = `${years.at(-1)}-12-31`;
    for (;;) {
      const [year, month, day] = date.split('-').map(Number);
      if (chineseDays.isWorkday(new Date(year, month - 1, day)) !== calendar.isWorkingDay(date))
        disagreements.push(date);
      if (date === last) break;
      date = calendar.addCalendarDays(date, 1);
    }
    expect(disagreements).toEqual([]);
  });
});
