import { dayOfWeek, type LocalDate, yearOf } from './local-date';

/** Where a year's schedule came from: the bundled library, or the office's own entry. */
export type YearSource =
  | { readonly kind: 'built_in'; readonly library: string }
  | {
      readonly kind: 'administered';
      /** The State Council notice, e.g. 国办发明电〔2026〕7号. */
      readonly document: string;
      readonly loadedBy: string;
      readonly loadedAt: string;
    };

/**
 * One year of the State Council's holiday schedule (国务院办公厅关于某年部分节假日安排的通知):
 * every day off (法定节假日 and the weekend days moved next to them) and every weekend day worked
 * to pay for them (调休上班), each with the holiday's name.
 */
export interface StatutoryYear {
  readonly year: number;
  readonly holidays: ReadonlyMap<LocalDate, string>;
  readonly adjustedWorkingDays: ReadonlyMap<LocalDate, string>;
  readonly source: YearSource;
}

export const isWeekend = (date: LocalDate): boolean => {
  const weekday = dayOfWeek(date);
  return weekday === 0 || weekday === 6;
};

/** Whether `date` is worked under this year's schedule; `date` must lie in the year. */
export function worksOn(year: StatutoryYear, date: LocalDate): boolean {
  if (yearOf(date) !== year.year) throw new RangeError(`${date} is not in ${year.year}`);
  if (year.adjustedWorkingDays.has(date)) return true;
  return !isWeekend(date) && !year.holidays.has(date);
}
