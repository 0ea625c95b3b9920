import type { ReportKind, ReportPeriod, UnitNotification } from '@firecase/domain';

export const PROGRESS_REPORT_WORKFLOW = 'progressReportWorkflow';

/** The Schedules that generate the reports, one per kind. */
export const REPORT_SCHEDULE_IDS: Readonly<Record<ReportKind, string>> = {
  weekly: 'progress-report-weekly',
  monthly: 'progress-report-monthly',
};

export interface ProgressReportWorkflowInput {
  readonly kind: ReportKind;
}

/** A report as stored: where to fetch it, and whether this run made it. */
export interface GeneratedReport {
  readonly id: string;
  readonly kind: ReportKind;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly created: boolean;
}

export interface ReportActivities {
  /** Gathers, renders and stores the period's report; storing one again keeps the first. */
  generateProgressReport(period: ReportPeriod): Promise<GeneratedReport>;
  deliverUnitNotifications(notifications: readonly UnitNotification[]): Promise<void>;
}
