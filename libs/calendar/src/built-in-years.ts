// The package's own data rather than its functions: chinese-days parses 'YYYY-MM-DD' as UTC but
// then reads it with the host's local-time getters, so west of UTC isWorkday('2024-02-19') (a
// Monday) answers false; and it reads a Date in the host's zone, not China's. Plain lookups in its
// published table avoid both.
import schedule from 'chinese-days/dist/chinese-days.json';
import type { LocalDate } from './local-date';
import type { StatutoryYear } from './statutory-year';

export const BUILT_IN_LIBRARY = 'chinese-days@1.5.7';

/** Every year chinese-days carries a schedule for, as StatutoryYears (2004–2026 in 1.5.7). */
export function builtInYears(): StatutoryYear[] {
  const years = new Map<
    number,
    { holidays: Map<LocalDate, string>; worked: Map<LocalDate, string> }
  >();
  const entry = (date: string) => {
    const year = Number(date.slice(0, 4));
    let found = years.get(year);
    if (!found) {
      found = { holidays: new Map(), worked: new Map() };
      years.set(year, found);
    }
    return found;
  };
  for (const [date, label] of Object.entries(schedule.holidays)) {
    entry(date).holidays.set(date, chineseName(label));
  }
  for (const [date, label] of Object.entries(schedule.workdays)) {
    entry(date).worked.set(date, chineseName(label));
  }
  return [...years.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, { holidays, worked }]) => ({
      year,
      holidays,
      adjustedWorkingDays: worked,
      source: { kind: 'built_in', library: BUILT_IN_LIBRARY },
    }));
}

/** "Spring Festival,春节,3" → 春节 */
function chineseName(label: string): string {
  return label.split(',')[1] ?? label;
}
