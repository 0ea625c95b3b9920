// The package's own data rather than its functions: chinese-days parses 'YYYY-MM-DD' as UTC but
// then reads it with the host's local-time getters, so west of UTC isWorkday('2024-02-19') (a
// Monday) answers false; and it reads a Date in the host's zone, not China's. Plain lookups in its
// published table avoid both.
import schedule from 'chinese-days/dist/chinese-days.json';

/** Days off by State Council notice (法定节假日 and the days moved next to them by 调休). */
export const STATUTORY_HOLIDAYS: ReadonlySet<string> = new Set(Object.keys(schedule.holidays));

/** Weekend days worked to pay for a longer holiday (调休上班). */
export const ADJUSTED_WORKING_DAYS: ReadonlySet<string> = new Set(Object.keys(schedule.workdays));

/** Every year for which the table holds at least one holiday. */
export const SCHEDULED_YEARS: readonly number[] = [
  ...new Set(Object.keys(schedule.holidays).map((date) => Number(date.slice(0, 4)))),
].sort((a, b) => a - b);
