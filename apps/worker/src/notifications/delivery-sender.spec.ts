import { DEFAULT_NOTIFICATION_POLICY } from '@firecase/notifications';
import type { ClaimedDelivery } from '@firecase/persistence';
import type { DeliveryChannel, SendOutcome } from './channels/delivery-channel';
import { DeliverySender } from './delivery-sender';

const DAY = new Date('2026-12-01T10:00:00+08:00');

function delivery(overrides: Partial<ClaimedDelivery> = {}): ClaimedDelivery {
  return {
    id: '42',
    dedupeKey: 'TB-2026-000001:notice_served|phone:13812345678|sms',
    kind: 'notice_served',
    caseNumber: 'TB-2026-000001',
    channel: 'sms',
    recipientName: '刘洋',
    address: '13812345678',
    title: 't',
    body: 'b',
    sms: {},
    attempts: 1,
    inDoubt: false,
    firstAttemptAt: DAY.toISOString(),
    ...overrides,
  };
}

function setup(outcome: SendOutcome, accepted?: string, now = DAY) {
  const log: string[] = [];
  const channel: DeliveryChannel = {
    send: async () => {
      log.push('send');
      return outcome;
    },
    wasAccepted: async () => {
      log.push('lookup');
      return accepted;
    },
  };
  const sender = new DeliverySender({
    dispatch: {
      recordSent: async (id, providerId) => void log.push(`sent ${id} ${providerId}`),
      recordFailure: async (id, answer, retryAt) =>
        void log.push(`failed ${id} ${answer} ${retryAt?.toISOString() ?? 'gave up'}`),
      deferClaimed: async (id, until) => void log.push(`deferred ${id} ${until.toISOString()}`),
    },
    channels: new Map([['sms', channel]]),
    policy: DEFAULT_NOTIFICATION_POLICY,
    now: () => now,
  });
  return { sender, log };
}

describe(DeliverySender.name, () => {
  it('records the provider id of a sent message', async () => {
    const { sender, log } = setup({ ok: true, providerId: 'biz-1' });
    await sender.deliver(delivery());
    expect(log).toEqual(['send', 'sent 42 biz-1']);
  });

  it('retries a retryable refusal after the policy backoff, keeping the answer', async () => {
    const { sender, log } = setup({
      ok: false,
      retry: true,
      answer: 'isv.BUSINESS_LIMIT_CONTROL: 触发流控',
    });
    await sender.deliver(delivery({ attempts: 2 }));
    expect(log[1]).toBe(
      `failed 42 isv.BUSINESS_LIMIT_CONTROL: 触发流控 ${new Date(DAY.getTime() + 120_000).toISOString()}`,
    );
  });

  it('gives up at once on a final refusal, and after the last of N tries', async () => {
    const final = setup({ ok: false, retry: false, answer: 'isv.MOBILE_NUMBER_ILLEGAL' });
    await final.sender.deliver(delivery());
    expect(final.log[1]).toBe('failed 42 isv.MOBILE_NUMBER_ILLEGAL gave up');
    const last = setup({ ok: false, retry: true, answer: 'isp.SYSTEM_ERROR' });
    await last.sender.deliver(
      delivery({ attempts: DEFAULT_NOTIFICATION_POLICY.retry.maxAttempts }),
    );
    expect(last.log[1]).toBe('failed 42 isp.SYSTEM_ERROR gave up');
  });

  it('does not send again an attempt in doubt that the provider already took', async () => {
    const { sender, log } = setup({ ok: true }, 'found');
    await sender.deliver(delivery({ inDoubt: true, attempts: 2 }));
    expect(log).toEqual(['lookup', 'sent 42 found']);
  });

  it('sends an attempt in doubt that the provider has no record of', async () => {
    const { sender, log } = setup({ ok: true, providerId: 'biz-2' }, undefined);
    await sender.deliver(delivery({ inDoubt: true, attempts: 2 }));
    expect(log).toEqual(['lookup', 'send', 'sent 42 biz-2']);
  });

  it('puts an SMS retry that comes due in quiet hours back until the morning', async () => {
    const { sender, log } = setup({ ok: true }, undefined, new Date('2026-12-01T23:00:00+08:00'));
    await sender.deliver(delivery());
    expect(log).toEqual([`deferred 42 ${new Date('2026-12-02T08:00:00+08:00').toISOString()}`]);
  });

  it('gives up on a channel this dispatcher has not configured, saying so', async () => {
    const { sender, log } = setup({ ok: true });
    await sender.deliver(delivery({ channel: 'email' }));
    expect(log).toEqual(['failed 42 channel email is not configured on this dispatcher gave up']);
  });
});
