import { BadRequestException } from '@nestjs/common';
import { CsvError, parse } from 'csv-parse/sync';
import { decodeCsvText } from './csv-text.decoder';
import { readXlsxRows } from './xlsx-rows.reader';

/** A cell as the file holds it: CSV gives text; XLSX also numbers, booleans and dates. */
export type ImportCellValue = string | number | boolean | Date | null;

/** One row of the file; `line` is the line (CSV) or the row number (XLSX) a user sees. */
export interface RawRow {
  readonly line: number;
  readonly cells: readonly ImportCellValue[];
}

export interface RawSheet {
  readonly format: 'csv' | 'xlsx';
  /** How CSV text was encoded (utf-8, gb18030, utf-16le); null for XLSX. */
  readonly encoding: string | null;
  readonly rows: readonly RawRow[];
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0]; // .xls of Excel 97–2003

/**
 * Reads an import file, XLSX or CSV by its first bytes (not by its name, which a browser may get
 * wrong): every row, blank ones included, as the file has it. Whatever makes the whole file
 * unreadable is a 400 that says what to do.
 */
export async function readImportFile(file: Buffer): Promise<RawSheet> {
  if (startsWith(file, ZIP))
    return { format: 'xlsx', encoding: null, rows: await readXlsxRows(file) };
  if (startsWith(file, OLE2)) {
    throw new BadRequestException(
      '不支持旧版 Excel 文件（.xls）：请在 Excel 中“另存为” Excel 工作簿（.xlsx）或 CSV 后再导入',
    );
  }
  const { text, encoding } = decodeCsvText(file);
  return { format: 'csv', encoding, rows: parseCsv(text) };
}

function startsWith(file: Buffer, magic: readonly number[]): boolean {
  return file.length >= magic.length && magic.every((byte, i) => file[i] === byte);
}

function parseCsv(text: string): RawRow[] {
  // One line break, so the parser's line count is the line an editor shows (it counts a \r\n
  // inside quotes twice).
  const unified = text.replace(/\r\n?/g, '\n');
  try {
    const records = parse(unified, {
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      delimiter: delimiterOf(unified),
    }) as { record: string[]; info: { lines: number } }[];
    return records.map(({ record, info }) => ({
      // `lines` is where the record ends; a quoted field may have carried it over several.
      line: info.lines - record.reduce((breaks, field) => breaks + countBreaks(field), 0),
      cells: record,
    }));
  } catch (error) {
    if (error instanceof CsvError) {
      throw new BadRequestException(`不是有效的 CSV 文件：${error.message}`);
    }
    throw error;
  }
}

/** Excel's "Unicode text" is tab-separated; its CSV uses commas. The first line tells them apart. */
function delimiterOf(text: string): string {
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'));
  const tabs = firstLine.split('\t').length;
  const commas = firstLine.split(',').length;
  return tabs > commas ? '\t' : ',';
}

function countBreaks(field: string): number {
  return field.split('\n').length - 1;
}
