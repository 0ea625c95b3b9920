const CHINA_OFFSET_MS = 8 * 3_600_000;

/** 'YYYY-MM-DD HH:mm' in Beijing time, as every text a user reads writes an instant. */
export function beijingTime(instant: string | Date): string {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  return new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** The Beijing date 'YYYY-MM-DD' of an instant. */
export function beijingDate(instant: Date): string {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}
