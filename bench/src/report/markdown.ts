import type { OperationStats } from '../stats';

export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

/**
 * One paragraph on one line: Prettier keeps prose as written (proseWrap "preserve"), so a
 * paragraph wrapped around interpolated figures would keep ragged breaks.
 */
export function paragraph(...parts: readonly string[]): string {
  return parts.join(' ');
}

export function ms(value: number): string {
  if (!Number.isFinite(value)) return '–';
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

export function ratio(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(1)}×` : '–';
}

export function operationTable(rows: readonly OperationStats[]): string {
  return table(
    ['operation', 'count', 'errors', 'ops/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms'],
    rows.map((r) => [
      r.operation.startsWith('overall') ? `**${r.operation}**` : r.operation,
      String(r.count),
      String(r.errors),
      r.throughput.toFixed(1),
      ms(r.p50),
      ms(r.p95),
      ms(r.p99),
      ms(r.max),
    ]),
  );
}
