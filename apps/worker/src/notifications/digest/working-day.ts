import type { StatutoryCalendarSource } from '../../activities/deadline-planner';

/**
 * Is this China date a statutory working day, on the calendar in force (the library's years with
 * the office's loaded ones in their place)? A year not loaded counts Monday to Friday, as the
 * deadline planner's provisional counts do.
 */
export async function statutoryWorkingDay(
  source: StatutoryCalendarSource,
  date: string,
): Promise<boolean> {
  const calendar = await source.calendar();
  if (calendar.covers(Number(date.slice(0, 4)))) return calendar.isWorkingDay(date);
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}
