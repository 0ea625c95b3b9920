import type { EntityManager } from 'typeorm';
import type { CaseView } from '@firecase/contract';
import type { Audience } from '@firecase/domain';
import {
  caseTemplateParams,
  type Channel,
  type NotificationPolicy,
  type RecipientTarget,
  renderNotification,
  smsNotBefore,
  staffChannelsFor,
  targetsOfAudience,
  type TemplateParams,
} from '@firecase/notifications';
import type {
  CaseSnapshotRepository,
  DeliveryToCreate,
  NotificationDispatchRepository,
  Person,
  QueuedNotification,
  RecipientDirectoryRepository,
} from '@firecase/persistence';

export interface ExpanderDeps {
  readonly dispatch: Pick<
    NotificationDispatchRepository,
    'createDeliveries' | 'markDispatched' | 'postpone'
  >;
  readonly directory: Pick<RecipientDirectoryRepository, 'resolve' | 'switchedOff'>;
  readonly cases: Pick<CaseSnapshotRepository, 'view'>;
  readonly policy: NotificationPolicy;
  /** The outside channels that are configured; in-app always is. */
  readonly outsideChannels: ReadonlySet<Channel>;
  readonly smsSignName: string;
  readonly now: () => Date;
}

/** A case notification whose case is not in the read model yet waits this long, this often. */
const CASE_WAIT_SECONDS = 2;
const CASE_WAIT_TRIES = 30;

/**
 * Turns one queued notification into one delivery per recipient and channel, inside the
 * dispatcher's transaction. A notification that reaches nobody is kept as undeliverable, with
 * the reason, for administrators.
 */
export class NotificationExpander {
  constructor(private readonly deps: ExpanderDeps) {}

  async expand(manager: EntityManager, notification: QueuedNotification): Promise<void> {
    const { dispatch } = this.deps;
    const addressed = await this.addressOf(manager, notification);
    if ('wait' in addressed) {
      if (notification.dispatchAttempts < CASE_WAIT_TRIES) {
        await dispatch.postpone(manager, notification.id, CASE_WAIT_SECONDS, addressed.wait);
      } else {
        await dispatch.markDispatched(manager, notification.id, addressed.wait);
      }
      return;
    }
    const people = await this.deps.directory.resolve(addressed.targets, manager);
    const deliveries = await this.deliveriesFor(manager, notification, people, addressed.params);
    await dispatch.createDeliveries(manager, notification, deliveries);
    await dispatch.markDispatched(
      manager,
      notification.id,
      deliveries.length > 0 ? undefined : nobodyReason(notification, addressed.targets, people),
    );
  }

  private async addressOf(
    manager: EntityManager,
    notification: QueuedNotification,
  ): Promise<{ targets: RecipientTarget[]; params: TemplateParams } | { wait: string }> {
    const params = notification.params;
    if (notification.recipients) {
      return { targets: notification.recipients as RecipientTarget[], params };
    }
    const view = (await this.deps.cases.view(notification.caseNumber!, manager)) as
      CaseView | undefined;
    if (!view) return { wait: `case ${notification.caseNumber} is not in the read model yet` };
    return {
      targets: targetsOfAudience(notification.audience as Audience, view.state, params),
      params: caseTemplateParams(view.state, params),
    };
  }

  private async deliveriesFor(
    manager: EntityManager,
    notification: QueuedNotification,
    people: readonly Person[],
    params: TemplateParams,
  ): Promise<DeliveryToCreate[]> {
    const { policy, outsideChannels, now } = this.deps;
    const userIds = people.flatMap((p) => (p.userId ? [p.userId] : []));
    const off = await this.deps.directory.switchedOff(userIds, notification.kind, manager);
    const mandatory = policy.mandatoryKinds.includes(notification.kind);
    const deliveries: DeliveryToCreate[] = [];
    for (const person of people) {
      const rendered = renderNotification(
        notification.kind,
        { ...params, recipient: person.name },
        this.deps.smsSignName,
      );
      if (!rendered) continue;
      const channels: Channel[] = person.userId
        ? staffChannelsFor(policy, notification.kind)
        : ['sms'];
      for (const channel of channels) {
        const address = channel === 'email' ? person.email : person.phone;
        if (channel !== 'in_app' && (!outsideChannels.has(channel) || !address)) continue;
        if (channel === 'sms' && !rendered.sms) continue;
        const switchedOff =
          channel !== 'in_app' && !mandatory && off.has(`${person.userId}:${channel}`);
        deliveries.push({
          dedupeKey: `${notification.dedupeKey}|${person.key}|${channel}`,
          channel,
          recipientUserId: person.userId,
          recipientName: person.name,
          address: channel === 'in_app' ? undefined : address,
          title: rendered.title,
          body: channel === 'sms' ? rendered.sms!.text : rendered.text,
          sms: channel === 'sms' ? rendered.sms : undefined,
          status: switchedOff ? 'skipped' : channel === 'in_app' ? 'sent' : 'pending',
          note: switchedOff ? 'switched off by the recipient (preference)' : undefined,
          notBefore: channel === 'sms' ? smsNotBefore(policy, notification.kind, now()) : now(),
        });
      }
    }
    return deliveries;
  }
}

function nobodyReason(
  notification: QueuedNotification,
  targets: readonly RecipientTarget[],
  people: readonly Person[],
): string {
  if (targets.length === 0) {
    return notification.audience === 'responsible_party'
      ? 'the responsible party has no mobile phone on the case (SMS needs one)'
      : 'the notification names no recipient';
  }
  if (people.length === 0) {
    return `nobody found for ${targets.map(describeTarget).join(', ')}`;
  }
  return `no channel reaches ${people.map((p) => p.name).join(', ')} (SMS or e-mail off, or no address)`;
}

function describeTarget(target: RecipientTarget): string {
  switch (target.type) {
    case 'user':
      return `user ${target.userId} (unknown or disabled)`;
    case 'department_role':
      return `${target.role}s of ${target.department}`;
    case 'department_leader':
      return `the leader of ${target.department} (none set)`;
    case 'community_staff':
      return `the staff of community ${target.community}`;
    case 'phone':
      return `phone ${target.phone}`;
  }
}
