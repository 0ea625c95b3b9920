import type { LocalDate } from './local-date';

/**
 * A date in a year whose statutory schedule is not known. Deadline planning catches it and
 * counts Monday to Friday instead, marking the deadline provisional; everything else fails loudly,
 * since guessing would count Spring Festival as working days.
 */
export class CalendarCoverageError extends Error {
  constructor(
    readonly date: LocalDate,
    readonly coveredYears: readonly number[],
  ) {
    super(
      `No statutory working-day calendar for ${date}: covered years are ${spans(coveredYears)}`,
    );
    this.name = 'CalendarCoverageError';
  }

  get year(): number {
    return Number(this.date.slice(0, 4));
  }
}

/** [2004, 2005, …, 2026, 2028] → "2004–2026, 2028" */
function spans(years: readonly number[]): string {
  const parts: string[] = [];
  let start: number | undefined;
  let previous: number | undefined;
  for (const year of [...years, Number.NaN]) {
    if (previous !== undefined && year === previous + 1) {
      previous = year;
      continue;
    }
    if (start !== undefined && previous !== undefined)
      parts.push(start === previous ? `${start}` : `${start}–${previous}`);
    start = year;
    previous = year;
  }
  return parts.length > 0 ? parts.join(', ') : 'none';
}
