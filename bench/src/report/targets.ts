import type { ApiRound, ApiRun } from '../api/api-benchmark';
import type { MemoryRun } from '../memory/worker-memory';
import type { OperationStats } from '../stats';

/** "met at fewer cases": within the limit, but measured below the target's size. */
export type Verdict = 'met' | 'missed' | 'not measured' | 'met at fewer cases';

/** One of issue 13's targets, as this run measured it. */
export interface TargetResult {
  readonly target: string;
  readonly measured: string;
  readonly baseline: string;
  /** Measured ÷ baseline, as the target compares them. */
  readonly ratio: number;
  readonly goal: string;
  readonly verdict: Verdict;
  /** The same ratio before issue 13's work, where it was measured (see BEFORE). */
  readonly before?: string;
}

/**
 * The ratios before issue 13's work: c=16 from the bench run quoted in issue 13 (2026-12-01,
 * 200 cases), c=1 from the separate 50-case run of 2026-11-28 described in docs/benchmarks.md;
 * the notice against the slowest other action from the c=16 run of 2026-11-28 (the issue quotes
 * only the pooled actions).
 */
export const BEFORE = {
  actionLatency: '9.1× (110 ms ÷ 12 ms, 2026-11-28)',
  actionThroughput: '0.12× (15.9 ÷ 128.7/s)',
  openLatency: '4.4× (66 ms ÷ 15 ms, 2026-11-28)',
  openThroughput: '0.27× (24.0 ÷ 90.2/s)',
  noticeLoaded: '1.9× (1,961 ÷ 1,029 ms, report rectification, 2026-11-28)',
} as const;

export const NOTICE = 'issue notice';

/** The round at a concurrency, if the run had one. */
export function roundAt(run: ApiRun, concurrency: number): ApiRound | undefined {
  return run.rounds.find((round) => round.concurrency === concurrency);
}

/** The loaded round: the one with the most requests in flight. */
export function loadedRound(run: ApiRun): ApiRound {
  return [...run.rounds].sort((a, b) => b.concurrency - a.concurrency)[0];
}

export function baselineRow(round: ApiRound, operation: 'start workflow' | 'update (touch)') {
  const row = round.baseline.find((r) => r.operation === operation);
  if (!row) throw new Error(`no "${operation}" row in the baseline`);
  return row;
}

export function apiRow(round: ApiRound, operation: string): OperationStats {
  const row = round.api.operations.find((r) => r.operation.startsWith(operation));
  if (!row) throw new Error(`no "${operation}" row in the case API's results`);
  return row;
}

/** The actions other than issuing a notice (each one workflow update behind the API). */
export function otherActions(round: ApiRound): OperationStats[] {
  return round.api.operations.filter(
    (r) =>
      !r.operation.startsWith('overall') &&
      !r.operation.startsWith('open') &&
      !r.operation.startsWith(NOTICE),
  );
}

const ms = (value: number) => `${value >= 100 ? value.toFixed(0) : value.toFixed(1)} ms`;
const perSecond = (value: number) => `${value.toFixed(1)}/s`;

/**
 * Issue 13's targets against their baselines from the same run: latency targets at concurrency 1
 * (no queueing), throughput targets at the loaded concurrency. Notice issuing passes when its p50
 * is no higher than the slowest of the other four actions' in the same round.
 */
