export { ProgressReportRepository } from './progress-report.repository';
export {
  type ReportFiles,
  ProgressReportStore,
  type StoredReport,
} from './progress-report-store.repository';
