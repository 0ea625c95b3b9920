import type { CaseActivities } from '@firecase/contract';
import type { CaseNotificationRepository, CaseProjectionWriter } from '@firecase/persistence';
import { toHazardCaseRow } from './case-projection';
import { planDeadlines, type StatutoryCalendarSource } from './deadline-planner';

export interface CaseActivityDeps {
  /** Writes the read model and appends the audit trail, in one transaction. */
  readonly projections: Pick<CaseProjectionWriter, 'write'>;
  readonly notifications: Pick<CaseNotificationRepository, 'enqueue'>;
  /** The statutory calendar in force: the library's years and the office's loaded ones. */
  readonly calendar: StatutoryCalendarSource;
}

/** The hazard-case workflow's activities over injected repositories; each is idempotent. */
export function createCaseActivities({
  projections,
  notifications,
  calendar,
}: CaseActivityDeps): CaseActivities {
  return {
    async planDeadlines(requests) {
      return planDeadlines(calendar, requests);
    },
    async projectCase(view) {
      // The view carries the whole timeline; the audit trail keeps only the events it lacks.
      await projections.write(toHazardCaseRow(view), view.state.events);
    },
    async deliverNotifications(list) {
      await notifications.enqueue(list);
    },
  };
}
