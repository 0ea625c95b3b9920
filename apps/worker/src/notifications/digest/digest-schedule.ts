import {
  type Client,
  ScheduleAlreadyRunning,
  type ScheduleOptions,
  ScheduleOverlapPolicy,
} from '@temporalio/client';
import {
  CASE_TASK_QUEUE,
  DAILY_DIGEST_SCHEDULE_ID,
  DAILY_DIGEST_WORKFLOW,
  DAILY_DIGEST_WORKFLOW_ID,
} from '@firecase/contract';
import type { NotificationPolicy } from '@firecase/notifications';

/** The digest Schedule: every day at the policy's time in China; the workflow skips holidays. */
export function digestScheduleOptions(policy: NotificationPolicy): ScheduleOptions {
  const [hour, minute] = policy.digest.at.split(':').map(Number);
  return {
    scheduleId: DAILY_DIGEST_SCHEDULE_ID,
    spec: { calendars: [{ hour, minute }], timezone: 'Asia/Shanghai' },
    action: {
      type: 'startWorkflow',
      workflowType: DAILY_DIGEST_WORKFLOW,
      workflowId: DAILY_DIGEST_WORKFLOW_ID,
      taskQueue: CASE_TASK_QUEUE,
    },
    policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '2 hours' },
  };
}

/** Creates the Schedule, or brings an existing one to the current spec: safe on every boot. */
export async function ensureDigestSchedule(
  client: Client,
  policy: NotificationPolicy,
): Promise<'created' | 'updated'> {
  const options = digestScheduleOptions(policy);
  try {
    await client.schedule.create(options);
    return 'created';
  } catch (error) {
    if (!(error instanceof ScheduleAlreadyRunning)) throw error;
    await client.schedule.getHandle(options.scheduleId).update((previous) => ({
      ...previous,
      spec: options.spec,
      action: options.action,
      policies: { ...previous.policies, ...options.policies },
    }));
    return 'updated';
  }
}
