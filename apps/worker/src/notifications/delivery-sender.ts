import { Logger } from '@nestjs/common';
import { backoffSeconds, type NotificationPolicy, smsNotBefore } from '@firecase/notifications';
import type { ClaimedDelivery, NotificationDispatchRepository } from '@firecase/persistence';
import type { DeliveryChannel } from './channels/delivery-channel';

export interface SenderDeps {
  readonly dispatch: Pick<
    NotificationDispatchRepository,
    'recordSent' | 'recordFailure' | 'deferClaimed'
  >;
  readonly channels: ReadonlyMap<string, DeliveryChannel>;
  readonly policy: NotificationPolicy;
  readonly now: () => Date;
}

/** Carries one claimed delivery to its provider and records the answer. */
export class DeliverySender {
  private readonly logger = new Logger(DeliverySender.name);

  constructor(private readonly deps: SenderDeps) {}

  async deliver(delivery: ClaimedDelivery): Promise<void> {
    const { dispatch, policy, now } = this.deps;
    const channel = this.deps.channels.get(delivery.channel);
    if (!channel) {
      await dispatch.recordFailure(
        delivery.id,
        `channel ${delivery.channel} is not configured on this dispatcher`,
        undefined,
      );
      return;
    }
    if (delivery.channel === 'sms') {
      // A retry can come due in the night: SMS waits for the morning then too.
      const notBefore = smsNotBefore(policy, delivery.kind, now());
      if (notBefore > now()) {
        await dispatch.deferClaimed(delivery.id, notBefore);
        return;
      }
    }
    try {
      if (delivery.inDoubt) {
        const accepted = await channel.wasAccepted(delivery);
        if (accepted !== undefined) {
          await dispatch.recordSent(
            delivery.id,
            accepted,
            'found at the provider after its dispatcher stopped mid-send; not sent again',
          );
          return;
        }
      }
      const outcome = await channel.send(delivery);
      if (outcome.ok) {
        await dispatch.recordSent(delivery.id, outcome.providerId);
        return;
      }
      await this.failed(delivery, outcome.answer, outcome.retry);
    } catch (error) {
      await this.failed(delivery, error instanceof Error ? error.message : String(error), true);
    }
  }

  private async failed(delivery: ClaimedDelivery, answer: string, retry: boolean) {
    const { policy, now } = this.deps;
    const giveUp = !retry || delivery.attempts >= policy.retry.maxAttempts;
    const retryAt = giveUp
      ? undefined
      : new Date(now().getTime() + backoffSeconds(policy, delivery.attempts) * 1000);
    this.logger.warn(
      `delivery ${delivery.id} (${delivery.channel}) attempt ${delivery.attempts} failed: ${answer}` +
        (retryAt ? `; retry at ${retryAt.toISOString()}` : '; gave up'),
    );
    await this.deps.dispatch.recordFailure(delivery.id, answer, retryAt);
  }
}
