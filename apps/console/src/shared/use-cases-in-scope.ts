// Every case of the ledger in the user's scope, page by page (200 at a time), for the boards
// that count by date and colour. A department's open cases are hundreds, not tens of
// thousands; the statistics endpoint (issue 12) will count on the server when it lands.
import { api, ok } from '../api/client';
import type { CaseView, LedgerItem, LedgerPage } from '../api/types';
import type { LedgerQuery } from '../ledger/ledger-query';
import { useLoad } from './use-load';

const MAX_PAGES = 50;

export async function allCases(query: LedgerQuery = {}): Promise<LedgerItem[]> {
  const rows: LedgerItem[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const result = await ok<LedgerPage>(
      api.GET('/cases', {
        params: { query: { ...query, limit: 200, ...(cursor ? { cursor } : {}) } },
      }),
    );
    rows.push(...result.items);
    cursor = result.nextCursor;
    if (!cursor) break;
  }
  return rows;
}

const FINISHED = new Set(['closed', 'voided']);

export function useOpenCases() {
  return useLoad(
    async () => (await allCases()).filter((c) => !FINISHED.has(c.status)),
    'open-cases',
  );
}

/** The workflow's view of each case (obligations, rungs), a few requests at a time. */
export async function caseViews(rows: readonly LedgerItem[], concurrency = 6): Promise<CaseView[]> {
  const views: CaseView[] = [];
  let next = 0;
  const worker = async () => {
    while (next < rows.length) {
      const { caseNumber } = rows[next++];
      views.push(
        await ok<CaseView>(api.GET('/cases/{caseNumber}', { params: { path: { caseNumber } } })),
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, rows.length) }, worker));
  return views;
}
