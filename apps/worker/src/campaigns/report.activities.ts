import type { ReportActivities } from '@firecase/contract';
import { DEFAULT_REPORT_POLICY } from '@firecase/domain';
import { renderProgressReport } from '@firecase/notices';
import type {
  NotificationOutbox,
  ProgressReportRepository,
  ProgressReportStore,
} from '@firecase/persistence';
import { enqueueUnitNotifications } from './unit-notification-outbox';

export interface ReportActivityDeps {
  readonly reports: Pick<ProgressReportRepository, 'gather'>;
  readonly store: Pick<ProgressReportStore, 'store'>;
  readonly notifications: Pick<NotificationOutbox, 'queue'>;
  /** 发文机关 printed on the report (configuration). */
  readonly issuer: string;
  readonly now?: () => Date;
}

/** The progress report workflow's activities; storing a period's report twice keeps the first. */
export function createReportActivities(deps: ReportActivityDeps): ReportActivities {
  const now = deps.now ?? (() => new Date());
  return {
    async generateProgressReport(period) {
      const generatedAt = now().toISOString();
      const data = await deps.reports.gather(
        period,
        generatedAt,
        deps.issuer,
        DEFAULT_REPORT_POLICY.overdueListLimit,
      );
      const { report, created } = await deps.store.store(
        { kind: period.kind, periodStart: period.startsAt, periodEnd: period.endsAt, generatedAt },
        await renderProgressReport(data),
      );
      return {
        id: report.id,
        kind: report.kind,
        periodStart: report.periodStart,
        periodEnd: report.periodEnd,
        created,
      };
    },
    async deliverUnitNotifications(list) {
      await enqueueUnitNotifications(deps.notifications, list);
    },
  };
}
