export { BUILT_IN_LIBRARY } from './built-in-years';
export { CalendarCoverageError } from './calendar-coverage-error';
export { calendarWarnings, NEXT_YEAR_WARNING_FROM } from './calendar-warnings';
export {
  type DeadlineSpan,
  type PlannedDeadline,
  planDeadline,
  provisionalReason,
} from './deadline-planning';
export { chinaLocalDate, dayOfWeek, type LocalDate } from './local-date';
export { endOfChinaDay, StatutoryCalendar } from './statutory-calendar';
export { isWeekend, type StatutoryYear, type YearSource } from './statutory-year';
export {
  type StatutoryYearEntry,
  validateYearEntry,
  type YearEntryProblem,
} from './year-validation';
