import { ApplicationFailure, log } from '@temporalio/activity';
import {
  calendarDayDeadline,
  calendarDayDeadlineUnchecked,
  CalendarCoverageError,
  endOfChinaDay,
  endOfChinaDayUnchecked,
  weekdayFallbackDeadline,
  workingDayDeadline,
} from '@firecase/calendar';
import type { DeadlineRequest, PlannedDeadlines } from '@firecase/domain';

/**
 * Answers the workflow's deadline requests with the statutory calendar (法定节假日 and 调休).
 * For a year the calendar does not cover yet, it counts Monday to Friday and logs a warning: a
 * running case must not stall because a library lacks next year's holiday schedule.
 */
export function planDeadlines(requests: readonly DeadlineRequest[]): PlannedDeadlines {
  const planned: Record<string, string> = {};
  for (const request of requests) {
    planned[request.key] = planOne(request);
  }
  return planned;
}

function planOne(request: DeadlineRequest): string {
  try {
    return statutory(request);
  } catch (error) {
    if (!(error instanceof CalendarCoverageError)) throw error;
    log.warn('statutory calendar does not cover the date; counting weekdays', {
      key: request.key,
      error: error.message,
    });
    return weekdaysOnly(request);
  }
}

function statutory({ key, from, rule }: DeadlineRequest): string {
  if ('endOfDate' in rule) return endOfChinaDay(rule.endOfDate);
  if ('workingDays' in rule) return workingDayDeadline(from, rule.workingDays);
  if ('calendarDays' in rule) return calendarDayDeadline(from, rule.calendarDays);
  throw ApplicationFailure.create({
    type: 'InvalidDeadlineRequest',
    message: `deadline "${key}" has no rule the calendar understands`,
    nonRetryable: true,
  });
}

function weekdaysOnly({ from, rule }: DeadlineRequest): string {
  if ('endOfDate' in rule) return endOfChinaDayUnchecked(rule.endOfDate);
  if ('workingDays' in rule) return weekdayFallbackDeadline(from, rule.workingDays);
  return calendarDayDeadlineUnchecked(from, rule.calendarDays);
}
