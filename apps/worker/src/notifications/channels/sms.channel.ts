import type { ClaimedDelivery } from '@firecase/persistence';
import type { DeliveryChannel, SendOutcome } from './delivery-channel';
import type { SmsMessage, SmsProvider } from './sms/sms-provider';

/** What an SMS delivery stores for its channel: the rendered template (see the expander). */
export interface StoredSms {
  readonly text: string;
  readonly aliyun: string;
  readonly tencent: string;
  readonly params: Readonly<Record<string, string>>;
  readonly positional: readonly string[];
}

/**
 * SMS through the configured provider. Providers do not deduplicate (Aliyun says so of SendSms),
 * so an attempt in doubt is first looked up at the provider by our reference; only a message the
 * provider has no record of is sent again.
 */
export class SmsChannel implements DeliveryChannel {
  constructor(private readonly provider: SmsProvider) {}

  send(delivery: ClaimedDelivery): Promise<SendOutcome> {
    return this.provider.send(smsMessageOf(delivery));
  }

  wasAccepted(delivery: ClaimedDelivery): Promise<string | undefined> {
    return this.provider.findSent(smsMessageOf(delivery));
  }
}

export function smsMessageOf(delivery: ClaimedDelivery): SmsMessage {
  const sms = delivery.sms as StoredSms;
  return {
    phone: delivery.address,
    templateCode: { aliyun: sms.aliyun, tencent: sms.tencent },
    params: sms.params,
    positional: sms.positional,
    reference: `fc${delivery.id}`,
    since: delivery.firstAttemptAt,
  };
}
