import { Workbook } from 'exceljs';
import type { ProgressReportData } from './progress-report';
import { isFigure, overviewText, reportHeading, reportTables } from './progress-report-sections';

const SHEET_NAMES = ['总体情况', '分单位情况', '逾期隐患清单', '单位督办', '重点时段工作'];

/**
 * The same report as an XLSX workbook: one sheet per section, each with the report's title and
 * period above a frozen, bold header row, column widths fit for A4 landscape printing.
 */
export async function renderProgressReportXlsx(data: ProgressReportData): Promise<Buffer> {
  const heading = reportHeading(data);
  const workbook = new Workbook();
  workbook.creator = data.issuer;
  workbook.created = new Date(data.generatedAt);
  reportTables(data).forEach((table, index) => {
    const sheet = workbook.addWorksheet(SHEET_NAMES[index], {
      views: [{ state: 'frozen', ySplit: 4 }],
      pageSetup: {
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      },
    });
    const span = table.headers.length;
    const line = (text: string, size: number, bold = false) => {
      const row = sheet.addRow([text]);
      sheet.mergeCells(row.number, 1, row.number, span);
      row.font = { size, bold };
      row.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    };
    line(`${heading.issuer} ${heading.title}`, 14, true);
    line(`${heading.period}\u3000${heading.generated}`, 10);
    line(table.title, 12, true);
    const header = sheet.addRow([...table.headers]);
    header.font = { bold: true };
    header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    header.eachCell((cell) => {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEEEEE' } };
      cell.border = thin;
    });
    if (table.rows.length === 0) sheet.addRow([table.empty]);
    for (const cells of table.rows) {
      const row = sheet.addRow(cells.map(numberOrText));
      row.alignment = { vertical: 'top', wrapText: true };
      row.eachCell((cell, column) => {
        cell.border = thin;
        if (isFigure(cells[column - 1] ?? '')) {
          cell.alignment = { vertical: 'top', horizontal: 'right' };
        }
      });
    }
    if (index === 0) {
      const note = sheet.addRow([overviewText(data)]);
      sheet.mergeCells(note.number, 1, note.number, span);
      note.alignment = { wrapText: true, vertical: 'top' };
      note.height = 60;
    }
    const total = table.widths.reduce((a, b) => a + b, 0);
    sheet.columns.forEach((column, i) => {
      column.width = Math.max(6, Math.round((table.widths[i] / total) * 150));
    });
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const thin = {
  top: { style: 'thin' as const },
  left: { style: 'thin' as const },
  bottom: { style: 'thin' as const },
  right: { style: 'thin' as const },
};

/** Counts and days stay numbers in Excel (they sum); everything else is text. */
function numberOrText(cell: string): string | number {
  return /^\d{1,9}(\.\d+)?$/.test(cell) ? Number(cell) : cell;
}
