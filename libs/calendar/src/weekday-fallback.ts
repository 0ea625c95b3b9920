import {
  chinaLocalDate,
  DAY_MS,
  dayOfWeek,
  fromDayNumber,
  type LocalDate,
  startOfChinaDayMs,
  toDayNumber,
} from './local-date';

/**
 * Deadlines for dates the statutory schedule does not cover yet (see CALENDAR_COVERAGE): Monday to
 * Friday count as working days and no holiday is known. Callers use it only after the statutory
 * calendar refused, and say so, so that a case keeps running (and a person can correct the date
 * by an extension) instead of stalling until the library ships the next year's schedule.
 */
export function weekdayFallbackDeadline(from: Date | string, workingDays: number): string {
  if (!Number.isInteger(workingDays) || workingDays < 0) {
    throw new RangeError(`Working days must be a whole number >= 0, got ${workingDays}`);
  }
  let day = toDayNumber(chinaLocalDate(from));
  let remaining = workingDays;
  while (remaining > 0) {
    day += 1;
    const weekday = dayOfWeek(fromDayNumber(day));
    if (weekday !== 0 && weekday !== 6) remaining -= 1;
  }
  return endOfChinaDayUnchecked(fromDayNumber(day));
}

/** End of `date` in China time, for dates outside the covered years (no holiday data needed). */
export function endOfChinaDayUnchecked(date: LocalDate): string {
  return new Date(startOfChinaDayMs(date) + DAY_MS - 1).toISOString();
}

/** End of the `days`-th calendar day after the China date of `from`, without coverage checks. */
export function calendarDayDeadlineUnchecked(from: Date | string, days: number): string {
  return endOfChinaDayUnchecked(fromDayNumber(toDayNumber(chinaLocalDate(from)) + days));
}
