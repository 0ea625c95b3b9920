import type { LedgerReport } from '../ledger/ledger-benchmark';
import { ms } from './markdown';
import type { TargetResult } from './targets';

/** Issue 13: each Chinese text search, 2 characters or longer, p95 ≤ 50 ms on 1,000,000 rows. */
export const TEXT_SEARCH_P95_MS = 50;
const TARGET_ROWS = 1_000_000;

/**
 * Each text search of the last round (with the text search migration) through the repository,
 * beside the plain SQL (ILIKE) timed alternately with it on the same rows.
 */
export function evaluateLedger(report: LedgerReport): TargetResult[] {
  const after = report.phases.at(-1);
  if (!after) return [];
  const before = report.phases.length > 1 ? report.phases[0] : undefined;
  const size = report.rows >= TARGET_ROWS ? '' : ` (${report.rows.toLocaleString('en')} rows)`;
  return after.timings
    .filter((t) => t.name.startsWith('text search') && t.repository)
    .map((t) => {
      const p95 = t.repository!.p95;
      const earlier = before?.timings.find((b) => b.name === t.name);
      return {
        target: `${t.name.replace(/ \(.*\)$/, '')}, p95${size}`,
        measured: `p95 ${ms(p95)} ms`,
        baseline: `plain SQL (ILIKE) p95 ${ms(t.plain.p95)} ms`,
        ratio: p95 / t.plain.p95,
        goal: `p95 ≤ ${TEXT_SEARCH_P95_MS} ms`,
        verdict:
          p95 > TEXT_SEARCH_P95_MS
            ? 'missed'
            : report.rows >= TARGET_ROWS
              ? 'met'
              : 'met at fewer cases',
        before: earlier ? `p95 ${ms(earlier.plain.p95)} ms (pg_trgm, same run)` : undefined,
      };
    });
}

export const ledgerTargetsNote = [
  'Each search through `HazardCaseLedgerRepository.list` (with the text search migration) beside',
  'the plain SQL (ILIKE) timed alternately with it on the same rows; "before" is the ILIKE on the',
  'schema without the migration (pg_trgm), earlier in the same run.',
].join(' ');
