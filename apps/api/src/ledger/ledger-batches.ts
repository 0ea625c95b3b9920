import type { LedgerRow } from '@firecase/persistence';
import type { LedgerPage } from '../cases/case-ledger.service';
import { type LedgerFilterQuery, ListCasesQuery } from '../cases/dto/list-cases.query';

/** Rows per query: one keyset page of the ledger is all an export holds in memory at a time. */
export const EXPORT_BATCH_SIZE = 500;

/**
 * Every ledger row matching the filter, in the order of GET /cases, one keyset page at a time.
 * Paged through CaseLedgerService itself, so the export cannot drift from the JSON list. Each
 * page is its own query: no connection is held while a slow client downloads, at the price that
 * a case whose due date moves during the export may appear on two pages or on none, as with
 * paging GET /cases by hand.
 */
export async function* ledgerBatches(
  ledger: { list(query: ListCasesQuery): Promise<LedgerPage> },
  filter: LedgerFilterQuery,
  batchSize = EXPORT_BATCH_SIZE,
): AsyncGenerator<readonly LedgerRow[]> {
  let cursor: string | undefined;
  do {
    const page = await ledger.list(
      Object.assign(new ListCasesQuery(), filter, { limit: batchSize, cursor }),
    );
    if (page.items.length > 0) yield page.items;
    cursor = page.nextCursor;
  } while (cursor !== undefined);
}

/**
 * Runs the source up to its first item before anything is sent, so that a failing first query
 * still gets the API's error body instead of a download cut short.
 */
export async function prefetched<T>(source: AsyncGenerator<T>): Promise<AsyncGenerator<T>> {
  const first = await source.next();
  return (async function* () {
    if (first.done) return;
    yield first.value;
    yield* source;
  })();
}
