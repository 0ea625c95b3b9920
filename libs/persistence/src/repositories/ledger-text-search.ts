import type { DataSource } from 'typeorm';

/**
 * The expression of the bigram index (CreateLedgerTextSearch1764500000000), written exactly as
 * the index has it, or PostgreSQL cannot use the index for it.
 */
export const TEXT_BIGRAMS = `ledger_text_bigrams(address || E'\\n' || responsible_party)`;

/**
 * How to find a term in the ledger: `walk` the ledger in its order and keep the rows that match
 * (quick when many do: the first page is soon full), or look the rows up in the bigram `index`
 * by a few of the term's rarest bigrams (quick when few do) and sort them.
 */
export type TextSearchPlan =
  { readonly kind: 'walk' } | { readonly kind: 'index'; readonly bigrams: readonly string[] };

/** A term matching at least this share of the ledger is walked for (see planTextSearch). */
export const WALK_SHARE = 0.005;
/** …and at least this many rows: on a small ledger everything is quick. */
export const WALK_MIN_ROWS = 2_000;
/** Bigrams the index is asked for: the rarest few narrow it down almost as well as all. */
const INDEX_BIGRAMS = 3;
/** Bigrams of a long term whose frequency is looked up (the first ones). */
const ESTIMATED_BIGRAMS = 12;
const TTL_MS = 10 * 60_000;
const MAX_CACHED = 5_000;

/** The distinct bigrams of a term as ledger_text_bigrams() makes them (lower case, by character). */
export function bigramsOf(text: string): string[] {
  const chars = [...text.toLowerCase()];
  const grams = chars.slice(0, -1).map((char, i) => char + chars[i + 1]);
  return [...new Set(grams)];
}

/**
 * `text` anywhere in the address or the responsible party, case-insensitively: ILIKE decides.
 * With `bigrams` (some of the term's), the bigram index finds the rows holding them first.
 */
