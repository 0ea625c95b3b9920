import { BadRequestException } from '@nestjs/common';
import { type CellValue, Workbook, type Worksheet } from 'exceljs';
import type { ImportCellValue, RawRow } from './import-file.reader';
import { assertZipWithinLimits } from './zip-limits';

/** The sheets the ledger's own files use: the export's and the template's. */
const KNOWN_SHEETS = ['隐患台账', '隐患登记'];

/**
 * Every row of the workbook's ledger sheet (隐患台账 or 隐患登记 if it has one, else its first
 * visible sheet), cells as values: text, numbers, booleans, and dates for date-formatted cells
 * (exceljs gives those as Dates whose UTC fields are the wall-clock time the cell shows).
 */
export async function readXlsxRows(file: Buffer): Promise<RawRow[]> {
  assertZipWithinLimits(file);
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw new BadRequestException('无法读取该 XLSX 文件：文件已损坏或不是 Excel 工作簿');
  }
  const visible = workbook.worksheets.filter((sheet) => sheet.state === 'visible');
  const sheet =
    visible.find((candidate) => KNOWN_SHEETS.includes(candidate.name.trim())) ?? visible.at(0);
  if (!sheet) throw new BadRequestException('该 XLSX 文件没有可见的工作表');
  return rowsOf(sheet);
}

function rowsOf(sheet: Worksheet): RawRow[] {
  const rows: RawRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: ImportCellValue[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = valueOf(cell.value);
    });
    rows.push({ line: rowNumber, cells: Array.from(cells, (cell) => cell ?? null) });
  });
  return rows;
}

function valueOf(value: CellValue): ImportCellValue {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('result' in value || 'formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: CellValue }).result;
    return result === undefined ? null : valueOf(result);
  }
  if ('hyperlink' in value) return valueOf(value.text);
  return null; // an error value (#N/A, #REF!, …) holds nothing to import
}
