import { addCalendarDays } from './calendar-days';
import { CALENDAR_COVERAGE, CalendarCoverageError } from './calendar-coverage';
import { calendarDayDeadline, endOfChinaDay, workingDayDeadline } from './deadline';
import { addWorkingDays, isWorkingDay } from './working-days';

describe(CalendarCoverageError.name, () => {
  // Fails on purpose when chinese-days is upgraded: re-check the comment on CALENDAR_COVERAGE.
  it('covers 2004–2026 with chinese-days 1.5.7', () => {
    expect(CALENDAR_COVERAGE).toEqual({ firstYear: 2004, lastYear: 2026 });
  });

  it('names the date and the covered years', () => {
    const attempt = () => isWorkingDay('2027-01-04');
    expect(attempt).toThrow(CalendarCoverageError);
    expect(attempt).toThrow(
      'No statutory working-day calendar for 2027-01-04: covered years are 2004–2026',
    );
  });

  it('carries the date and its own name', () => {
    const error = catchError(() => isWorkingDay('2003-12-31'));
    expect(error).toBeInstanceOf(CalendarCoverageError);
    expect(error).toMatchObject({ name: 'CalendarCoverageError', date: '2003-12-31' });
  });

  it('lets working days run to the last covered day, and no further', () => {
    expect(addWorkingDays('2026-12-30', 1)).toBe('2026-12-31');
    const error = catchError(() => addWorkingDays('2026-12-30', 2));
    expect(error).toMatchObject({ name: 'CalendarCoverageError', date: '2027-01-01' });
  });

  it('lets calendar days run to the last covered day, and no further', () => {
    expect(addCalendarDays('2026-12-25', 6)).toBe('2026-12-31');
    expect(() => addCalendarDays('2026-12-25', 7)).toThrow(CalendarCoverageError);
    expect(() => addCalendarDays('2004-01-01', -1)).toThrow(CalendarCoverageError);
  });

  it.each([
    ['isWorkingDay', () => isWorkingDay('2003-12-31')],
    ['addWorkingDays from an uncovered day', () => addWorkingDays('2027-03-01', 0)],
    ['addCalendarDays from an uncovered day', () => addCalendarDays('2027-03-01', -100)],
    ['endOfChinaDay', () => endOfChinaDay('2027-01-01')],
    ['workingDayDeadline', () => workingDayDeadline('2026-12-31T00:00:00Z', 1)],
    ['calendarDayDeadline', () => calendarDayDeadline('2026-12-20T00:00:00Z', 15)],
  ])('%s throws outside the covered years', (_name, attempt) => {
    expect(attempt).toThrow(CalendarCoverageError);
  });
});

function catchError(attempt: () => unknown): unknown {
  try {
    attempt();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
