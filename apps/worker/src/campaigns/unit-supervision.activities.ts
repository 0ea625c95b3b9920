import type { UnitSupervisionActivities } from '@firecase/contract';
import { supervisionNextDueAt } from '@firecase/domain';
import type {
  NotificationOutbox,
  UnitFiguresRepository,
  UnitSupervisionRepository,
} from '@firecase/persistence';
import { enqueueUnitNotifications } from './unit-notification-outbox';

export interface UnitSupervisionActivityDeps {
  readonly figures: Pick<UnitFiguresRepository, 'figures'>;
  readonly supervisions: Pick<UnitSupervisionRepository, 'project'>;
  readonly notifications: Pick<NotificationOutbox, 'queue'>;
  readonly now?: () => Date;
}

/** The unit supervision workflow's activities; each is idempotent. */
export function createUnitSupervisionActivities(
  deps: UnitSupervisionActivityDeps,
): UnitSupervisionActivities {
  const now = deps.now ?? (() => new Date());
  return {
    async assessUnit(campaignCode, unit) {
      const [found] = await deps.figures.figures(campaignCode, now().toISOString(), unit);
      if (!found) throw new Error(`unit ${unit.kind}:${unit.code} is not in the organisation`);
      return found;
    },
    async projectSupervision(view) {
      await deps.supervisions.project(view.state, supervisionNextDueAt(view.state) ?? null);
    },
    async deliverUnitNotifications(list) {
      await enqueueUnitNotifications(deps.notifications, list);
    },
  };
}
