import type { CalendarActivities } from '@firecase/contract';
import type { StatutoryCalendarRepository } from '@firecase/persistence';

/** The calendar recount workflow's activity: finds the cases waiting for a loaded year. */
export function createCalendarActivities({
  calendar,
}: {
  readonly calendar: Pick<StatutoryCalendarRepository, 'casesWaitingFor'>;
}): CalendarActivities {
  return {
    async casesWaitingForYear(year, after, limit) {
      return calendar.casesWaitingFor(year, after, limit);
    },
  };
}
