import type { LocalDate } from './local-date';

/** From this day of each year (MM-DD) the office is warned while next year is not loaded. */
export const NEXT_YEAR_WARNING_FROM = '11-01';

/**
 * What an administrator should be told about the calendar on `today` (a China date): the
 * current year missing, or from 1 November next year's schedule not loaded yet (the State Council
 * usually publishes it in November).
 */
export function calendarWarnings(coveredYears: readonly number[], today: LocalDate): string[] {
  const year = Number(today.slice(0, 4));
  const warnings: string[] = [];
  if (!coveredYears.includes(year)) {
    warnings.push(`${year}年法定节假日安排尚未录入：本年的工作日期限均按周一至周五暂计`);
  }
  if (today.slice(5) >= NEXT_YEAR_WARNING_FROM && !coveredYears.includes(year + 1)) {
    warnings.push(
      `${year + 1}年法定节假日安排尚未录入：国务院办公厅通知发布后请及时录入，跨年期限暂按周一至周五计算`,
    );
  }
  return warnings;
}
