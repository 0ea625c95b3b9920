import { fromDayNumber, toDayNumber } from './local-date';
import { isWeekend } from './statutory-year';

/** A year's schedule as an administrator enters it (国务院办公厅关于某年部分节假日安排的通知). */
export interface StatutoryYearEntry {
  readonly year: number;
  readonly document: string;
  readonly holidays: readonly { readonly date: string; readonly name: string }[];
  readonly adjustedWorkingDays: readonly { readonly date: string; readonly name: string }[];
}

/** One thing wrong with an entry: the day (as entered) and the reason. */
export interface YearEntryProblem {
  readonly field: string;
  readonly date: string;
  readonly reason: string;
}

/**
 * Every problem with an entered year, in the order entered: a day that does not exist, a day
 * outside the year, a day listed twice, an adjusted working day (调休上班) that is not a weekend
 * day. An empty list means the entry can be loaded.
 */
export function validateYearEntry(entry: StatutoryYearEntry): YearEntryProblem[] {
  const problems: YearEntryProblem[] = [];
  const seen = new Map<string, string>();
  const check = (
    list: StatutoryYearEntry['holidays'],
    field: 'holidays' | 'adjustedWorkingDays',
  ) => {
    list.forEach(({ date }, index) => {
      const at = `${field}[${index}]`;
      if (!existingDate(date)) {
        problems.push({ field: at, date, reason: `${date} is not a date that exists` });
        return;
      }
      if (Number(date.slice(0, 4)) !== entry.year) {
        problems.push({ field: at, date, reason: `${date} is outside the year ${entry.year}` });
        return;
      }
      const earlier = seen.get(date);
      if (earlier) {
        problems.push({ field: at, date, reason: `${date} is listed twice (also ${earlier})` });
        return;
      }
      seen.set(date, at);
      if (field === 'adjustedWorkingDays' && !isWeekend(date)) {
        problems.push({
          field: at,
          date,
          reason: `${date} is not a Saturday or Sunday, so it cannot be an adjusted working day`,
        });
      }
    });
  };
  check(entry.holidays, 'holidays');
  check(entry.adjustedWorkingDays, 'adjustedWorkingDays');
  return problems;
}

function existingDate(date: string): boolean {
  try {
    return fromDayNumber(toDayNumber(date)) === date;
  } catch {
    return false;
  }
}
