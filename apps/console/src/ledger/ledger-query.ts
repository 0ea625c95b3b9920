// The ledger's filters as the URL carries them (so a board's click-through and a reload keep
// them) and as GET /cases takes them.
import type { paths } from '../api/schema.gen';

export type LedgerQuery = NonNullable<paths['/cases']['get']['parameters']['query']>;

export const FILTER_KEYS = [
  'status',
  'category',
  'severity',
  'department',
  'community',
  'grid',
  'overdue',
  'provisional',
  'dueBefore',
  'dueAfter',
  'q',
] as const;

export function queryFromSearch(search: URLSearchParams): LedgerQuery {
  const query: Record<string, string | boolean> = {};
  for (const key of FILTER_KEYS) {
    const value = search.get(key);
    if (value === null || value === '') continue;
    query[key] = key === 'overdue' || key === 'provisional' ? value === 'true' : value;
  }
  return query;
}

export function searchFromQuery(query: LedgerQuery): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = (query as Record<string, unknown>)[key];
    if (value !== undefined && value !== null && value !== '')
      search.set(key, typeof value === 'string' ? value : JSON.stringify(value));
  }
  return search;
}
