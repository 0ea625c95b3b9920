import {
  type Client,
  type ScheduleOptions,
  ScheduleAlreadyRunning,
  ScheduleOverlapPolicy,
} from '@temporalio/client';
import {
  PROGRESS_REPORT_WORKFLOW,
  type ProgressReportWorkflowInput,
  REPORT_SCHEDULE_IDS,
} from '@firecase/contract';
import { type ReportKind, type ReportPolicy } from '@firecase/domain';

/** When a kind of report runs, as a Schedule spec in Beijing time, from the report policy. */
export function reportScheduleSpec(
  kind: ReportKind,
  policy: ReportPolicy,
): ScheduleOptions['spec'] {
  const calendar =
    kind === 'weekly'
      ? { dayOfWeek: policy.weekly.dayOfWeek, hour: policy.weekly.hour, minute: 0 }
      : { dayOfMonth: policy.monthly.dayOfMonth, hour: policy.monthly.hour, minute: 0 };
  return { calendars: [calendar], timezone: policy.timeZone };
}

/**
 * Makes sure the Schedule of a kind of report exists with this spec: creates it, or brings an
 * existing one's spec in step with the policy. Idempotent, so every worker start may call it.
 */
export async function ensureReportSchedule(
  client: Pick<Client, 'schedule'>,
  kind: ReportKind,
  spec: ScheduleOptions['spec'],
  taskQueue: string,
  scheduleId = REPORT_SCHEDULE_IDS[kind],
): Promise<'created' | 'updated'> {
  const input: ProgressReportWorkflowInput = { kind };
  const options: ScheduleOptions = {
    scheduleId,
    spec,
    action: {
      type: 'startWorkflow',
      workflowType: PROGRESS_REPORT_WORKFLOW,
      workflowId: `${scheduleId}-run`,
      taskQueue,
      args: [input],
    },
    // A report missed while the cluster was down is made when it returns, within a day.
    policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: '1 day' },
  };
  try {
    await client.schedule.create(options);
    return 'created';
  } catch (error) {
    if (!(error instanceof ScheduleAlreadyRunning)) throw error;
    await client.schedule.getHandle(scheduleId).update((previous) => ({
      ...previous,
      spec,
      action: options.action,
    }));
    return 'updated';
  }
}
