import type { Channel } from './channels';

/**
 * How notifications are delivered: data with a version, like the case policy. Changing a figure
 * means a new version here, not an edit of the dispatcher.
 */
export interface NotificationPolicy {
  readonly version: string;
  /** SMS waits through these China-time hours unless its kind is urgent. */
  readonly quietHours: { readonly start: string; readonly end: string };
  /** Kinds that go at once, even in quiet hours. */
  readonly urgentKinds: readonly string[];
  /** Kinds a user may not switch off. */
  readonly mandatoryKinds: readonly string[];
  /** Channels a staff member is reached on for every kind… */
  readonly staffChannels: readonly Channel[];
  /** …plus SMS for these kinds (escalations people must not miss). */
  readonly staffSmsKinds: readonly string[];
  readonly retry: {
    readonly maxAttempts: number;
    readonly firstBackoffSeconds: number;
    readonly backoffFactor: number;
    readonly maxBackoffSeconds: number;
  };
  /** 每日待办: when the digest goes out on statutory working days (China time). */
  readonly digest: { readonly at: string; readonly kind: string };
}

export const DEFAULT_NOTIFICATION_POLICY: NotificationPolicy = {
  version: '2026-11-notify-v1',
  quietHours: { start: '22:00', end: '08:00' },
  urgentKinds: ['interview_scheduled', 'criticism_and_referral_due', 'interim_measures_breached'],
  mandatoryKinds: [
    'notice_served',
    'case_overdue',
    'interview_due',
    'interview_scheduled',
    'criticism_and_referral_due',
    'officer_reassigned',
  ],
  staffChannels: ['in_app', 'email'],
  staffSmsKinds: [
    'case_overdue',
    'interview_due',
    'criticism_and_referral_due',
    'escalation_step_overdue',
  ],
  retry: { maxAttempts: 5, firstBackoffSeconds: 30, backoffFactor: 4, maxBackoffSeconds: 3600 },
  digest: { at: '08:30', kind: 'daily_digest' },
};

/** Seconds to wait before attempt `attempts + 1`, after `attempts` failed ones. */
export function backoffSeconds(policy: NotificationPolicy, attempts: number): number {
  const { firstBackoffSeconds, backoffFactor, maxBackoffSeconds } = policy.retry;
  return Math.min(
    maxBackoffSeconds,
    firstBackoffSeconds * backoffFactor ** Math.max(0, attempts - 1),
  );
}

/** The channels a staff member is reached on for a kind (before their preferences). */
export function staffChannelsFor(policy: NotificationPolicy, kind: string): Channel[] {
  return policy.staffSmsKinds.includes(kind)
    ? [...policy.staffChannels, 'sms']
    : [...policy.staffChannels];
}

/** The policy with the SMS quiet hours an operator configured ('off': none), if any. */
export function withQuietHours(
  policy: NotificationPolicy,
  quietHours: { readonly start: string; readonly end: string } | 'off' | undefined,
): NotificationPolicy {
  if (quietHours === undefined) return policy;
  return {
    ...policy,
    quietHours: quietHours === 'off' ? { start: '00:00', end: '00:00' } : quietHours,
  };
}
