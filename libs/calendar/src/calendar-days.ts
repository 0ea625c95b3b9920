import { assertCovered } from './calendar-coverage';
import { fromDayNumber, type LocalDate, toDayNumber } from './local-date';

/**
 * `from` moved by `days` calendar days (negative goes back). Checked against the coverage too, so
 * that calendar- and working-day deadlines fail alike beyond the known years.
 */
export function addCalendarDays(from: LocalDate, days: number): LocalDate {
  if (!Number.isInteger(days)) {
    throw new RangeError(`Calendar days must be a whole number, got ${days}`);
  }
  assertCovered(from);
  const result = fromDayNumber(toDayNumber(from) + days);
  assertCovered(result);
  return result;
}
