/**
 * A calendar date in China Standard Time, written 'YYYY-MM-DD'. Deadlines are counted in China's
 * dates, whatever the time zone of the machine that computes them.
 */
export type LocalDate = string;

// China has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact and spares us
// the host's time-zone database (and the host's TZ setting).
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;
export const DAY_MS = 24 * 60 * 60 * 1000;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// Without a zone designator JavaScript reads a date-time in the host's zone: refuse it.
const ZONED_INSTANT = /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})$/i;

/** The date in Asia/Shanghai at which `instant` falls. */
export function chinaLocalDate(instant: Date | string): LocalDate {
  const ms = instantMs(instant);
  return fromDayNumber(Math.floor((ms + CHINA_OFFSET_MS) / DAY_MS));
}

/** Milliseconds since the epoch of the first instant (00:00 China time) of `date`. */
export function startOfChinaDayMs(date: LocalDate): number {
  return toDayNumber(date) * DAY_MS - CHINA_OFFSET_MS;
}

/** Days since 1970-01-01; throws on anything but a real 'YYYY-MM-DD' date. */
export function toDayNumber(date: LocalDate): number {
  const match = LOCAL_DATE.exec(date);
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  // Date.UTC rolls 2024-02-30 over into March; the round trip catches it.
  if (Number.isNaN(ms) || fromDayNumber(ms / DAY_MS) !== date) {
    throw new RangeError(`Not a calendar date in YYYY-MM-DD form: "${date}"`);
  }
  return ms / DAY_MS;
}

export function fromDayNumber(dayNumber: number): LocalDate {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: LocalDate): number {
  return new Date(toDayNumber(date) * DAY_MS).getUTCDay();
}

export function yearOf(date: LocalDate): number {
  toDayNumber(date);
  return Number(date.slice(0, 4));
}

function instantMs(instant: Date | string): number {
  if (typeof instant === 'string' && !ZONED_INSTANT.test(instant)) {
    throw new RangeError(`Not an ISO 8601 instant with a zone (Z or ±hh:mm): "${instant}"`);
  }
  const ms = new Date(instant).getTime();
  if (Number.isNaN(ms)) throw new RangeError(`Not a valid instant: "${String(instant)}"`);
  return ms;
}