export function evaluateTargets(run: ApiRun): TargetResult[] {
  const serial = roundAt(run, 1);
  const loaded = loadedRound(run);
  const loadedLabel = `c=${loaded.concurrency}`;
  const results: TargetResult[] = [];
  const latency = (
    target: string,
    round: ApiRound | undefined,
    api: (r: ApiRound) => OperationStats,
    bare: 'start workflow' | 'update (touch)',
    limit: number,
    before: string,
  ) => {
    if (!round) return results.push(notMeasured(target, `p50 ≤ ${limit}× bare`));
    const a = api(round);
    const b = baselineRow(round, bare);
    const ratio = a.p50 / b.p50;
    results.push({
      target,
      measured: `p50 ${ms(a.p50)}`,
      baseline: `bare ${bare === 'start workflow' ? 'start' : 'update'} p50 ${ms(b.p50)}`,
      ratio,
      goal: `≤ ${limit}×`,
      verdict: ratio <= limit ? 'met' : 'missed',
      before,
    });
  };
  const throughput = (
    target: string,
    api: (r: ApiRound) => OperationStats,
    bare: 'start workflow' | 'update (touch)',
    limit: number,
    before: string,
  ) => {
    if (loaded.concurrency === 1) return results.push(notMeasured(target, `≥ ${limit}× bare`));
    const a = api(loaded);
    const b = baselineRow(loaded, bare);
    const ratio = a.throughput / b.throughput;
    results.push({
      target,
      measured: perSecond(a.throughput),
      baseline: `bare ${bare === 'start workflow' ? 'starts' : 'updates'} ${perSecond(b.throughput)}`,
      ratio,
      goal: `≥ ${limit}×`,
      verdict: ratio >= limit ? 'met' : 'missed',
      before,
    });
  };
  const open = (r: ApiRound) => apiRow(r, 'open');
  const actions = (r: ApiRound) => r.api.actions;
  const touch = 'update (touch)';
  const start = 'start workflow';
  latency(
    'a case action (five pooled), p50 at c=1',
    serial,
    actions,
    touch,
    2,
    BEFORE.actionLatency,
  );
  throughput(
    `a case action, throughput at ${loadedLabel}`,
    actions,
    touch,
    0.5,
    BEFORE.actionThroughput,
  );
  latency('opening a case, p50 at c=1', serial, open, start, 1.5, BEFORE.openLatency);
  throughput(
    `opening a case, throughput at ${loadedLabel}`,
    open,
    start,
    0.8,
    BEFORE.openThroughput,
  );
  for (const round of [serial, loaded === serial ? undefined : loaded]) {
    if (!round) continue;
    const notice = apiRow(round, NOTICE);
    const slowest = otherActions(round).sort((a, b) => b.p50 - a.p50)[0];
    const ratio = notice.p50 / slowest.p50;
    results.push({
      target: `issuing a notice, p50 at c=${round.concurrency}`,
      measured: `p50 ${ms(notice.p50)}`,
      baseline: `slowest other action (${slowest.operation.replace(/ \(.*/, '')}) p50 ${ms(slowest.p50)}`,
      ratio,
      goal: '≤ 1×',
      verdict: ratio <= 1 ? 'met' : 'missed',
      before: round === loaded && round.concurrency === 16 ? BEFORE.noticeLoaded : undefined,
    });
  }
  return results;
}

function notMeasured(target: string, goal: string): TargetResult {
  return { target, measured: '–', baseline: '–', ratio: Number.NaN, goal, verdict: 'not measured' };
}

/** The memory target: the worker's RSS with 100,000 open cases. */
export const MEMORY_TARGET = { openCases: 100_000, rssBytes: 512 * 1024 ** 2 } as const;

const mib = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MiB`;

/**
 * Peak worker RSS while the run's cases were open (before they were terminated). A run with fewer
 * than 100,000 open cases can meet the limit only at its own size: it says so rather than pass.
 */
export function evaluateMemory(memory: MemoryRun | undefined): TargetResult {
  const target = `worker RSS with ${MEMORY_TARGET.openCases.toLocaleString('en')} open cases`;
  const goal = `≤ ${mib(MEMORY_TARGET.rssBytes)}`;
  if (!memory) return notMeasured(target, goal);
  const peak = peakOpenRss(memory);
  const ratio = peak / MEMORY_TARGET.rssBytes;
  const full = memory.openCases >= MEMORY_TARGET.openCases;
  return {
    target: full
      ? target
      : `worker RSS with ${memory.openCases.toLocaleString('en')} open cases (of ${MEMORY_TARGET.openCases.toLocaleString('en')})`,
    measured: `peak ${mib(peak)}`,
    baseline: `limit ${mib(MEMORY_TARGET.rssBytes)}; before opening ${mib(memory.samples[0]?.rssBytes ?? NaN)}`,
    ratio,
    goal,
    verdict: ratio > 1 ? 'missed' : full ? 'met' : 'met at fewer cases',
  };
}

/** The highest RSS sampled from the first start until the cases were terminated. */
export function peakOpenRss(memory: MemoryRun): number {
  const open = memory.samples.filter((s) => s.phase !== 'terminated' && s.phase !== 'before');
  return Math.max(...open.map((s) => s.rssBytes));
}
