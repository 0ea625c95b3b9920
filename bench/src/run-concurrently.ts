import { performance } from 'node:perf_hooks';

/** Per-operation latencies of one phase, and how long the whole phase took. */
export interface TimedPhase {
  readonly samples: number[];
  readonly wallMs: number;
  readonly failures: readonly Error[];
}

/**
 * Runs `task` once per item with at most `concurrency` in flight, timing each call. A failure is
 * recorded, not thrown, so the caller sees how many failed and can still clean up.
 */
export async function timeConcurrently<T>(
  items: readonly T[],
  concurrency: number,
  task: (item: T, index: number) => Promise<void>,
): Promise<TimedPhase> {
  const samples: number[] = [];
  const failures: Error[] = [];
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      const started = performance.now();
      try {
        await task(items[index], index);
        samples.push(performance.now() - started);
      } catch (error) {
        failures.push(error instanceof Error ? error : new Error(String(error)));
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, lane));
  return { samples, wallMs: performance.now() - started, failures };
}
