import { chinaLocalDate, fromDayNumber, type LocalDate, toDayNumber, yearOf } from './local-date';
import { endOfChinaDay, type StatutoryCalendar } from './statutory-calendar';
import { isWeekend } from './statutory-year';

/** How a deadline is counted: N statutory working days, N calendar days, or a given date. */
export type DeadlineSpan =
  | { readonly workingDays: number }
  | { readonly calendarDays: number }
  | { readonly endOfDate: LocalDate };

/** A planned deadline: the end of a China day, as an ISO instant. */
export interface PlannedDeadline {
  readonly dueAt: string;
  /**
   * Set when the count ran through a year whose statutory schedule is not loaded: those days were
   * counted Monday to Friday, so a holiday may have been counted as a working day.
   */
  readonly provisional?: { readonly reason: string; readonly years: readonly number[] };
}

/**
 * Plans one deadline on `calendar`. Working days in a year the calendar does not cover are counted
 * Monday to Friday and the answer is marked provisional, so that a running case never stalls for
 * want of next year's schedule; loading that year later recalculates it. Calendar days and given
 * dates need no schedule and are never provisional.
 */
export function planDeadline(
  calendar: StatutoryCalendar,
  from: string,
  span: DeadlineSpan,
): PlannedDeadline {
  if ('endOfDate' in span) {
    toDayNumber(span.endOfDate);
    return { dueAt: endOfChinaDay(span.endOfDate) };
  }
  const start = chinaLocalDate(from);
  if ('calendarDays' in span) {
    wholeAtLeastZero(span.calendarDays, 'Calendar days');
    return { dueAt: endOfChinaDay(fromDayNumber(toDayNumber(start) + span.calendarDays)) };
  }
  wholeAtLeastZero(span.workingDays, 'Working days');
  const uncovered = new Set<number>();
  const works = (date: LocalDate): boolean => {
    if (calendar.covers(yearOf(date))) return calendar.isWorkingDay(date);
    uncovered.add(yearOf(date));
    return !isWeekend(date);
  };
  let day = toDayNumber(start);
  let remaining = span.workingDays;
  while (remaining > 0) {
    day += 1;
    if (works(fromDayNumber(day))) remaining -= 1;
  }
  const dueAt = endOfChinaDay(fromDayNumber(day));
  if (uncovered.size === 0) return { dueAt };
  const years = [...uncovered].sort((a, b) => a - b);
  return { dueAt, provisional: { reason: provisionalReason(years), years } };
}

/** What the case view says of a provisional deadline. */
export function provisionalReason(years: readonly number[]): string {
  return `${years.join('、')}年法定节假日安排尚未录入，暂按周一至周五计算工作日，录入后将重新计算`;
}

function wholeAtLeastZero(days: number, what: string): void {
  if (!Number.isInteger(days) || days < 0) {
    throw new RangeError(`${what} must be a whole number >= 0, got ${days}`);
  }
}
