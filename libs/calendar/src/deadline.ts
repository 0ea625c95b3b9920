import { addCalendarDays } from './calendar-days';
import { assertCovered } from './calendar-coverage';
import { chinaLocalDate, DAY_MS, type LocalDate, startOfChinaDayMs } from './local-date';
import { addWorkingDays } from './working-days';

/** The last millisecond of `date` in China, as an ISO instant: a deadline lasts the whole day. */
export function endOfChinaDay(date: LocalDate): string {
  assertCovered(date);
  return new Date(startOfChinaDayMs(date) + DAY_MS - 1).toISOString();
}

/**
 * End of the `workingDays`-th working day after the China date of `from`: a notice served on
 * Friday evening with 3 working days is due at the end of Wednesday (in China, after 调休).
 */
export function workingDayDeadline(from: Date | string, workingDays: number): string {
  return endOfChinaDay(addWorkingDays(chinaLocalDate(from), workingDays));
}

/** End of the `days`-th calendar day after the China date of `from`. */
export function calendarDayDeadline(from: Date | string, days: number): string {
  if (!Number.isInteger(days) || days < 0) {
    throw new RangeError(`Calendar days must be a whole number >= 0, got ${days}`);
  }
  return endOfChinaDay(addCalendarDays(chinaLocalDate(from), days));
}
