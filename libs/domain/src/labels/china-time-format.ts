// How users read instants: Beijing time (China Standard Time, UTC+8 all year, no daylight
// saving), written YYYY-MM-DD HH:mm. One helper, so exports, documents and messages agree.
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** `2024-02-08T02:00:00Z` → `2024-02-08 10:00`. */
export function formatChinaDateTime(iso: string): string {
  return chinaWallClock(iso).toISOString().slice(0, 16).replace('T', ' ');
}

/**
 * The Beijing wall-clock time of an instant as a Date whose UTC fields hold it: what a
 * spreadsheet cell, which has no time zone, must be given to show Beijing time.
 */
export function chinaWallClock(iso: string): Date {
  return new Date(Date.parse(iso) + CHINA_OFFSET_MS);
}

/** The inverse of chinaWallClock: the instant at which Beijing clocks show these UTC fields. */
export function instantOfChinaWallClock(wallClock: Date): Date {
  return new Date(wallClock.getTime() - CHINA_OFFSET_MS);
}
