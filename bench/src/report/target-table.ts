import { ratio as formatRatio, table } from './markdown';
import type { TargetResult } from './targets';

const MARK: Record<TargetResult['verdict'], string> = {
  met: '**met**',
  missed: '**missed**',
  'not measured': 'not measured',
  'met at fewer cases': 'met at fewer cases',
};

/** Issue 13's targets as a table: what each is compared with, in this run and before. */
export function targetTable(results: readonly TargetResult[]): string {
  return table(
    ['target', 'baseline (same run)', 'measured', 'ratio', 'goal', 'verdict', 'before issue 13'],
    results.map((r) => [
      r.target,
      r.baseline,
      r.measured,
      ratioText(r.ratio),
      r.goal,
      MARK[r.verdict],
      r.before ?? '–',
    ]),
  );
}

/** The same, one line each, for the terminal. */
export function printTargets(
  results: readonly TargetResult[],
  print: (line: string) => void,
): void {
  for (const r of results) {
    print(
      `target: ${r.target}: ${r.measured} against ${r.baseline} = ${ratioText(r.ratio)} (goal ${r.goal}): ${r.verdict}`,
    );
  }
}

function ratioText(value: number): string {
  return Number.isFinite(value) && value < 10 ? `${value.toFixed(2)}×` : formatRatio(value);
}
