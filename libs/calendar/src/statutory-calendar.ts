import { builtInYears } from './built-in-years';
import { CalendarCoverageError } from './calendar-coverage-error';
import {
  chinaLocalDate,
  DAY_MS,
  fromDayNumber,
  type LocalDate,
  startOfChinaDayMs,
  toDayNumber,
  yearOf,
} from './local-date';
import { type StatutoryYear, worksOn } from './statutory-year';

/**
 * China's statutory working-day calendar over the years it knows: the library's years, each
 * replaced by the office's own entry where one was loaded. Working days are counted in China's
 * dates, whatever the host's time zone. A day in a year it does not know throws
 * CalendarCoverageError.
 */
export class StatutoryCalendar {
  private readonly byYear: ReadonlyMap<number, StatutoryYear>;

  constructor(years: Iterable<StatutoryYear>) {
    const byYear = new Map<number, StatutoryYear>();
    for (const year of years) byYear.set(year.year, year);
    this.byYear = byYear;
  }

  /** The library's years only. */
  static builtIn(): StatutoryCalendar {
    return BUILT_IN;
  }

  /** This calendar with `years` in place of its own for the same years (administered years). */
  with(years: Iterable<StatutoryYear>): StatutoryCalendar {
    return new StatutoryCalendar([...this.byYear.values(), ...years]);
  }

  /** This calendar without the given years: what a test uses to stand before a year's notice. */
  without(predicate: (year: number) => boolean): StatutoryCalendar {
    return new StatutoryCalendar([...this.byYear.values()].filter((y) => !predicate(y.year)));
  }

  covers(year: number): boolean {
    return this.byYear.has(year);
  }

  year(year: number): StatutoryYear | undefined {
    return this.byYear.get(year);
  }

  years(): StatutoryYear[] {
    return [...this.byYear.values()].sort((a, b) => a.year - b.year);
  }

  coveredYears(): number[] {
    return [...this.byYear.keys()].sort((a, b) => a - b);
  }

  /** A statutory working day (工作日): a weekday not on holiday, or a weekend day worked by 调休. */
  isWorkingDay(date: LocalDate): boolean {
    return worksOn(this.yearOf(date), date);
  }

  /** The `days`-th working day after `from` (`from` itself never counts); 0 returns `from`. */
  addWorkingDays(from: LocalDate, days: number): LocalDate {
    wholeAtLeastZero(days, 'Working days');
    this.yearOf(from);
    let dayNumber = toDayNumber(from);
    let remaining = days;
    while (remaining > 0) {
      dayNumber += 1;
      if (this.isWorkingDay(fromDayNumber(dayNumber))) remaining -= 1;
    }
    return fromDayNumber(dayNumber);
  }

  /**
   * `from` moved by `days` calendar days. Checked against the coverage too, so that calendar-
   * and working-day deadlines are provisional alike beyond the known years.
   */
  addCalendarDays(from: LocalDate, days: number): LocalDate {
    if (!Number.isInteger(days))
      throw new RangeError(`Calendar days must be a whole number, got ${days}`);
    this.yearOf(from);
    const result = fromDayNumber(toDayNumber(from) + days);
    this.yearOf(result);
    return result;
  }

  /** End of the `workingDays`-th working day after the China date of `from`, as an instant. */
  workingDayDeadline(from: Date | string, workingDays: number): string {
    return this.endOfDay(this.addWorkingDays(chinaLocalDate(from), workingDays));
  }

  /** End of the `days`-th calendar day after the China date of `from`. */
  calendarDayDeadline(from: Date | string, days: number): string {
    wholeAtLeastZero(days, 'Calendar days');
    return this.endOfDay(this.addCalendarDays(chinaLocalDate(from), days));
  }

  /** The last millisecond of `date` in China: a deadline lasts the whole day. */
  endOfDay(date: LocalDate): string {
    this.yearOf(date);
    return endOfChinaDay(date);
  }

  private yearOf(date: LocalDate): StatutoryYear {
    const year = this.byYear.get(yearOf(date));
    if (!year) throw new CalendarCoverageError(date, this.coveredYears());
    return year;
  }
}

const BUILT_IN = new StatutoryCalendar(builtInYears());

/** The last millisecond of `date` in China, needing no schedule. */
export function endOfChinaDay(date: LocalDate): string {
  return new Date(startOfChinaDayMs(date) + DAY_MS - 1).toISOString();
}

function wholeAtLeastZero(days: number, what: string): void {
  if (!Number.isInteger(days) || days < 0) {
    throw new RangeError(`${what} must be a whole number >= 0, got ${days}`);
  }
}
