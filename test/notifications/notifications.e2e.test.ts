// Notifications end to end on the real stack: the api and worker apps, the Temporal dev server and
// PostgreSQL; e-mail goes over SMTP to a real SMTP server started here (smtp-server), and SMS
// through the Aliyun SDK to the provider's HTTPS API EMULATED ON LOOPBACK (the one stand-in this
// project allows: no provider is reachable from these machines). A case is walked through notice,
// service, a missed deadline, an extension and an interview; every notification the workflow
// raised must reach exactly the people its audience names, once per channel.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { DataSource } from 'typeorm';
import { DEFAULT_NOTIFICATION_POLICY, staffChannelsFor, templateOf } from '@firecase/notifications';
import { chinaDateOf } from '@firecase/domain';
import { startWorkerApp } from '../support/running-apps';
import { useRealStack } from '../support/real-stack';
import { signedInUser, userOf, type BearerHeaders } from '../support/signed-in-user';
import { stackConfig } from '../support/stack';
import {
  eventually,
  type NotificationChannels,
  startNotificationChannels,
  uniquePhone,
} from '../support/notification-channels';

// Real servers on a shared two-core machine: a walk can take minutes.
jest.setTimeout(480_000);
const DEPARTMENT = 'cultural_service'; // no other suite works in it: its people are ours
const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();
const inDays = (days: number) => chinaDateOf(new Date(Date.now() + days * DAY).toISOString());

interface DeliveryRow {
  id: string;
  dedupe_key: string;
  channel: string;
  recipient_user_id: string | null;
  address: string | null;
  status: string;
  title: string;
  kind: string;
  last_error: string | null;
}

