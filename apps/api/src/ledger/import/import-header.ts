import { BadRequestException } from '@nestjs/common';
import type { ImportCellValue, RawRow } from './import-file.reader';
import {
  headerOf,
  IMPORT_FIELDS,
  type ImportField,
  meaningOfHeader,
  REQUIRED_IMPORT_FIELDS,
} from './import-fields';

/** A column of the file that fills a field, by its position and its header as written. */
export interface ColumnBinding {
  readonly index: number;
  readonly header: string;
  readonly field: ImportField;
}

/** How one header of the file was read, for the import report. */
export interface ImportColumnReport {
  /** The header as the file wrote it. */
  readonly column: string;
  readonly field: ImportField | null;
  /** `read`: fills `field`; `ignored`: a column the ledger computes; `unknown`: not one we know. */
  readonly use: 'read' | 'ignored' | 'unknown';
}

export interface ImportHeader {
  /** The header's line (CSV) or row (XLSX). */
  readonly line: number;
  readonly bindings: readonly ColumnBinding[];
  readonly columns: readonly ImportColumnReport[];
}

/** A title and a line of notes may come first (as in the exported 台账): look this far. */
const HEADER_SEARCH_ROWS = 10;

/**
 * Finds the header: of the file's first rows, the one naming the most fields (at least two), so
 * a title row above it (太白街道消防安全隐患台账) is passed over. Columns may come in any order;
 * unknown ones are reported, not refused. A missing required column, or two columns for one
 * field, make the file unusable: a 400 naming them.
 */
export function findHeader(rows: readonly RawRow[]): ImportHeader {
  const candidates = rows.filter((row) => !isBlankRow(row)).slice(0, HEADER_SEARCH_ROWS);
  if (candidates.length === 0) throw new BadRequestException('文件是空的：没有表头，也没有数据');
  const scored = candidates.map((row) => ({ row, score: fieldCount(row) }));
  const best = scored.reduce((a, b) => (b.score > a.score ? b : a));
  if (best.score < 2) {
    throw new BadRequestException(
      `找不到表头：文件的前 ${HEADER_SEARCH_ROWS} 行中没有认识的列名。${columnsHint()}`,
    );
  }
  const header = best.row;
  const columns: ImportColumnReport[] = [];
  const bindings: ColumnBinding[] = [];
  header.cells.forEach((cell, index) => {
    const text = textOf(cell);
    const meaning = meaningOfHeader(text);
    if (meaning.kind === 'blank') return;
    if (meaning.kind === 'field') {
      bindings.push({ index, header: text, field: meaning.field });
      columns.push({ column: text, field: meaning.field, use: 'read' });
    } else {
      columns.push({ column: text, field: null, use: meaning.kind });
    }
  });
  checkBindings(bindings);
  return { line: header.line, bindings, columns };
}

function checkBindings(bindings: readonly ColumnBinding[]): void {
  const problems: string[] = [];
  const has = (field: ImportField) => bindings.some((binding) => binding.field === field);
  const missing = REQUIRED_IMPORT_FIELDS.filter(
    // The hazard type names its category, so a file may leave the category out.
    (field) => !has(field) && !(field === 'category' && has('hazardType')),
  );
  if (missing.length > 0) problems.push(`缺少必填的列：${missing.map(headerOf).join('、')}`);
  for (const field of IMPORT_FIELDS) {
    const same = bindings.filter((binding) => binding.field === field);
    if (same.length > 1) {
      problems.push(
        `重复的列：${same.map((b) => `「${b.header}」`).join('与')}都是${headerOf(field)}`,
      );
    }
  }
  if (has('contactAndPhone') && (has('contactPerson') || has('phone'))) {
    problems.push(
      `「${headerOf('contactAndPhone')}」与「${headerOf('contactPerson')}」「${headerOf('phone')}」只能用一种`,
    );
  }
  if (problems.length > 0) {
    throw new BadRequestException(`${problems.join('；')}。${columnsHint()}`);
  }
}

function columnsHint(): string {
  const names = IMPORT_FIELDS.map(headerOf).join('、');
  return `可用的列名：${names}（也可用 GET /cases/import/template.xlsx 模板的表头，或 community、address 等英文代码）`;
}

function fieldCount(row: RawRow): number {
  return row.cells.filter((cell) => meaningOfHeader(textOf(cell)).kind === 'field').length;
}

export function isBlankRow(row: RawRow): boolean {
  return row.cells.every((cell) => textOf(cell) === '');
}

/** A cell's text, trimmed; dates and numbers as their plain string form. */
export function textOf(cell: ImportCellValue): string {
  if (cell === null) return '';
  if (cell instanceof Date) return cell.toISOString();
  return String(cell).trim();
}
