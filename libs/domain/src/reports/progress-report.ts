// 消防安全隐患排查整治工作进展情况: the office's weekly and monthly progress reports, timed by
// policy data; the period arithmetic is plain instants in Beijing time, safe in workflow code.

export const REPORT_KINDS = ['weekly', 'monthly'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export interface ReportPolicy {
  readonly version: string;
  /** When each report is generated, Beijing time: for the week or month just ended. */
  readonly weekly: {
    readonly dayOfWeek:
      'MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY';
    readonly hour: number;
  };
  readonly monthly: { readonly dayOfMonth: number; readonly hour: number };
  readonly timeZone: 'Asia/Shanghai';
  /** The overdue list shows the longest-overdue cases up to this many (and says how many in all). */
  readonly overdueListLimit: number;
}

export const DEFAULT_REPORT_POLICY: ReportPolicy = {
  version: 'progress-report.v1',
  weekly: { dayOfWeek: 'MONDAY', hour: 8 },
  monthly: { dayOfMonth: 1, hour: 8 },
  timeZone: 'Asia/Shanghai',
  overdueListLimit: 100,
};

export interface ReportPeriod {
  readonly kind: ReportKind;
  /** Inclusive start and exclusive end, both 00:00 Beijing time. */
  readonly startsAt: string;
  readonly endsAt: string;
}

const CHINA_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** 00:00 Beijing of the Beijing date `date` (YYYY-MM-DD), as an instant. */
function beijingMidnight(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day) - CHINA_OFFSET_MS).toISOString();
}

/** The week (Monday to Monday) or calendar month, in Beijing, that contains `at`. */
export function reportPeriodContaining(kind: ReportKind, at: string): ReportPeriod {
  const local = new Date(Date.parse(at) + CHINA_OFFSET_MS);
  const [year, month, day] = [local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate()];
  if (kind === 'monthly') {
    return {
      kind,
      startsAt: beijingMidnight(year, month, 1),
      endsAt: beijingMidnight(year, month + 1, 1),
    };
  }
  const sinceMonday = (local.getUTCDay() + 6) % 7;
  const startsAt = new Date(Date.parse(beijingMidnight(year, month, day)) - sinceMonday * DAY_MS);
  return {
    kind,
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 7 * DAY_MS).toISOString(),
  };
}

/** The last complete week or month before `at`: what a report generated at `at` covers. */
export function reportPeriodBefore(kind: ReportKind, at: string): ReportPeriod {
  const current = reportPeriodContaining(kind, at);
  return reportPeriodContaining(kind, new Date(Date.parse(current.startsAt) - 1).toISOString());
}
