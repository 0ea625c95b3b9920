import { performance } from 'node:perf_hooks';
import { rssBytes } from '../stack/proc';

export interface RssSample {
  /** Seconds since the memory run began. */
  readonly atSeconds: number;
  readonly rssBytes: number;
  /** Case workflows started by then. */
  readonly opened: number;
  readonly phase: string;
}

/** Samples one process's resident set size every few seconds, labelled with the run's phase. */
export class RssSampler {
  readonly samples: RssSample[] = [];
  phase = 'before';
  opened = 0;
  private readonly began = performance.now();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly pid: number,
    intervalMs: number,
  ) {
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
  }

  /** Takes a sample now (also at each phase change, so every phase has one). */
  sample(): RssSample | undefined {
    const rss = rssBytes(this.pid);
    if (rss === undefined) return undefined;
    const sample = {
      atSeconds: (performance.now() - this.began) / 1000,
      rssBytes: rss,
      opened: this.opened,
      phase: this.phase,
    };
    this.samples.push(sample);
    return sample;
  }

  enter(phase: string): void {
    this.sample();
    this.phase = phase;
    this.sample();
  }

  stop(): void {
    clearInterval(this.timer);
    this.sample();
  }
}
