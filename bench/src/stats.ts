/** Latency and throughput of one kind of operation. */
export interface OperationStats {
  readonly operation: string;
  readonly count: number;
  readonly errors: number;
  /** Operations per second of wall time, with the run's concurrency. */
  readonly throughput: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
}

/** Nearest-rank percentile of ascending samples (p in 0..100); NaN when there are none. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function ascending(samples: readonly number[]): number[] {
  return [...samples].sort((a, b) => a - b);
}

export function operationStats(
  operation: string,
  samples: readonly number[],
  wallMs: number,
  errors = 0,
): OperationStats {
  const sorted = ascending(samples);
  return {
    operation,
    count: samples.length,
    errors,
    throughput: wallMs > 0 ? (samples.length / wallMs) * 1000 : Number.NaN,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
  };
}
