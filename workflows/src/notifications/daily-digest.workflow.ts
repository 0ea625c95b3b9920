import { proxyActivities } from '@temporalio/workflow';
import type { DailyDigestResult, DigestActivities } from '@firecase/contract';

const { queueDailyDigests } = proxyActivities<DigestActivities>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '5 seconds', maximumInterval: '1 minute', maximumAttempts: 20 },
});

/**
 * 每日待办: started by the daily Schedule. The run's own start time says which day it is for (the
 * workflow clock is deterministic); the activity decides whether that is a statutory working day
 * and queues one digest per person, deduplicated by day, so a retried or doubled run sends none
 * twice.
 */
export async function dailyDigestWorkflow(): Promise<DailyDigestResult> {
  return queueDailyDigests({ at: new Date().toISOString() });
}
