import { assertCovered } from './calendar-coverage';
import { dayOfWeek, fromDayNumber, type LocalDate, toDayNumber } from './local-date';
import { ADJUSTED_WORKING_DAYS, STATUTORY_HOLIDAYS } from './statutory-schedule';

/** A statutory working day (工作日): a weekday not on holiday, or a weekend day worked by 调休. */
export function isWorkingDay(date: LocalDate): boolean {
  assertCovered(date);
  if (ADJUSTED_WORKING_DAYS.has(date)) return true;
  const weekday = dayOfWeek(date);
  return weekday !== 0 && weekday !== 6 && !STATUTORY_HOLIDAYS.has(date);
}

/** The `days`-th working day after `from` (`from` itself never counts); 0 returns `from`. */
export function addWorkingDays(from: LocalDate, days: number): LocalDate {
  if (!Number.isInteger(days) || days < 0) {
    throw new RangeError(`Working days must be a whole number >= 0, got ${days}`);
  }
  assertCovered(from);
  let dayNumber = toDayNumber(from);
  let remaining = days;
  while (remaining > 0) {
    dayNumber += 1;
    if (isWorkingDay(fromDayNumber(dayNumber))) remaining -= 1;
  }
  return fromDayNumber(dayNumber);
}
