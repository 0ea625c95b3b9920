import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { AppConfig } from '@firecase/config';
import { DEFAULT_NOTIFICATION_POLICY, withQuietHours } from '@firecase/notifications';
import {
  CaseSnapshotRepository,
  NotificationDispatchRepository,
  RecipientDirectoryRepository,
} from '@firecase/persistence';
import { DeliverySender } from './delivery-sender';
import { channelsBanner, outsideChannelsOf } from './notification-channels';
import { NotificationExpander } from './notification-expander';

const EXPAND_BATCH = 20;
const DELIVERY_BATCH = 10;

/**
 * The dispatcher: a loop in the worker process over the PostgreSQL outbox. It expands queued
 * notifications into deliveries and carries due deliveries to their channels, claiming rows with
 * `FOR UPDATE SKIP LOCKED` so several workers share the work. It runs beside the Temporal worker,
 * not inside case workflows: nothing about delivery can hold up or fail a case action.
 */
@Injectable()
export class NotificationDispatcherService
  implements OnApplicationBootstrap, OnApplicationShutdown
{
  private readonly logger = new Logger('notifications');
  private readonly channels;
  private readonly expander: NotificationExpander;
  private readonly sender: DeliverySender;
  private stopping = false;
  private loop?: Promise<void>;
  private wake?: () => void;

  constructor(
    private readonly config: AppConfig,
    private readonly dispatch: NotificationDispatchRepository,
    directory: RecipientDirectoryRepository,
    cases: CaseSnapshotRepository,
  ) {
    const policy = withQuietHours(DEFAULT_NOTIFICATION_POLICY, config.notifications.smsQuietHours);
    this.channels = outsideChannelsOf(config);
    const now = () => new Date();
    this.expander = new NotificationExpander({
      dispatch,
      directory,
      cases,
      policy,
      outsideChannels: new Set(this.channels.keys()),
      smsSignName: config.notifications.sms?.signName ?? '',
      now,
    });
    this.sender = new DeliverySender({ dispatch, channels: this.channels, policy, now });
  }

  onApplicationBootstrap(): void {
    this.logger.log(channelsBanner(this.config));
    this.loop = this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.loop;
    for (const channel of this.channels.values()) channel.close?.();
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      let busy = false;
      try {
        busy = (await this.tick()) > 0;
      } catch (error) {
        // The database may be restarting; the loop outlives it.
        this.logger.warn(
          `dispatch round failed: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      if (!busy && !this.stopping) await this.idle();
    }
  }

  /** One round: expand what is queued, then send what is due. Answers how much it did. */
  async tick(): Promise<number> {
    const expanded = await this.dispatch.expandBatch(EXPAND_BATCH, (manager, notification) =>
      this.expander.expand(manager, notification),
    );
    const claimed = await this.dispatch.claimDeliveries(
      DELIVERY_BATCH,
      this.config.notifications.claimLeaseSeconds,
    );
    for (const delivery of claimed) await this.sender.deliver(delivery);
    return expanded + claimed.length;
  }

  private idle(): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, this.config.notifications.pollMs);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
