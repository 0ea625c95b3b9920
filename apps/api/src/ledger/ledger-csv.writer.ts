import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { formatChinaDateTime } from '@firecase/domain';
import type { SheetCell, SheetColumn, SheetLayout, SheetRows } from './sheet-layout';

/**
 * Writes the ledger as RFC 4180 CSV, pulling the next batch only when `out` wants more. The BOM
 * is what makes Excel read the file as UTF-8 (Chinese text) rather than in the local code page.
 */
export async function writeLedgerCsv(
  layout: SheetLayout,
  batches: SheetRows,
  out: Writable,
): Promise<void> {
  await pipeline(
    Readable.from(rowsOf(layout.columns, batches)),
    stringify({
      bom: true,
      header: true,
      columns: layout.columns.map(({ header }, i) => ({ key: String(i), header })),
      record_delimiter: 'windows',
      // With an explicit delimiter csv-stringify no longer quotes a lone \n inside a field.
      quote_record_delimiter: true,
      // The file is made for Excel, where a cell beginning with = + - or @ runs as a formula.
      escape_formulas: true,
      cast: { boolean: (value) => String(value) },
    }),
    out,
  );
}

async function* rowsOf(
  columns: readonly SheetColumn[],
  batches: SheetRows,
): AsyncGenerator<Record<string, SheetCell>> {
  for await (const batch of batches) {
    for (const cells of batch) {
      yield Object.fromEntries(cells.map((cell, i) => [String(i), csvCell(columns[i], cell)]));
    }
  }
}

function csvCell(column: SheetColumn, cell: SheetCell): SheetCell {
  return column.kind === 'instant' && typeof cell === 'string' ? formatChinaDateTime(cell) : cell;
}
