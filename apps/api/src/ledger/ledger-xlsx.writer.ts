import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { type Borders, type Style, stream } from 'exceljs';
import { chinaWallClock } from '@firecase/domain';
import type { SheetCell, SheetColumn, SheetLayout, SheetRows } from './sheet-layout';

const THIN: Partial<Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
/** Government tables are set in 宋体; where it is missing the viewer falls back to a CJK font. */
const FONT = '宋体';
/**
 * The office's ledger prints dates (发现日期, 整改期限, …); the cell holds the Beijing time to
 * the minute, shown in the formula bar and kept by a re-import.
 */
const DATE_FORMAT = 'yyyy-mm-dd';
const FONT_SIZE = 10;
/** Points per line of 10-point text, and a little air above and below. */
const LINE_HEIGHT = 13.5;

/**
 * Writes the ledger as an XLSX workbook through exceljs's streaming writer: each row is
 * committed (serialised and released) as it is added, and after each batch the writer waits
 * until `out` has drained, so a slow client holds back the queries instead of filling memory.
 *
 * With a print layout (the office's 隐患台账): a title row, a line saying when and with which
 * filters it was exported, then the header, frozen on screen and repeated on every printed
 * page; A4 landscape, scaled to the page's width, page numbers in the footer. Instants become
 * date cells showing Beijing wall-clock time (a cell has no time zone). Without one (codes): the
 * header in row 1 and every value exactly as the JSON has it, dates as ISO 8601 text.
 */
export async function writeLedgerXlsx(
  layout: SheetLayout,
  batches: SheetRows,
  out: Writable,
): Promise<void> {
  const workbook = new stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const { print, columns } = layout;
  const headerRow = print ? 3 : 1;
  const sheet = workbook.addWorksheet(layout.sheetName, {
    views: [{ state: 'frozen', ySplit: headerRow }],
    pageSetup: print && {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0, // as many pages down as the rows need
      horizontalCentered: true,
      printTitlesRow: `${headerRow}:${headerRow}`,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: print && { oddFooter: '&C第 &P 页，共 &N 页' },
  });
  sheet.columns = columns.map((column) => ({
    width: column.width,
    style: print ? officeCellStyle(column) : {},
  }));
  if (print) {
    const last = columns.length;
    addBanner(sheet, 1, last, print.title, { size: 16, bold: true, name: FONT }, 32);
    addBanner(sheet, 2, last, print.subtitle, { size: 10, name: FONT }, 20, 'left');
  }
  const header = sheet.addRow(columns.map((column) => column.header));
  header.eachCell((cell) => {
    cell.style = print ? OFFICE_HEADER_STYLE : { font: { bold: true } };
  });
  if (print) header.height = 30;
  header.commit();
  for await (const batch of batches) {
    for (const cells of batch) {
      const row = sheet.addRow(cells.map((cell, i) => xlsxCell(columns[i], cell)));
      // Viewers differ in whether they fit a row to its wrapped text: say how tall it is.
      if (print) row.height = rowHeight(columns, cells);
      row.commit();
    }
    await drained(out);
    // The client went away: stop querying; there is no one to finish the workbook for.
    if (out.destroyed) return;
  }
  sheet.commit();
  // exceljs waits for 'finish', which a response the client has left never emits.
  await Promise.race([workbook.commit(), once(out, 'close')]);
}

const OFFICE_HEADER_STYLE: Partial<Style> = {
  font: { bold: true, size: FONT_SIZE, name: FONT },
  alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } },
  border: THIN,
};

function officeCellStyle(column: SheetColumn): Partial<Style> {
  return {
    font: { size: FONT_SIZE, name: FONT },
    border: THIN,
    alignment: {
      vertical: 'middle',
      horizontal: column.kind === 'text' ? 'left' : 'center',
      wrapText: column.kind === 'text',
    },
    ...(column.kind === 'instant' ? { numFmt: DATE_FORMAT } : {}),
  };
}

type WorksheetWriter = ReturnType<stream.xlsx.WorkbookWriter['addWorksheet']>;

/** A row of one merged cell across the sheet (the title, the line under it). */
function addBanner(
  sheet: WorksheetWriter,
  rowNumber: number,
  lastColumn: number,
  text: string,
  font: Partial<Style['font']>,
  height: number,
  horizontal: 'center' | 'left' = 'center',
): void {
  const row = sheet.getRow(rowNumber);
  row.getCell(1).value = text;
  row.getCell(1).style = { font, alignment: { horizontal, vertical: 'middle' } };
  row.height = height;
  sheet.mergeCells(rowNumber, 1, rowNumber, lastColumn);
  row.commit();
}

/** Enough lines for the longest wrapped text of the row, as 10-point 宋体 sets it. */
export function rowHeight(columns: readonly SheetColumn[], cells: readonly SheetCell[]): number {
  let lines = 1;
  columns.forEach((column, i) => {
    const cell = cells[i];
    if (column.kind !== 'text' || typeof cell !== 'string') return;
    // A column of width w holds about w - 1 units: a Han character takes 1.8, a digit one.
    const room = Math.max(1, column.width - 1);
    const needed = cell
      .split('\n')
      .reduce((sum, part) => sum + Math.max(1, Math.ceil(textWidth(part) / room)), 0);
    lines = Math.max(lines, needed);
  });
  return lines * LINE_HEIGHT + 3;
}

function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += (char.codePointAt(0) ?? 0) >= 0x2e80 ? 1.8 : 1;
  return width;
}

function xlsxCell(column: SheetColumn, cell: SheetCell): SheetCell | Date {
  return column.kind === 'instant' && typeof cell === 'string' ? chinaWallClock(cell) : cell;
}

function drained(out: Writable): Promise<void> {
  if (!out.writableNeedDrain || out.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
  });
}
