/** A fraction 0…1 as the office writes a rate: '66.7%'; '—' when there is none (no cases). */
export function percent(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${(rate * 100).toFixed(1)}%`;
}
