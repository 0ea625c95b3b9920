import { type ChinaDate, isChinaDate } from '@firecase/domain';

/** '2024-03-05' → '2024年3月5日', as dates are written in official documents. */
export function chinaDateText(date: ChinaDate): string {
  if (!isChinaDate(date)) throw new RangeError(`not a date (YYYY-MM-DD): "${date}"`);
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}
