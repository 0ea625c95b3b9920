/** How a notification reaches a person. */
export const CHANNELS = ['in_app', 'email', 'sms'] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * A delivery's life: `pending` (waiting for its time), `sending` (claimed by a dispatcher; an
 * attempt is in flight), `sent`, `failed` (the last attempt failed with the provider's answer and
 * another follows after a backoff), `gave_up` (a final refusal, or the last of N tries), and
 * `skipped` (switched off by the recipient's preference: recorded so the history says why).
 */
export const DELIVERY_STATUSES = [
  'pending',
  'sending',
  'sent',
  'failed',
  'gave_up',
  'skipped',
] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}
