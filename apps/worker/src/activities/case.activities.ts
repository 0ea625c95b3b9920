import type { CaseActivities } from '@firecase/contract';
import type {
  CaseNotificationRepository,
  HazardCaseProjectionRepository,
} from '@firecase/persistence';
import { toHazardCaseRow } from './case-projection';
import { planDeadlines } from './deadline-planner';

export interface CaseActivityDeps {
  readonly projections: Pick<HazardCaseProjectionRepository, 'upsert'>;
  readonly notifications: Pick<CaseNotificationRepository, 'enqueue'>;
}

/** The hazard-case workflow's activities over injected repositories; each is idempotent. */
export function createCaseActivities({
  projections,
  notifications,
}: CaseActivityDeps): CaseActivities {
  return {
    async planDeadlines(requests) {
      return planDeadlines(requests);
    },
    async projectCase(view) {
      await projections.upsert(toHazardCaseRow(view));
    },
    async deliverNotifications(list) {
      await notifications.enqueue(list);
    },
  };
}
