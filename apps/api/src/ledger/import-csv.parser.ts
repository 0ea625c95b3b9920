import { BadRequestException } from '@nestjs/common';
import { CsvError, parse } from 'csv-parse/sync';
import {
  type ImportColumn,
  IMPORT_COLUMNS,
  isImportColumn,
  REQUIRED_IMPORT_COLUMNS,
} from './import-columns';

export const MAX_IMPORT_ROWS = 5000;

export type ImportCells = Partial<Record<ImportColumn, string>>;

/** One data row of the file, or why it could not be read as one; `line` counts the header as 1. */
export type ImportRecord =
  | { readonly line: number; readonly cells: ImportCells }
  | { readonly line: number; readonly problem: string };

/**
 * Reads an import file: UTF-8 (a BOM is allowed), a header row naming the columns, then one
 * hazard a row. Whatever makes the whole file unusable is a 400; a row with the wrong number of
 * fields is only that row's problem. Rows with nothing but blanks (Excel writes them) are skipped.
 */
export function parseImportCsv(file: Buffer): ImportRecord[] {
  const records = parseRecords(decodeUtf8(file));
  const [header, ...data] = records;
  if (header === undefined) throw new BadRequestException('the file is empty: no header row');
  const columns = checkHeader(header.fields);
  const rows = data.filter((record) => record.fields.some((field) => field.trim() !== ''));
  if (rows.length > MAX_IMPORT_ROWS) {
    throw new BadRequestException(
      `the file has ${rows.length} rows; at most ${MAX_IMPORT_ROWS} can be imported at once`,
    );
  }
  return rows.map(({ line, fields }): ImportRecord => {
    if (fields.length !== columns.length) {
      return {
        line,
        problem: `the row has ${fields.length} fields where the header has ${columns.length}`,
      };
    }
    return { line, cells: Object.fromEntries(columns.map((column, i) => [column, fields[i]])) };
  });
}

function decodeUtf8(file: Buffer): string {
  try {
    // Strips a BOM; `fatal` refuses what Excel's plain "CSV" (GBK on Chinese Windows) produces.
    return new TextDecoder('utf-8', { fatal: true }).decode(file);
  } catch {
    throw new BadRequestException(
      'the file is not UTF-8 text: save it from Excel as "CSV UTF-8 (Comma delimited)"',
    );
  }
}

interface RawRecord {
  readonly line: number;
  readonly fields: string[];
}

function parseRecords(text: string): RawRecord[] {
  try {
    // One line break, so the parser's line count is the line an editor shows (it counts a \r\n
    // inside quotes twice).
    const records = parse(text.replace(/\r\n?/g, '\n'), {
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as { record: string[]; info: { lines: number } }[];
    return records.map(({ record, info }) => ({
      // `lines` is where the record ends; a quoted field may have carried it over several.
      line: info.lines - record.reduce((breaks, field) => breaks + countBreaks(field), 0),
      fields: record,
    }));
  } catch (error) {
    if (error instanceof CsvError) {
      throw new BadRequestException(`the file is not valid CSV: ${error.message}`);
    }
    throw error;
  }
}

function countBreaks(field: string): number {
  return field.split('\n').length - 1;
}

function checkHeader(names: readonly string[]): ImportColumn[] {
  const trimmed = names.map((name) => name.trim());
  const problems: string[] = [];
  const missing = REQUIRED_IMPORT_COLUMNS.filter((column) => !trimmed.includes(column));
  if (missing.length > 0) problems.push(`missing columns: ${missing.join(', ')}`);
  const unknown = trimmed.filter((name) => !isImportColumn(name));
  if (unknown.length > 0) {
    problems.push(`unknown columns: ${unknown.map((name) => JSON.stringify(name)).join(', ')}`);
  }
  const repeated = trimmed.filter((name, i) => trimmed.indexOf(name) !== i);
  if (repeated.length > 0) problems.push(`repeated columns: ${[...new Set(repeated)].join(', ')}`);
  if (problems.length > 0) {
    throw new BadRequestException(
      `${problems.join('; ')} (the columns are ${IMPORT_COLUMNS.join(', ')})`,
    );
  }
  return trimmed as ImportColumn[];
}
