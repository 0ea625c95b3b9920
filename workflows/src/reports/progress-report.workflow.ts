import { proxyActivities, workflowInfo } from '@temporalio/workflow';
import type {
  GeneratedReport,
  ProgressReportWorkflowInput,
  ReportActivities,
} from '@firecase/contract';
import { progressReportNotification, reportPeriodBefore } from '@firecase/domain';

const { generateProgressReport } = proxyActivities<ReportActivities>({
  startToCloseTimeout: '10 minutes',
  retry: { initialInterval: '10 seconds', maximumInterval: '10 minutes', maximumAttempts: 10 },
});

const { deliverUnitNotifications } = proxyActivities<ReportActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '5 minutes' },
});

/**
 * 消防安全隐患排查整治工作进展情况: run by its Schedule, it reports on the week or month that ended
 * before the run was scheduled, stores the report and tells the sub-district's leaders.
 */
export async function progressReportWorkflow(
  input: ProgressReportWorkflowInput,
): Promise<GeneratedReport> {
  // The run's start (its Schedule starts it at 08:00 Beijing): the period is the one just ended.
  const period = reportPeriodBefore(input.kind, workflowInfo().startTime.toISOString());
  const report = await generateProgressReport(period);
  await deliverUnitNotifications([progressReportNotification(report)]);
  return report;
}
