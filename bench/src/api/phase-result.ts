import { BenchAbort } from '../bench-abort';
import type { TimedPhase } from '../run-concurrently';
import { type OperationStats, operationStats } from '../stats';

/** A measured phase must be clean: one failed request makes its figures meaningless. */
export function requireClean(operation: string, phase: TimedPhase): void {
  if (phase.failures.length > 0) {
    throw new BenchAbort(
      `${phase.failures.length} of ${phase.failures.length + phase.samples.length} "${operation}" calls failed; the first: ${phase.failures[0].message}`,
    );
  }
}

/** Per-operation rows plus an "overall" row over every sample and the summed wall time. */
export function withOverall(
  label: string,
  phases: readonly { operation: string; phase: TimedPhase }[],
): OperationStats[] {
  const rows = phases.map(({ operation, phase }) =>
    operationStats(operation, phase.samples, phase.wallMs, phase.failures.length),
  );
  const all = phases.flatMap(({ phase }) => phase.samples);
  const wall = phases.reduce((sum, { phase }) => sum + phase.wallMs, 0);
  const errors = phases.reduce((sum, { phase }) => sum + phase.failures.length, 0);
  return [...rows, operationStats(label, all, wall, errors)];
}
