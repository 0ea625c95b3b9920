import type { ImportJobRecord, ImportRowRecord } from '@firecase/persistence';
import type {
  CaseImportJobView,
  CaseImportReport,
  ImportColumn,
  RowFieldProblems,
} from './case-import.report';

/** A stored job as the API shows it; with its rows, the report of each row so far. */
export function jobView(
  job: ImportJobRecord,
  rows?: readonly ImportRowRecord[],
): CaseImportJobView {
  const columns = job.columns as ImportColumn[];
  const pending = job.counts.pending + job.counts.opening;
  return {
    id: job.id,
    status: job.status,
    fileName: job.fileName,
    format: job.fileFormat,
    encoding: job.fileEncoding,
    totalRows: job.totalRows,
    processedRows: job.totalRows - pending,
    counts: {
      imported: job.counts.imported,
      alreadyImported: job.counts.already_imported,
      rejected: job.counts.rejected,
      pending,
    },
    columns,
    unknownColumns: columns.filter((c) => c.use === 'unknown').map((c) => c.column),
    createdAt: job.createdAt,
    startedAt: job.startedAt,
    finishedAt: job.finishedAt,
    error: job.lastError,
    ...(rows ? { report: reportOf(rows) } : {}),
  };
}

function reportOf(rows: readonly ImportRowRecord[]): CaseImportReport {
  const report: CaseImportReport = { imported: [], alreadyImported: [], rejected: [] };
  for (const row of rows) {
    switch (row.outcome) {
      case 'imported':
        report.imported.push({ line: row.line, caseNumber: row.caseNumber! });
        break;
      case 'already_imported':
        report.alreadyImported.push({ line: row.line, caseNumber: row.caseNumber! });
        break;
      case 'rejected':
        report.rejected.push({ line: row.line, problems: row.problems as RowFieldProblems[] });
        break;
      case 'pending':
      case 'opening':
        break;
    }
  }
  return report;
}
