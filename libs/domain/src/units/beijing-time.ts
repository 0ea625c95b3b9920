// How times read in texts users see: Beijing time, `YYYY-MM-DD HH:mm`, dates as 2024年2月10日.
const CHINA_OFFSET_MS = 8 * 3_600_000;

function chinaParts(iso: string) {
  const shifted = new Date(Date.parse(iso) + CHINA_OFFSET_MS).toISOString();
  return { date: shifted.slice(0, 10), time: shifted.slice(11, 16) };
}

/** '2024-02-10 20:00' in Beijing time. */
export function beijingTimeText(iso: string): string {
  const { date, time } = chinaParts(iso);
  return `${date} ${time}`;
}

/** '2024年2月10日' */
export function chineseDateText(iso: string): string {
  const [year, month, day] = chinaParts(iso).date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/**
 * A span as a notice writes it: 2024年2月10日至2月17日 when it runs from midnight to midnight
 * (the end exclusive, so the last day shown is the day before), else with Beijing times.
 */
export function spanText(startsAt: string, endsAt: string): string {
  const start = chinaParts(startsAt);
  const end = chinaParts(endsAt);
  if (start.time === '00:00' && end.time === '00:00') {
    const lastDay = new Date(Date.parse(endsAt) - 1).toISOString();
    const first = chineseDateText(startsAt);
    const last = chineseDateText(lastDay);
    if (first === last) return first;
    return first.slice(0, 4) === last.slice(0, 4)
      ? `${first}至${last.slice(5)}`
      : `${first}至${last}`;
  }
  return `${beijingTimeText(startsAt)}至${beijingTimeText(endsAt)}`;
}
