import { proxyActivities } from '@temporalio/workflow';
import type { UnitSupervisionActivities } from '@firecase/contract';

export const { assessUnit } = proxyActivities<UnitSupervisionActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '5 minutes' },
});

/** The read model and notifications must land eventually: retry until they do. */
export const { projectSupervision, deliverUnitNotifications } =
  proxyActivities<UnitSupervisionActivities>({
    startToCloseTimeout: '30 seconds',
    retry: { initialInterval: '1 second', maximumInterval: '5 minutes' },
  });
