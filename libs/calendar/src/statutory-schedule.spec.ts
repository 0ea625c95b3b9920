import type * as ChineseDays from 'chinese-days';
import { CALENDAR_COVERAGE } from './calendar-coverage';
import { addCalendarDays } from './calendar-days';
import { isWorkingDay } from './working-days';

// Our lookups read the package's published table. Its own isWorkday rebuilds that table at load
// time with the host's local-time getters, which shifts every holiday a day earlier west of UTC; so
// the cross-check only runs on a host at UTC or east of it (CI and servers in China are).
const hostAtOrEastOfUtc = new Date(2024, 0, 1).getTimezoneOffset() <= 0;

describe('statutory schedule against chinese-days isWorkday', () => {
  let chineseDays: typeof ChineseDays;

  beforeAll(() => {
    chineseDays = jest.requireActual<typeof ChineseDays>('chinese-days');
  });

  (hostAtOrEastOfUtc ? it : it.skip)('agrees on every covered day', () => {
    const disagreements: string[] = [];
    let date = `${CALENDAR_COVERAGE.firstYear}-01-01`;
    const last = `${CALENDAR_COVERAGE.lastYear}-12-31`;
    let days = 0;
    for (;;) {
      const [year, month, day] = date.split('-').map(Number);
      const localMidnight = new Date(year, month - 1, day);
      if (chineseDays.isWorkday(localMidnight) !== isWorkingDay(date)) disagreements.push(date);
      days += 1;
      if (date === last) break;
      date = addCalendarDays(date, 1);
    }
    expect(disagreements).toEqual([]);
    expect(days).toBeGreaterThan(365 * 20);
  });
});
