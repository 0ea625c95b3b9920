import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { machineCpuTicks } from './proc';

interface LoadSample {
  readonly at: number;
  readonly load1: number;
  /** Share of the machine's CPU time that was busy since the previous sample (0..1). */
  readonly busy: number;
}

/** The machine's load over a stretch of the run (the machine is shared with other work). */
export interface LoadSummary {
  readonly samples: number;
  readonly load1Min: number;
  readonly load1Max: number;
  readonly load1Mean: number;
  /** Share of all cores' time that was busy, by anyone (0..1). */
  readonly busy: number;
}

/**
 * Samples the 1-minute load average and the machine's busy CPU share every few seconds while the
 * bench runs, so each round's figures can be read beside how busy the machine was meanwhile.
 */
export class LoadSampler {
  private readonly samples: LoadSample[] = [];
  private readonly timer: NodeJS.Timeout;
  private last = machineCpuTicks();

  constructor(intervalMs = 2_000) {
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
    this.sample();
  }

  /** An instant to summarise from or to; sampled, so that even a short stretch has a sample. */
  now(): number {
    this.sample();
    return performance.now();
  }

  /** What the machine did between two of `now()`'s instants (the sample at `to` included). */
  summary(from: number, to: number): LoadSummary {
    const inside = this.samples.filter((s) => s.at >= from - 1 && s.at <= to + 1);
    const loads = inside.map((s) => s.load1);
    const busyOf = inside.filter((s) => Number.isFinite(s.busy));
    return {
      samples: inside.length,
      load1Min: Math.min(...loads),
      load1Max: Math.max(...loads),
      load1Mean: loads.reduce((a, b) => a + b, 0) / Math.max(1, loads.length),
      busy: busyOf.reduce((a, s) => a + s.busy, 0) / Math.max(1, busyOf.length),
    };
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private sample(): void {
    const ticks = machineCpuTicks();
    const total = ticks.total - this.last.total;
    const busy = total > 0 ? (ticks.busy - this.last.busy) / total : Number.NaN;
    this.last = ticks;
    this.samples.push({ at: performance.now(), load1: loadavg()[0], busy });
  }
}
