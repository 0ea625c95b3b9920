import { Logger } from '@nestjs/common';
import { CalendarCoverageError, isWorkingDay } from '@firecase/calendar';

const logger = new Logger('digest');

/**
 * Is this China date a statutory working day? The one place the digest asks the calendar, so an
 * administrable calendar can replace `@firecase/calendar` here alone. A year the calendar does
 * not cover counts Monday–Friday, as the deadline planner does.
 */
export function statutoryWorkingDay(date: string): boolean {
  try {
    return isWorkingDay(date);
  } catch (error) {
    if (!(error instanceof CalendarCoverageError)) throw error;
    logger.warn(`${date}: no statutory schedule for its year; counting Monday to Friday`);
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  }
}
