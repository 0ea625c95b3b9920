import type { MemoryRun } from '../memory/worker-memory';
import type { RssSample } from '../memory/rss-sampler';
import { ms, operationTable, paragraph, table } from './markdown';
import { MEMORY_TARGET, peakOpenRss } from './targets';

const mib = (bytes: number) => (bytes / 1024 ** 2).toFixed(0);

/** At most this many RSS samples in the document; the rest are summarised per phase. */
const SAMPLE_ROWS = 40;

export function memorySection(memory: MemoryRun): string {
  const peak = peakOpenRss(memory);
  const first = memory.samples[0];
  const opened = memory.samples.filter((s) => s.phase === 'idle').at(-1) ?? memory.samples.at(-1);
  const perCase =
    first && opened && memory.openCases > 0
      ? (opened.rssBytes - first.rssBytes) / memory.openCases
      : NaN;
  const phases = [...new Set(memory.samples.map((s) => s.phase))];
  return `
### The worker's memory with ${memory.openCases.toLocaleString('en')} open cases

${paragraph(
  `\`npm run bench -- --open-cases ${memory.openCases}\` started ${memory.openCases.toLocaleString('en')}`,
  "case workflows straight through Temporal (numbers from the app's own counter), waited until each",
  `had run its first task and been projected (${memory.settledSeconds.toFixed(0)} s after the first`,
  `start), queried ${memory.queries.count} random ones (evicted ones are replayed), then terminated`,
  `${memory.terminated}. The RSS of the worker process (pid ${memory.workerPid},`,
  `\`${memory.workerCommand}\`) was read from /proc every ${memory.sampleSeconds} s and at each phase change.`,
  `**Peak ${mib(peak)} MiB** while the cases were open (limit ${mib(MEMORY_TARGET.rssBytes)} MiB),`,
  `${first ? `${mib(first.rssBytes)} MiB before` : ''}; idle with every case open`,
  `${opened ? `${mib(opened.rssBytes)} MiB` : '–'} ((idle − before) ÷ open cases: ${(perCase / 1024).toFixed(1)} KiB; not a slope to extrapolate,`,
  "the worker keeps at most `WORKER_MAX_CACHED_WORKFLOWS` of them in its workflow cache, 250 unless the stack was started with another value).",
  `Left in the app database: ${memory.left.hazardCaseRows} ledger rows, ${memory.left.auditEvents} audit events.`,
)}

${table(
  ['phase', 'samples', 'RSS min MiB', 'RSS max MiB', 'cases started by its end'],
  phases.map((phase) => {
    const rows = memory.samples.filter((s) => s.phase === phase);
    const rss = rows.map((s) => s.rssBytes);
    return [
      phase,
      String(rows.length),
      mib(Math.min(...rss)),
      mib(Math.max(...rss)),
      String(rows.at(-1)?.opened ?? 0),
    ];
  }),
)}

${paragraph('The RSS over time (evenly thinned to at most', String(SAMPLE_ROWS), 'samples):')}

${table(
  ['seconds', 'phase', 'cases started', 'RSS MiB'],
  thin(memory.samples, SAMPLE_ROWS).map((s) => [
    s.atSeconds.toFixed(0),
    s.phase,
    String(s.opened),
    mib(s.rssBytes),
  ]),
)}

${operationTable([memory.starts, memory.queries])}

${paragraph(`(getCase p50 ${ms(memory.queries.p50)} ms: a case still in the worker's cache answers at once, an evicted one is replayed first.)`)}
`;
}

function thin(samples: readonly RssSample[], count: number): RssSample[] {
  if (samples.length <= count) return [...samples];
  const step = (samples.length - 1) / (count - 1);
  return Array.from({ length: count }, (_, i) => samples[Math.round(i * step)]);
}
