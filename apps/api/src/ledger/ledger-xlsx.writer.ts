import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { stream } from 'exceljs';
import type { LedgerRow } from '@firecase/persistence';
import { LEDGER_COLUMNS } from './ledger-columns';

export const LEDGER_SHEET_NAME = '隐患台账';

/**
 * Writes the ledger as an XLSX workbook through exceljs's streaming writer: each row is
 * committed (serialised and released) as it is added, and after each batch the writer waits
 * until `out` has drained, so a slow client holds back the queries instead of filling memory.
 * Dates stay ISO 8601 text, as in the JSON and the CSV, rather than time-zone-less Excel dates.
 */
export async function writeLedgerXlsx(
  batches: AsyncIterable<readonly LedgerRow[]>,
  out: Writable,
): Promise<void> {
  const workbook = new stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(LEDGER_SHEET_NAME, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = LEDGER_COLUMNS.map(({ key, width }) => ({ header: key, key, width }));
  sheet.getRow(1).font = { bold: true };
  for await (const batch of batches) {
    for (const row of batch) sheet.addRow(row).commit();
    await drained(out);
    // The client went away: stop querying; there is no one to finish the workbook for.
    if (out.destroyed) return;
  }
  sheet.commit();
  // exceljs waits for 'finish', which a response the client has left never emits.
  await Promise.race([workbook.commit(), once(out, 'close')]);
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
