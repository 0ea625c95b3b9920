import type { EntityManager } from 'typeorm';
import { DEFAULT_CASE_POLICY, newCaseState } from '@firecase/domain';
import { DEFAULT_NOTIFICATION_POLICY, type RecipientTarget } from '@firecase/notifications';
import type { DeliveryToCreate, Person, QueuedNotification } from '@firecase/persistence';
import { NotificationExpander } from './notification-expander';

const manager = {} as EntityManager;
const NIGHT = new Date('2026-12-01T23:30:00+08:00');
const DAY = new Date('2026-12-01T10:00:00+08:00');

const officer: Person = {
  key: 'user:o1',
  userId: 'o1',
  name: '李伟',
  email: 'li@x.cn',
  phone: '13800000001',
};
const leader: Person = {
  key: 'user:l1',
  userId: 'l1',
  name: '张敏',
  email: 'zhang@x.cn',
  phone: '13800000002',
};

function setup(
  opts: {
    now?: Date;
    people?: (t: RecipientTarget) => Person[];
    off?: string[];
    noCase?: boolean;
    phone?: string;
  } = {},
) {
  const state = newCaseState(
    {
      caseNumber: 'TB-2026-000042',
      registeredBy: { userId: 'o1', name: '李伟', role: 'officer' },
      policy: DEFAULT_CASE_POLICY,
      discovery: {
        location: { community: 'Taibai Community', address: '开元路12号' },
        category: 'electric_bike',
        hazardType: 'electric_bike.parked_in_stairwell',
        description: '楼道停放电动自行车',
        severity: 'general',
        responsibleParty: {
          name: '绿叶物业',
          contactPerson: '刘洋',
          phone: opts.phone ?? '138 1234 5678',
        },
        department: 'planning_environment',
        evidence: [],
        discoveredAt: DAY.toISOString(),
      },
    },
    DAY.toISOString(),
  );
  const created: DeliveryToCreate[] = [];
  const dispatched: { id: string; undeliverable?: string }[] = [];
  const postponed: string[] = [];
  const expander = new NotificationExpander({
    dispatch: {
      createDeliveries: async (_m, _n, d) => {
        created.push(...d);
        return d.length;
      },
      markDispatched: async (_m, id, undeliverable) => {
        dispatched.push({ id, undeliverable });
      },
      postpone: async (_m, id, _s, reason) => {
        postponed.push(`${id}: ${reason}`);
      },
    },
    directory: {
      resolve: async (targets) =>
        targets.flatMap((t) =>
          opts.people
            ? opts.people(t)
            : t.type === 'phone'
              ? [{ key: `phone:${t.phone}`, name: t.name, phone: t.phone }]
              : t.type === 'user'
                ? [officer]
                : t.type === 'department_leader'
                  ? [leader]
                  : [],
        ),
      switchedOff: async () => new Set(opts.off ?? []),
    },
    cases: { view: async () => (opts.noCase ? undefined : { state, obligations: [] }) },
    policy: DEFAULT_NOTIFICATION_POLICY,
    outsideChannels: new Set(['email', 'sms']),
    smsSignName: '太白街道',
    now: () => opts.now ?? DAY,
  });
  const notification = (
    kind: string,
    audience: string,
    extra: Partial<QueuedNotification> = {},
  ): QueuedNotification => ({
    id: '7',
    dedupeKey: `${state.caseNumber}:${kind}`,
    caseNumber: state.caseNumber,
    audience,
    kind,
    params: { deadlineAt: '2026-12-08T15:59:59.999Z' },
    recipients: null,
    dispatchAttempts: 0,
    ...extra,
  });
  return { expander, created, dispatched, postponed, notification, state };
}

