import type { ProgressReportData } from './progress-report';
import { renderProgressReportPdf } from './render-progress-report-pdf';
import { renderProgressReportXlsx } from './render-progress-report-xlsx';

/** Both forms of a progress report, from the same data. */
export async function renderProgressReport(
  data: ProgressReportData,
): Promise<{ pdf: Buffer; xlsx: Buffer }> {
  const [pdf, xlsx] = await Promise.all([
    renderProgressReportPdf(data),
    renderProgressReportXlsx(data),
  ]);
  return { pdf, xlsx };
}
