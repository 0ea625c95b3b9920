import { ApplicationFailure } from '@temporalio/activity';
import { planDeadline, type StatutoryCalendar } from '@firecase/calendar';
import type { DeadlineRequest, PlannedDeadline, PlannedDeadlines } from '@firecase/domain';

/** Where the planner finds the statutory calendar in force (library years + the office's). */
export interface StatutoryCalendarSource {
  calendar(): Promise<StatutoryCalendar>;
}

/**
 * Answers the workflow's deadline requests on the statutory calendar (法定节假日 and 调休). A
 * count that runs through a year not loaded yet is done Monday to Friday and marked provisional,
 * so a running case never stalls for want of next year's schedule. Each answer echoes how it was
 * counted, so the case can have it counted again once the year is loaded.
 */
export async function planDeadlines(
  source: StatutoryCalendarSource,
  requests: readonly DeadlineRequest[],
): Promise<PlannedDeadlines> {
  if (requests.length === 0) return {};
  const calendar = await source.calendar();
  const planned: Record<string, PlannedDeadline> = {};
  for (const request of requests) planned[request.key] = planOne(calendar, request);
  return planned;
}

function planOne(calendar: StatutoryCalendar, { key, from, rule }: DeadlineRequest) {
  const understood = 'endOfDate' in rule || 'workingDays' in rule || 'calendarDays' in rule;
  if (!understood) invalid(key, 'has no rule the calendar understands');
  try {
    const { dueAt, provisional } = planDeadline(calendar, from, rule);
    return { dueAt, basis: { from, rule }, ...(provisional ? { provisional } : {}) };
  } catch (error) {
    if (error instanceof RangeError) invalid(key, error.message);
    throw error;
  }
}

function invalid(key: string, why: string): never {
  throw ApplicationFailure.create({
    type: 'InvalidDeadlineRequest',
    message: `deadline "${key}" ${why}`,
    nonRetryable: true,
  });
}
