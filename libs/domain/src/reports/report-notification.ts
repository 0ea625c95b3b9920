import { REPORT_KIND_LABELS } from '../labels/zh-cn';
import { spanText } from '../units/beijing-time';
import type { UnitNotification } from '../units/unit-notification';
import type { ReportKind } from './progress-report';

/** The sub-district leaders' notice that a progress report is ready, with where to fetch it. */
export function progressReportNotification(report: {
  readonly id: string;
  readonly kind: ReportKind;
  readonly periodStart: string;
  readonly periodEnd: string;
}): UnitNotification {
  const name = `消防安全隐患排查整治工作进展情况（${REPORT_KIND_LABELS[report.kind]}）`;
  return {
    subject: `report-${report.id}`,
    kind: 'progress_report',
    title: name,
    text: `${REPORT_KIND_LABELS[report.kind]}已生成，统计时段${spanText(report.periodStart, report.periodEnd)}，请查阅。`,
    message: `progress report ${report.kind} ${report.periodStart} ready (${report.id})`,
    dedupeKey: `progress-report:${report.kind}:${report.periodStart}`,
    params: {
      report: REPORT_KIND_LABELS[report.kind],
      reportId: report.id,
      pdf: `/reports/${report.id}.pdf`,
      xlsx: `/reports/${report.id}.xlsx`,
    },
  };
}
