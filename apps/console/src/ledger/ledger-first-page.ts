// 隐患台账's rows are asked for as the navigation to it starts (the route's loader), not after its
// first render: the page then draws its rows in that render, once, instead of an empty table
// and the rows a round trip later. This module is in the entry chunk; the page is not.
import type { LoaderFunctionArgs } from 'react-router-dom';
import { api, ok } from '../api/client';
import type { LedgerPage } from '../api/types';
import { accessToken } from '../auth/session';
import { type LedgerQuery, queryFromSearch } from './ledger-query';

// 20 rows fill a laptop screen and draw fast on a phone; the next page is one keyset step away.
export const LEDGER_PAGE_SIZE = 20;

/** How long a navigation waits for the rows before the page shows and loads them itself. */
const LOADER_WAIT_MS = 800;

export interface FirstLedgerPage {
  /** The URL's search the page was asked for, as URLSearchParams.toString() gives it. */
  readonly search: string;
  readonly page: LedgerPage;
}

export function requestLedgerPage(query: LedgerQuery, cursor?: string): Promise<LedgerPage> {
  return ok<LedgerPage>(
    api.GET('/cases', {
      params: { query: { ...query, limit: LEDGER_PAGE_SIZE, ...(cursor ? { cursor } : {}) } },
    }),
  );
}

/**
 * The route's loader: the first page for the URL's filters, or null when it fails or takes long
 * (the page then asks again, and shows the error or waits with its own spinner).
 */
export async function ledgerLoader({
  request,
}: LoaderFunctionArgs): Promise<FirstLedgerPage | null> {
  if (!accessToken()) return null; // signed out: 登录 first
  const search = new URL(request.url).searchParams;
  const page = await Promise.race([
    requestLedgerPage(queryFromSearch(search)).catch(() => undefined),
    new Promise<undefined>((resolve) => setTimeout(resolve, LOADER_WAIT_MS)),
  ]);
  return page ? { search: search.toString(), page } : null;
}
