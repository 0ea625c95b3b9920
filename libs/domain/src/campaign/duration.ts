// Spans of calendar time as a policy states them. Key periods, warnings and unit supervision run
// on the calendar (a warning three days before 春节 is three calendar days), not on working days.
// Plain arithmetic on ISO instants, so workflow code may use it.

/** Any mix of days, hours, minutes and seconds; test policies use seconds for short periods. */
export interface Duration {
  readonly days?: number;
  readonly hours?: number;
  readonly minutes?: number;
  readonly seconds?: number;
}

const SECOND_MS = 1000;

export function durationMs(duration: Duration): number {
  return (
    ((((duration.days ?? 0) * 24 + (duration.hours ?? 0)) * 60 + (duration.minutes ?? 0)) * 60 +
      (duration.seconds ?? 0)) *
    SECOND_MS
  );
}

export function addDuration(iso: string, duration: Duration): string {
  return new Date(Date.parse(iso) + durationMs(duration)).toISOString();
}

export function subtractDuration(iso: string, duration: Duration): string {
  return new Date(Date.parse(iso) - durationMs(duration)).toISOString();
}

/** A duration is well formed when every part is a finite number ≥ 0 and the whole is > 0. */
export function isPositiveDuration(duration: Duration): boolean {
  const parts = [duration.days, duration.hours, duration.minutes, duration.seconds];
  return (
    parts.every((part) => part === undefined || (Number.isFinite(part) && part >= 0)) &&
    durationMs(duration) > 0
  );
}