describe(NotificationExpander.name, () => {
  it('tells the assigned officer in the app and by e-mail, once per channel, in Chinese', async () => {
    const { expander, created, dispatched, notification, state } = setup();
    await expander.expand(manager, notification('reinspection_due', 'officer'));
    expect(created.map((d) => [d.channel, d.recipientUserId, d.status])).toEqual([
      ['in_app', 'o1', 'sent'],
      ['email', 'o1', 'pending'],
    ]);
    expect(created[0].dedupeKey).toBe(`${state.caseNumber}:reinspection_due|user:o1|in_app`);
    expect(created[0].title).toBe(`待复查（${state.caseNumber}）`);
    expect(created[1].body).toContain('2026-12-08 23:59');
    expect(created[1].address).toBe('li@x.cn');
    expect(dispatched).toEqual([{ id: '7', undeliverable: undefined }]);
  });

  it('reaches the responsible party by SMS only, at the mobile on the case, and holds it at night', async () => {
    const { expander, created, notification } = setup({ now: NIGHT });
    await expander.expand(manager, notification('notice_served', 'responsible_party'));
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({
      channel: 'sms',
      address: '13812345678',
      recipientName: '刘洋',
      status: 'pending',
      notBefore: new Date('2026-12-02T08:00:00+08:00'),
    });
    expect(created[0].body).toMatch(
      /^【太白街道】您单位位于.+的消防安全隐患（.+）整改期限为2026-12-08 23:59，请按期整改。$/,
    );
  });

  it('sends an urgent kind to the party at once, even at night', async () => {
    const { expander, created, notification } = setup({ now: NIGHT });
    await expander.expand(
      manager,
      notification('interview_scheduled', 'responsible_party', {
        params: {
          interviewAt: '2026-12-03T02:00:00Z',
          location: '街道办301室',
          interviewee: '孙浩',
        },
      }),
    );
    expect(created[0].notBefore).toEqual(NIGHT);
    expect(created[0].body).toContain('请孙浩于2026-12-03 10:00到街道办301室参加约谈');
  });

  it("alerts the department's leader in the app, by e-mail and by SMS when the case is overdue", async () => {
    const { expander, created, notification } = setup();
    await expander.expand(manager, notification('case_overdue', 'department_leader'));
    expect(created.map((d) => [d.channel, d.address ?? null])).toEqual([
      ['in_app', null],
      ['email', 'zhang@x.cn'],
      ['sms', '13800000002'],
    ]);
  });

  it('records a channel switched off by preference as skipped, but never a mandatory kind', async () => {
    const optional = setup({ off: ['o1:email'] });
    await optional.expander.expand(manager, optional.notification('reinspection_due', 'officer'));
    expect(optional.created.find((d) => d.channel === 'email')?.status).toBe('skipped');
    const mandatory = setup({ off: ['l1:email', 'l1:sms'] });
    await mandatory.expander.expand(
      manager,
      mandatory.notification('case_overdue', 'department_leader'),
    );
    expect(mandatory.created.filter((d) => d.status === 'skipped')).toEqual([]);
  });

  it('keeps a notification that finds nobody as undeliverable, with the reason', async () => {
    const { expander, created, dispatched, notification } = setup({ people: () => [] });
    await expander.expand(manager, notification('case_overdue', 'department_leader'));
    expect(created).toEqual([]);
    expect(dispatched[0].undeliverable).toMatch(/leader of planning_environment/);
  });

  it('does not text a landline: the party without a mobile is undeliverable', async () => {
    const { expander, dispatched, notification } = setup({ phone: '023-5800-0000' });
    await expander.expand(manager, notification('notice_served', 'responsible_party'));
    expect(dispatched[0].undeliverable).toMatch(/no mobile phone/);
  });

  it('waits for a case the read model does not hold yet', async () => {
    const { expander, created, postponed, dispatched, notification } = setup({ noCase: true });
    await expander.expand(manager, notification('notice_served', 'responsible_party'));
    expect(created).toEqual([]);
    expect(dispatched).toEqual([]);
    expect(postponed[0]).toMatch(/not in the read model yet/);
  });

  it('addresses a notification about no case to its explicit recipients', async () => {
    const { expander, created, notification } = setup();
    await expander.expand(
      manager,
      notification('campaign_warning', '', {
        caseNumber: null,
        audience: null,
        recipients: [{ type: 'department_leader', department: 'planning_environment' }],
        params: { campaign: '冬春火灾防控', office: '规环办', message: '元旦前完成高层建筑排查' },
      }),
    );
    expect(created[0]).toMatchObject({
      channel: 'in_app',
      recipientUserId: 'l1',
      title: '冬春火灾防控：工作提示',
      body: '请规环办注意：元旦前完成高层建筑排查',
    });
  });
});
