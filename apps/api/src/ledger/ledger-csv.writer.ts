import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { LedgerRow } from '@firecase/persistence';
import { LEDGER_COLUMNS } from './ledger-columns';

/**
 * Writes the ledger as RFC 4180 CSV, pulling the next batch only when `out` wants more. The BOM
 * is what makes Excel read the file as UTF-8 (Chinese text) rather than in the local code page.
 */
export async function writeLedgerCsv(
  batches: AsyncIterable<readonly LedgerRow[]>,
  out: Writable,
): Promise<void> {
  await pipeline(
    Readable.from(rowsOf(batches)),
    stringify({
      bom: true,
      header: true,
      columns: LEDGER_COLUMNS.map(({ key }) => ({ key, header: key })),
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

async function* rowsOf(batches: AsyncIterable<readonly LedgerRow[]>): AsyncGenerator<LedgerRow> {
  for await (const batch of batches) yield* batch;
}
