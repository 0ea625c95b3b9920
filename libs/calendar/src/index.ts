export { addCalendarDays } from './calendar-days';
export { CALENDAR_COVERAGE, CalendarCoverageError } from './calendar-coverage';
export { calendarDayDeadline, endOfChinaDay, workingDayDeadline } from './deadline';
export { chinaLocalDate, type LocalDate } from './local-date';
export { addWorkingDays, isWorkingDay } from './working-days';
export {
  calendarDayDeadlineUnchecked,
  endOfChinaDayUnchecked,
  weekdayFallbackDeadline,
} from './weekday-fallback';
