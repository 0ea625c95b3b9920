import type { ClaimedDelivery } from '@firecase/persistence';

/** What a provider answered to one attempt. */
export type SendOutcome =
  | { readonly ok: true; readonly providerId?: string }
  /** `retry` false: the provider refused for good (invalid number, template not approved …). */
  | { readonly ok: false; readonly retry: boolean; readonly answer: string };

/** An outside channel (e-mail, SMS); in-app deliveries never leave the database. */
export interface DeliveryChannel {
  send(delivery: ClaimedDelivery): Promise<SendOutcome>;
  /**
   * For an attempt in doubt (its dispatcher died mid-send): did the provider take it? `undefined`
   * when the provider cannot say, and the channel resends (see each channel for why that is safe).
   */
  wasAccepted(delivery: ClaimedDelivery): Promise<string | undefined>;
  /** Lets go of pooled connections at shutdown. */
  close?(): void;
}
