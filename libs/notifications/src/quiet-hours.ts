import type { NotificationPolicy } from './notification-policy';

const MINUTE_MS = 60_000;
const DAY_MINUTES = 24 * 60;
const CHINA_OFFSET_MINUTES = 8 * 60; // China Standard Time, no daylight saving

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

/**
 * When an SMS of `kind` may go, asked at `now`: at once, or at the end of the policy's quiet
 * hours (China time). Urgent kinds wait for nobody.
 */
export function smsNotBefore(policy: NotificationPolicy, kind: string, now: Date): Date {
  if (policy.urgentKinds.includes(kind)) return now;
  const start = minutesOf(policy.quietHours.start);
  const end = minutesOf(policy.quietHours.end);
  const chinaMinutes = Math.floor(now.getTime() / MINUTE_MS) + CHINA_OFFSET_MINUTES;
  const minuteOfDay = ((chinaMinutes % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
  const quiet =
    start <= end
      ? minuteOfDay >= start && minuteOfDay < end
      : minuteOfDay >= start || minuteOfDay < end;
  if (!quiet) return now;
  const wait = (end - minuteOfDay + DAY_MINUTES) % DAY_MINUTES;
  const startOfMinute = Math.floor(now.getTime() / MINUTE_MS) * MINUTE_MS;
  return new Date(startOfMinute + wait * MINUTE_MS);
}
