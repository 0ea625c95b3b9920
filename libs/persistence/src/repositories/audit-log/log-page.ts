/** A page of a log, newest first; `before` is the id the previous page ended at. */
export interface LogPageRequest {
  readonly limit: number;
  readonly before?: string;
  /** Inclusive lower and exclusive upper bound of the entries' time. */
  readonly from?: string;
  readonly to?: string;
}

export interface LogPage<T> {
  readonly items: readonly T[];
  /** The id to continue before; absent on the last page. */
  readonly nextBefore?: string;
}

/**
 * WHERE conditions and parameters for a keyset page of an append-only log whose bigserial `id`
 * grows with its time column, plus the filters each log adds (`[sql with ?, value]`, value
 * bound in order). One more row than asked for tells whether another page follows.
 */
export function pageQuery(
  table: string,
  timeColumn: string,
  columns: string,
  request: LogPageRequest,
  filters: readonly (readonly [string, unknown])[],
): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const bind = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const where: string[] = [];
  for (const [condition, value] of filters)
    where.push(condition.replaceAll('?', () => bind(value)));
  if (request.from !== undefined) where.push(`${timeColumn} >= ${bind(request.from)}::timestamptz`);
  if (request.to !== undefined) where.push(`${timeColumn} < ${bind(request.to)}::timestamptz`);
  if (request.before !== undefined) where.push(`id < ${bind(request.before)}::bigint`);
  const sql = `SELECT ${columns} FROM ${table}
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY id DESC LIMIT ${bind(request.limit + 1)}`;
  return { sql, params };
}

export function toPage<R extends { id: string }, T>(
  rows: readonly R[],
  limit: number,
  map: (row: R) => T,
): LogPage<T> {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return rows.length > limit && last
    ? { items: page.map(map), nextBefore: last.id }
    : { items: page.map(map) };
}
