import { type LocalDate, yearOf } from './local-date';
import { SCHEDULED_YEARS } from './statutory-schedule';

/**
 * The years whose holidays and adjusted working days we know. With chinese-days 1.5.7 this is
 * 2004–2026: 2027 is NOT covered, so deadlines that run into 2027 fail until the package is
 * upgraded to a release carrying the State Council's 2027 schedule (usually published in November).
 */
export const CALENDAR_COVERAGE: Readonly<{ firstYear: number; lastYear: number }> = coverage();

/**
 * A date outside the covered years. Failing is the point: guessing "weekdays work" there would count
 * Spring Festival as working days and serve deadlines that fall inside the holiday.
 */
export class CalendarCoverageError extends Error {
  constructor(readonly date: LocalDate) {
    super(
      `No statutory working-day calendar for ${date}: ` +
        `covered years are ${CALENDAR_COVERAGE.firstYear}–${CALENDAR_COVERAGE.lastYear}`,
    );
    this.name = 'CalendarCoverageError';
  }
}

export function assertCovered(date: LocalDate): void {
  const year = yearOf(date);
  if (year < CALENDAR_COVERAGE.firstYear || year > CALENDAR_COVERAGE.lastYear) {
    throw new CalendarCoverageError(date);
  }
}

function coverage(): { firstYear: number; lastYear: number } {
  const firstYear = SCHEDULED_YEARS[0];
  const lastYear = SCHEDULED_YEARS[SCHEDULED_YEARS.length - 1];
  // A year missing in the middle would pass the range check yet hold no holidays.
  if (firstYear === undefined || lastYear === undefined) {
    throw new Error('chinese-days ships no holiday data');
  }
  if (SCHEDULED_YEARS.length !== lastYear - firstYear + 1) {
    throw new Error(`chinese-days holiday data has gaps: ${SCHEDULED_YEARS.join(', ')}`);
  }
  return { firstYear, lastYear };
}
