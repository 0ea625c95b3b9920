// Every time a user sees is Beijing time (China Standard Time, UTC+8, no daylight saving),
// written YYYY-MM-DD HH:mm, whatever the browser's own zone: one helper for the whole console.
const CHINA_OFFSET_MS = 8 * 3_600_000;

function chinaParts(iso: string): string | undefined {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return undefined;
  return new Date(ms + CHINA_OFFSET_MS).toISOString();
}

/** '2024-02-19 17:30' for an instant; '—' when there is none. */
export function beijingTime(iso: string | null | undefined): string {
  const shifted = iso ? chinaParts(iso) : undefined;
  return shifted ? `${shifted.slice(0, 10)} ${shifted.slice(11, 16)}` : '—';
}

/** '2024-02-19' for an instant: the China date. */
export function beijingDate(iso: string | null | undefined): string {
  const shifted = iso ? chinaParts(iso) : undefined;
  return shifted ? shifted.slice(0, 10) : '—';
}

/** The instant of a Beijing wall-clock time 'YYYY-MM-DD HH:mm', as the API takes it (+08:00). */
export function beijingInstant(dateTime: string): string {
  const [date, time = '00:00'] = dateTime.trim().split(/[ T]/);
  return `${date}T${time.length === 5 ? `${time}:00` : time}+08:00`;
}

/** Now, as the API takes an instant: Beijing wall clock with its offset. */
export function beijingNow(now = Date.now()): string {
  return `${new Date(now + CHINA_OFFSET_MS).toISOString().slice(0, 19)}+08:00`;
}

/**
 * A period as the office writes it. The API's end is exclusive (24:00 of the last day), so whole
 * days read '2024-02-10 至 2024-02-17'; a period that does not start and end at midnight shows
 * its times.
 */
export function beijingPeriod(startsAt: string, endsAt: string): string {
  const start = beijingTime(startsAt);
  const end = beijingTime(endsAt);
  if (start.endsWith(' 00:00') && end.endsWith(' 00:00')) {
    return `${start.slice(0, 10)} 至 ${beijingDate(new Date(Date.parse(endsAt) - 1).toISOString())}`;
  }
  return `${start} 至 ${end}`;
}