describe('notifications (real stack, SMTP server, emulated SMS API)', () => {
  // Declared before the stack's own, so it runs first: the bell's stream must end before the api closes.
  afterAll(async () => {
    await bell?.stop();
    (stack.api.getHttpServer() as Server).closeAllConnections();
    await worker?.stop();
    await channels?.smtp.close();
    await channels?.sms.close();
  });
  const stack = useRealStack({ api: true, database: true });
  const officer = signedInUser(stack, {
    role: 'officer',
    department: DEPARTMENT,
    displayName: '李伟',
  });
  const leader = signedInUser(stack, {
    role: 'supervisor',
    department: DEPARTMENT,
    displayName: '张敏',
  });
  const deputy = signedInUser(stack, {
    role: 'supervisor',
    department: DEPARTMENT,
    displayName: '王芳',
  });
  const admin = signedInUser(stack, { role: 'administrator', displayName: '管理员' });
  const auditor = signedInUser(stack, { role: 'auditor', displayName: '陈审计' });
  const http = stack.http;
  const partyPhone = uniquePhone();
  const officerPhone = uniquePhone();
  const leaderPhone = uniquePhone();
  let channels: NotificationChannels;
  let worker: Awaited<ReturnType<typeof startWorkerApp>>;
  let caseNumber: string;
  let baseUrl: string;
  let bell: { stop: () => Promise<unknown[]> } | undefined;

  beforeAll(async () => {
    channels = await startNotificationChannels('aliyun');
    worker = await startWorkerApp(stackConfig(channels.env));
    const server = stack.api.getHttpServer() as Server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  const db = (): DataSource => stack.database;
  const email = (who: BearerHeaders) => `${userOf(who).username}@taibai.example`;

  it('sets phones, e-mails and the leader through the admin API; a bad one answers 400 naming it', async () => {
    const bad = await http()
      .put(`/admin/users/${userOf(officer).id}/contact`)
      .set(admin)
      .send({ mobilePhone: '12345', email: 'not-an-address' })
      .expect(400);
    const fields = bad.body.fields as { field: string }[];
    expect(fields.map((f) => f.field).sort()).toEqual(['email', 'mobilePhone']);
    for (const [who, phone] of [
      [officer, officerPhone],
      [leader, leaderPhone],
      [deputy, null],
    ] as const) {
      const set = await http()
        .put(`/admin/users/${userOf(who).id}/contact`)
        .set(admin)
        .send({ mobilePhone: phone, email: email(who) })
        .expect(200);
      expect(set.body).toMatchObject({ mobilePhone: phone, email: email(who) });
    }
    await http()
      .put(`/admin/departments/${DEPARTMENT}/leader`)
      .set(admin)
      .send({ userId: userOf(officer).id })
      .expect(400);
    await http()
      .put(`/admin/departments/${DEPARTMENT}/leader`)
      .set(admin)
      .send({ userId: userOf(leader).id })
      .expect(200, { code: DEPARTMENT, leaderUserId: userOf(leader).id, leaderName: '张敏' });
    await http()
      .put(`/admin/users/${userOf(officer).id}/contact`)
      .set(officer)
      .expect(403);
  });

  it('lets a user switch e-mail off for a kind, but not for a mandatory one', async () => {
    await http()
      .put('/notifications/preferences')
      .set(officer)
      .send({ preferences: [{ kind: 'deadline_reminder', channel: 'email', enabled: false }] })
      .expect(200);
    const refused = await http()
      .put('/notifications/preferences')
      .set(leader)
      .send({ preferences: [{ kind: 'case_overdue', channel: 'sms', enabled: false }] })
      .expect(422);
    expect(refused.body.message).toContain('case_overdue');
  });

  it('walks a case through notice, service, a missed deadline, an extension and an interview', async () => {
    // The leader's first SMS is refused for good; the administrator retries it below.
    channels.sms.answer(leaderPhone, 'isv.MOBILE_NUMBER_ILLEGAL');
    const leaderBell = openBell(leader);
    bell = leaderBell;

    const opened = await http()
      .post('/cases')
      .set(officer)
      .send({
        location: { community: 'Taibai Community', grid: 'G-03', address: '太白路88号文化宫' },
        category: 'electric_bike',
        hazardType: 'electric_bike.parked_in_stairwell',
        description: '楼道内停放电动自行车六辆',
        severity: 'general',
        responsibleParty: {
          name: '太白文化宫',
          contactPerson: '刘洋',
          phone: partyPhone,
          head: '孙浩',
        },
        department: DEPARTMENT,
        evidence: [],
        discoveredAt: ago(30),
      })
      .expect(201);
    caseNumber = opened.body.caseNumber;
    const path = `/cases/${caseNumber}`;
    await http()
      .post(`${path}/notice`)
      .set(officer)
      .send({ requirements: '移走楼道内电动自行车', issuedAt: ago(21) })
      .expect(200);
    // Served 20 days ago: its deadline passed long since, so the ladder climbs at once.
    await http()
      .post(`${path}/notice/service`)
      .set(officer)
      .send({ method: 'in_person', recipient: '刘洋', servedAt: ago(20) })
      .expect(200);
    await eventually('the case to go overdue and open its interview', async () => {
      const view = await http().get(path).set(officer).expect(200);
      const state = view.body.state as { overdue: boolean; rungs: { kind: string }[] };
      return state.overdue && state.rungs.some((r) => r.kind === 'interview');
    });
    await http()
      .post(`${path}/extensions`)
      .set(leader)
      .send({ reason: '需协调车棚建设', newDeadlineDate: inDays(14) })
      .expect(200);
    await http()
      .post(`${path}/interviews`)
      .set(leader)
      .send({
        at: new Date(Date.now() + 2 * DAY).toISOString(),
        location: '街道办301会议室',
        interviewee: '孙浩',
      })
      .expect(200);
    await http()
      .post(`${path}/interviews/outcome`)
      .set(leader)
      .send({ summary: '负责人承诺建成车棚', committedDate: inDays(20) })
      .expect(200);

    // The workflow writes its outbox after it answers the update: wait for the last one.
    const walked = [
      'notice_served',
      'deadline_reminder',
      'case_overdue',
      'interview_due',
      'extension_granted',
      'interview_scheduled',
    ];
    await eventually('every kind of the walk in the outbox', async () => {
      const kinds = await notificationKinds();
      return walked.every((kind) => kinds.includes(kind));
    });

    // Every delivery the audiences call for, and no other, among this file's people (other
    // suites sharing the stack may add supervisors of the same department: they are told too).
    const ours = new Set([officer, leader, deputy].map((who) => userOf(who).id));
    const deliveries = (await settledDeliveries()).filter(
      (d) => d.recipient_user_id === null || ours.has(d.recipient_user_id),
    );
    const expected = await expectedDeliveries();
    expect(deliveries.map((d) => d.dedupe_key).sort()).toEqual([...expected.keys()].sort());
    const refused = deliveries.filter((d) => d.status === 'gave_up');
    expect(refused).toEqual([
      expect.objectContaining({
        channel: 'sms',
        address: leaderPhone,
        last_error: expect.stringContaining('isv.MOBILE_NUMBER_ILLEGAL'),
      }),
    ]);
    for (const d of deliveries) {
      expect(d.status).toBe(d === refused[0] ? 'gave_up' : expected.get(d.dedupe_key));
    }

    // E-mails: one message per e-mail delivery, to the right address, nothing twice.
    const mails = channels.smtp.received.filter((m) => m.deliveryKey.startsWith(caseNumber));
    const emailed = deliveries.filter((d) => d.channel === 'email' && d.status === 'sent');
    expect(mails.map((m) => m.deliveryKey).sort()).toEqual(emailed.map((d) => d.dedupe_key).sort());
    for (const d of emailed) {
      const [mail] = mails.filter((m) => m.deliveryKey === d.dedupe_key);
      expect(mail.to).toEqual([d.address]);
      expect(mail.subject).toBe(d.title);
      expect(mail.text).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(channels.smtp.to(email(officer)).some((m) => m.subject.startsWith('整改期限临近'))).toBe(
      false, // switched off by the officer
    );

    // SMS: one accepted message per SMS delivery, its template and named parameters.
    const texted = deliveries.filter((d) => d.channel === 'sms' && d.status === 'sent');
    for (const d of texted) {
      const accepted = channels.sms.accepted.filter((a) => a.reference === `fc${d.id}`);
      expect(accepted).toHaveLength(1);
      expect(accepted[0]).toMatchObject({
        phone: d.address,
        signName: '太白街道',
        templateCode: templateOf(d.kind)!.sms!.aliyun,
      });
    }
    const toParty = channels.sms.accepted.filter((a) => a.phone === partyPhone);
    expect(toParty.map((a) => a.templateCode).sort()).toEqual(
      [
        'SMS_FC_DEADLINE_REMINDER',
        'SMS_FC_EXTENSION_GRANTED',
        'SMS_FC_INTERVIEW_SCHEDULED',
        'SMS_FC_NOTICE_SERVED',
      ].sort(),
    );
    const interview = toParty.find((a) => a.templateCode === 'SMS_FC_INTERVIEW_SCHEDULED')!;
    expect(interview.params).toMatchObject({ interviewee: '孙浩', location: '街道办301会议室' });
    const served = toParty.find((a) => a.templateCode === 'SMS_FC_NOTICE_SERVED')!;
    expect(served.params).toEqual({
      address: '太白路88号文化宫',
      hazard: '在楼梯间违规停放电动车',
      deadline: expect.stringMatching(/^\d{4}-\d{2}-\d{2} 23:59$/),
    });

    // The bell heard of the leader's new items as they landed.
    const events = await leaderBell.stop();
    expect(events.some((e) => e.latest?.caseNumber === caseNumber)).toBe(true);
  });

  it('lists the refused SMS for administrators and sends it again on retry', async () => {
    const failed = await http()
      .get('/admin/notifications/deliveries/failed')
      .set(admin)
      .expect(200);
    const refused = (
      failed.body.items as { id: string; address: string; status: string; lastError: string }[]
    ).find((d) => d.address === leaderPhone)!;
    expect(refused).toMatchObject({
      status: 'gave_up',
      lastError: expect.stringContaining('isv.MOBILE_NUMBER_ILLEGAL'),
    });
    await http().post(`/admin/notifications/deliveries/${refused.id}/retry`).set(admin).expect(200);
    await eventually('the retried SMS to be sent', async () => {
      const [row] = await db().query<{ status: string }[]>(
        'SELECT status FROM notification_delivery WHERE id = $1',
        [refused.id],
      );
      return row.status === 'sent';
    });
    expect(channels.sms.accepted.filter((a) => a.reference === `fc${refused.id}`)).toHaveLength(1);
    await http().post(`/admin/notifications/deliveries/${refused.id}/retry`).set(admin).expect(409);
    await http().post('/admin/notifications/deliveries/999999999/retry').set(admin).expect(404);
  });

  it('gives the leader an inbox: newest first, keyset pages, unread count, read marks', async () => {
    const first = await http().get('/notifications?limit=1').set(leader).expect(200);
    expect(first.body.items).toHaveLength(1);
    expect(first.body.items[0]).toMatchObject({
      caseNumber,
      link: `/cases/${caseNumber}`,
      read: false,
      title: expect.stringContaining(caseNumber),
    });
    const second = await http()
      .get(`/notifications?limit=1&cursor=${first.body.nextCursor}`)
      .set(leader)
      .expect(200);
    expect(Number(second.body.items[0].id)).toBeLessThan(Number(first.body.items[0].id));
    const { unread } = (await http().get('/notifications/unread-count').set(leader).expect(200))
      .body;
    expect(unread).toBeGreaterThanOrEqual(2);
    await http()
      .post(`/notifications/${first.body.items[0].id}/read`)
      .set(leader)
      .expect(200, { unread: unread - 1 });
    await http().post(`/notifications/${first.body.items[0].id}/read`).set(officer).expect(404);
    await http().post('/notifications/read-all').set(leader).expect(200);
    await http().get('/notifications/unread-count').set(leader).expect(200, { unread: 0 });
    await http().get('/notifications?cursor=abc').set(leader).expect(400);
  });

  it('shows auditors who was told what, when and by which channel in the case history', async () => {
    const history = await http().get(`/cases/${caseNumber}/history`).set(auditor).expect(200);
    const told = history.body.notifications as {
      channel: string;
      recipientName: string;
      status: string;
      sentAt: string;
    }[];
    expect(told.length).toBe((await settledDeliveries()).length);
    expect(told).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          channel: 'sms',
          recipientName: '刘洋',
          status: 'sent',
          sentAt: expect.any(String),
        }),
        expect.objectContaining({ channel: 'email', recipientName: '张敏', status: 'sent' }),
        expect.objectContaining({ channel: 'in_app', recipientName: '李伟', status: 'sent' }),
      ]),
    );
  });

  it('lets administrators preview a template with a case', async () => {
    const preview = await http()
      .post('/admin/notifications/templates/notice_served/preview')
      .set(admin)
      .send({ caseNumber })
      .expect(200);
    expect(preview.body.sms.text).toMatch(
      /^【太白街道】您单位位于太白路88号文化宫的消防安全隐患（在楼梯间违规停放电动车）整改期限为.+，请按期整改。$/,
    );
    await http()
      .post('/admin/notifications/templates/no_such_kind/preview')
      .set(admin)
      .send({ caseNumber })
      .expect(404);
    const templates = await http().get('/admin/notifications/templates').set(admin).expect(200);
    expect(templates.body.quietHours).toEqual({ start: '22:00', end: '08:00' });
  });

  it('keeps a notification that reaches nobody as undeliverable, for administrators', async () => {
    const opened = await http()
      .post('/cases')
      .set(officer)
      .send({
        location: { community: 'Taibai Community', address: '太白路90号' },
        category: 'electric_bike',
        hazardType: 'electric_bike.parked_in_stairwell',
        description: '在楼梯间违规停放电动车',
        severity: 'general',
        responsibleParty: { name: '某商户', phone: '023-5800-0000' },
        department: DEPARTMENT,
        evidence: [],
        discoveredAt: ago(1),
      })
      .expect(201);
    const other = opened.body.caseNumber as string;
    await http()
      .post(`/cases/${other}/notice`)
      .set(officer)
      .send({ requirements: '清理楼道' })
      .expect(200);
    await http()
      .post(`/cases/${other}/notice/service`)
      .set(officer)
      .send({ method: 'in_person', recipient: '店主' })
      .expect(200);
    const listed = await eventually('the undeliverable notice', async () => {
      const list = await http().get('/admin/notifications/undeliverable').set(admin).expect(200);
      return (list.body as { caseNumber: string; kind: string; reason: string }[]).find(
        (n) => n.caseNumber === other && n.kind === 'notice_served',
      );
    });
    expect(listed.reason).toMatch(/no mobile phone/);
  });

  /** The kinds the workflow raised for the case: its own record in the outbox. */
  async function notificationKinds(): Promise<string[]> {
    const rows = await db().query<{ kind: string }[]>(
      'SELECT kind FROM case_notification WHERE case_number = $1',
      [caseNumber],
    );
    return rows.map((r) => r.kind);
  }

  /** The case's deliveries once every notification is expanded and none is still on its way. */
  async function settledDeliveries(): Promise<DeliveryRow[]> {
    return eventually(
      'every delivery of the case to settle',
      async () => {
        const [open] = await db().query<{ count: string }[]>(
          `SELECT count(*) AS count FROM case_notification WHERE case_number = $1 AND dispatched_at IS NULL`,
          [caseNumber],
        );
        const rows = await db().query<DeliveryRow[]>(
          `SELECT id, dedupe_key, channel, recipient_user_id, address, status, title, kind, last_error
           FROM notification_delivery WHERE case_number = $1 ORDER BY id`,
          [caseNumber],
        );
        const moving = rows.some((r) => ['pending', 'sending', 'failed'].includes(r.status));
        return open.count === '0' && !moving && rows;
      },
      120_000,
      () =>
        db().query(
          `SELECT n.kind, n.audience, n.dispatched_at, n.undeliverable_reason, d.channel, d.status,
                d.attempts, d.last_error, d.next_attempt_at
           FROM case_notification n LEFT JOIN notification_delivery d ON d.notification_id = n.id
          WHERE n.case_number = $1 ORDER BY n.id, d.id`,
          [caseNumber],
        ),
    );
  }

  /** dedupe key → status, from the outbox rows and the audience rules, people and contacts. */
  async function expectedDeliveries(): Promise<Map<string, string>> {
    const policy = DEFAULT_NOTIFICATION_POLICY;
    const rows = await db().query<{ dedupe_key: string; kind: string; audience: string }[]>(
      'SELECT dedupe_key, kind, audience FROM case_notification WHERE case_number = $1',
      [caseNumber],
    );
    const staff = {
      officer: [officer],
      supervisor: [leader, deputy],
      department_leader: [leader],
    } as Record<string, BearerHeaders[]>;
    const phones = new Map([
      [userOf(officer).id, officerPhone],
      [userOf(leader).id, leaderPhone],
    ]);
    const expected = new Map<string, string>();
    for (const n of rows) {
      if (n.audience === 'responsible_party') {
        expected.set(`${n.dedupe_key}|phone:${partyPhone}|sms`, 'sent');
        continue;
      }
      for (const who of staff[n.audience]) {
        const id = userOf(who).id;
        for (const channel of staffChannelsFor(policy, n.kind)) {
          if (channel === 'sms' && !phones.has(id)) continue;
          const key = `${n.dedupe_key}|user:${id}|${channel}`;
          const optedOut = who === officer && n.kind === 'deadline_reminder' && channel === 'email';
          expected.set(key, optedOut ? 'skipped' : 'sent');
        }
      }
    }
    return expected;
  }

  /** Subscribes to the bell's server-sent events as the console does. */
  function openBell(who: BearerHeaders) {
    const abort = new AbortController();
    const events: { unread: number; latest: { caseNumber: string | null } | null }[] = [];
    const reading = (async () => {
      const response = await fetch(`${baseUrl}/notifications/stream`, {
        headers: { Authorization: who.Authorization, Accept: 'text/event-stream' },
        signal: abort.signal,
      });
      expect(response.headers.get('content-type')).toContain('text/event-stream');
      const decoder = new TextDecoder();
      let buffer = '';
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (/^event: inbox$/m.test(block) && data) events.push(JSON.parse(data));
        }
      }
    })().catch((error: unknown) => {
      if (!abort.signal.aborted) throw error;
    });
    return {
      stop: async () => {
        abort.abort();
        await reading;
        return events;
      },
    };
  }
});