export function textCondition(
  text: string,
  bigrams: readonly string[],
  bind: (value: unknown) => string,
): string {
  const pattern = bind(`%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  const matches = `(address ILIKE ${pattern} OR responsible_party ILIKE ${pattern})`;
  if (bigrams.length === 0) return matches;
  return `${TEXT_BIGRAMS} @> ${bind([...bigrams])}::text[] AND ${matches}`;
}

/**
 * The bigrams a count of every match asks the index for (a count reads all matches, so unlike a
 * ledger page it never gains by walking): a few spread over the term, which narrow it down
 * almost as well as all of them.
 */
export function countingBigrams(text: string): string[] {
  const all = bigramsOf(text);
  if (all.length <= INDEX_BIGRAMS) return all;
  const step = (all.length - 1) / (INDEX_BIGRAMS - 1);
  return Array.from({ length: INDEX_BIGRAMS }, (_, i) => all[Math.round(i * step)]);
}

/**
 * What the row estimates of a term's bigrams settle, or `probe` when they cannot.
 *
 * A term occurs in no more rows than its rarest bigram, and for two characters (one bigram) in
 * exactly those: when that bound is below `walkAt`, the index returns few rows; when a single
 * bigram is above it, walking the ledger fills a page within about 50 / share rows. For longer
 * terms the truth lies between that bound and the product of the bigrams' shares (what
 * PostgreSQL assumes, taking them for independent): 太白路128号 is as rare as the product, while
 * 物业服务有限公司 is as common as its rarest bigram, because words go together. When the two
 * disagree, only counting tells (`probe`). Walking for a rare term reads the whole ledger; using
 * the index for a common one reads every match: both are what this avoids.
 */
export function planTextSearch(
  estimates: ReadonlyMap<string, number>,
  tableRows: number,
): TextSearchPlan | { readonly kind: 'probe'; readonly bigrams: readonly string[] } {
  if (estimates.size === 0) return { kind: 'walk' };
  const walkAt = walkThreshold(tableRows);
  const rarest = [...estimates].sort((a, b) => a[1] - b[1]).slice(0, INDEX_BIGRAMS);
  const bigrams = rarest.map(([gram]) => gram);
  const atMost = rarest[0][1];
  if (atMost < walkAt) return { kind: 'index', bigrams };
  if (estimates.size === 1) return { kind: 'walk' };
  const rows = Math.max(tableRows, 1);
  const ifIndependent = rarest.reduce((product, [, n]) => product * (n / rows), rows);
  return ifIndependent >= walkAt ? { kind: 'walk' } : { kind: 'probe', bigrams };
}

/** Matches above which walking the ledger is quicker than reading every match. */
export function walkThreshold(tableRows: number): number {
  return Math.max(WALK_MIN_ROWS, WALK_SHARE * tableRows);
}

/**
 * Plans text searches with the planner's row estimates for single bigrams (EXPLAIN, which any
 * role that may read the ledger may run; pg_stats hides an index's statistics from non-owners)
 * and, where those cannot settle it, a count of the matches that stops at the threshold. Both
 * are remembered for a few minutes: estimates change with ANALYZE, and a reader paging through
 * a search asks for the same term again at once.
 */
export class LedgerTextSearchPlanner {
  private readonly estimates = new Cache<number>();
  private readonly plans = new Cache<TextSearchPlan>();
  private table?: { rows: number; at: number };

  constructor(private readonly dataSource: DataSource) {}

  async plan(text: string): Promise<TextSearchPlan> {
    const key = text.toLowerCase();
    const known = this.plans.get(key);
    if (known) return known;
    const estimates = new Map<string, number>();
    for (const gram of bigramsOf(text).slice(0, ESTIMATED_BIGRAMS)) {
      estimates.set(gram, await this.estimate(gram));
    }
    const tableRows = await this.tableRows();
    const decided = planTextSearch(estimates, tableRows);
    const plan: TextSearchPlan =
      decided.kind === 'probe'
        ? (await this.count(text, decided.bigrams, walkThreshold(tableRows))) >=
          walkThreshold(tableRows)
          ? { kind: 'walk' }
          : { kind: 'index', bigrams: decided.bigrams }
        : decided;
    this.plans.set(key, plan);
    return plan;
  }

  private async estimate(gram: string): Promise<number> {
    const known = this.estimates.get(gram);
    if (known !== undefined) return known;
    const [{ 'QUERY PLAN': plan }]: { 'QUERY PLAN': { Plan: { 'Plan Rows': number } }[] }[] =
      await this.dataSource.query(
        `EXPLAIN (FORMAT JSON) SELECT 1 FROM hazard_case WHERE ${TEXT_BIGRAMS} @> ARRAY[$1]::text[]`,
        [gram],
      );
    const rows = plan[0].Plan['Plan Rows'];
    this.estimates.set(gram, rows);
    return rows;
  }

  /** Rows holding the term, counted through the index up to `limit`. */
  private async count(text: string, bigrams: readonly string[], limit: number): Promise<number> {
    const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const [{ n }]: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM (
         SELECT 1 FROM hazard_case
          WHERE ${TEXT_BIGRAMS} @> $1::text[] AND (address ILIKE $2 OR responsible_party ILIKE $2)
          LIMIT $3) found`,
      [[...bigrams], pattern, Math.ceil(limit)],
    );
    return n;
  }

  private async tableRows(): Promise<number> {
    if (this.table && Date.now() - this.table.at < TTL_MS) return this.table.rows;
    const [{ rows }]: { rows: number }[] = await this.dataSource.query(
      `SELECT greatest(reltuples, 0)::float8 AS rows FROM pg_class WHERE oid = 'hazard_case'::regclass`,
    );
    this.table = { rows, at: Date.now() };
    return rows;
  }
}

/** A small map whose entries expire after TTL_MS; emptied when it grows past MAX_CACHED. */
class Cache<T> {
  private readonly entries = new Map<string, { value: T; at: number }>();

  get(key: string): T | undefined {
    const entry = this.entries.get(key);
    return entry && Date.now() - entry.at < TTL_MS ? entry.value : undefined;
  }

  set(key: string, value: T): void {
    if (this.entries.size >= MAX_CACHED) this.entries.clear();
    this.entries.set(key, { value, at: Date.now() });
  }
}
