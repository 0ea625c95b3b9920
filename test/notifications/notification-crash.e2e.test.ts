// kill -9 of the worker during delivery loses none and doubles none. The worker runs as a real
// process (`node apps/worker/dist/main.js`, as `npm start` runs it) and is killed with SIGKILL
// twice: once while the SMS provider (its HTTPS API EMULATED ON LOOPBACK, the one stand-in this
// project allows) has taken a message but not answered, once while the test's real SMTP server
// holds its answer to a message. A third worker finishes the work. Every recipient then has each
// message exactly once: the SMS in doubt is found at the provider by its OutId and not sent again,
// and the e-mail the server never accepted is sent again (same Message-ID).
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { Client } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { CASE_TASK_QUEUE } from '@firecase/contract';
import { OrganisationRepository, UserRepository } from '@firecase/persistence';
import { useRealStack } from '../support/real-stack';
import { signedInUser, userOf } from '../support/signed-in-user';
import { stackConfig } from '../support/stack';
import {
  eventually,
  type NotificationChannels,
  startNotificationChannels,
  uniquePhone,
} from '../support/notification-channels';

// Real servers on a shared two-core machine: a walk can take minutes.
jest.setTimeout(480_000);
const DEPARTMENT = 'social_affairs'; // no other suite works in it
const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();
const WORKER_MAIN = join(__dirname, '..', '..', 'apps', 'worker', 'dist', 'main.js');

describe('notification delivery across kill -9 of the worker', () => {
  // Before the stack's own hook, so the worker process stops first.
  afterAll(async () => {
    if (worker && worker.exitCode === null && worker.signalCode === null) {
      worker.kill('SIGTERM');
      await new Promise((resolve) => worker!.once('exit', resolve));
    }
    await channels?.smtp.close();
    await channels?.sms.close();
  });

  const stack = useRealStack({ api: true, database: true });
  const officer = signedInUser(stack, {
    role: 'officer',
    department: DEPARTMENT,
    displayName: '赵磊',
  });
  const leader = signedInUser(stack, {
    role: 'supervisor',
    department: DEPARTMENT,
    displayName: '钱红',
  });
  const http = stack.http;
  const partyPhone = uniquePhone();
  const leaderPhone = uniquePhone();
  let channels: NotificationChannels;
  let worker: ChildProcess | undefined;

  beforeAll(async () => {
    channels = await startNotificationChannels('aliyun');
    const users = stack.api.get(UserRepository);
    await users.setContact(userOf(officer).id, {
      mobilePhone: null,
      email: 'zhao.lei@taibai.example',
    });
    await users.setContact(userOf(leader).id, {
      mobilePhone: leaderPhone,
      email: 'qian.hong@taibai.example',
    });
    await stack.api.get(OrganisationRepository).setLeader(DEPARTMENT, userOf(leader).id);
  });

  it('delivers every message of a case exactly once though its worker is killed twice mid-delivery', async () => {
    const smsInFlight = channels.sms.holdNextAnswer([partyPhone, leaderPhone]);
    worker = startWorker();
    await polling(worker);

    const opened = await http()
      .post('/cases')
      .set(officer)
      .send({
        location: { community: 'Taibai Community', address: '太白路18号敬老院' },
        category: 'electric_bike',
        hazardType: 'electric_bike.parked_in_stairwell',
        description: '楼梯间停放电动车',
        severity: 'general',
        responsibleParty: {
          name: '太白敬老院',
          contactPerson: '周敏',
          phone: partyPhone,
          head: '吴刚',
        },
        department: DEPARTMENT,
        evidence: [],
        discoveredAt: ago(30),
      })
      .expect(201);
    const caseNumber = opened.body.caseNumber as string;
    await http()
      .post(`/cases/${caseNumber}/notice`)
      .set(officer)
      .send({ requirements: '清理楼梯间', issuedAt: ago(21) })
      .expect(200);
    await http()
      .post(`/cases/${caseNumber}/notice/service`)
      .set(officer)
      .send({ method: 'in_person', recipient: '周敏', servedAt: ago(20) })
      .expect(200);

    // 1. The provider has taken an SMS and not answered yet: kill -9.
    await smsInFlight;
    const inDoubtSms = channels.sms.accepted.at(-1)!;
    await killHard(worker);
    channels.sms.release();

    // 2. A new worker; the SMTP server holds its answer to a message: kill -9 again.
    const mailInFlight = channels.smtp.holdNextAnswer();
    worker = startWorker();
    await mailInFlight;
    await killHard(worker);
    await eventually('the SMTP server to see its sender hang up', async () =>
      channels.smtp.heldSenderGone(),
    );
    channels.smtp.release();
    await eventually('the SMTP server to drop the message it never accepted', async () =>
      channels.smtp.abandoned.length === 1 ? true : undefined,
    );
    const abandoned = channels.smtp.abandoned[0];

    // 3. A third worker finishes the work.
    worker = startWorker();
    const deliveries = await eventually('every delivery of the case to be sent', async () => {
      const rows = await stack.database.query<
        {
          id: string;
          dedupe_key: string;
          channel: string;
          address: string | null;
          status: string;
          attempts: number;
        }[]
      >(
        // This file's people and the responsible party (no user): other suites' users who cover
        // the same community get in-app copies too, which prove nothing here.
        `SELECT d.id, d.dedupe_key, d.channel, d.address, d.status, d.attempts
           FROM notification_delivery d
          WHERE d.case_number = $1
            AND (d.recipient_user_id IS NULL OR d.recipient_user_id = ANY($2::uuid[]))
          ORDER BY d.id`,
        [caseNumber, [userOf(officer).id, userOf(leader).id]],
      );
      const [queued] = await stack.database.query<{ open: string }[]>(
        `SELECT count(*) FILTER (WHERE dispatched_at IS NULL) AS open FROM case_notification WHERE case_number = $1`,
        [caseNumber],
      );
      return (
        queued.open === '0' && rows.length > 0 && rows.every((r) => r.status === 'sent') && rows
      );
    });

    // Loses none: each notification the workflow raised has its deliveries.
    const notifications = await stack.database.query<
      { dedupe_key: string; audience: string; kind: string }[]
    >('SELECT dedupe_key, audience, kind FROM case_notification WHERE case_number = $1', [
      caseNumber,
    ]);
    expect(notifications.map((n) => n.kind)).toEqual(
      expect.arrayContaining([
        'notice_served',
        'deadline_reminder',
        'case_overdue',
        'interview_due',
      ]),
    );
    const channelsOf = (audience: string, kind: string) =>
      audience === 'responsible_party'
        ? ['sms']
        : audience === 'department_leader' && ['case_overdue', 'interview_due'].includes(kind)
          ? ['in_app', 'email', 'sms']
          : ['in_app', 'email'];
    for (const n of notifications) {
      const mine = deliveries.filter((d) => d.dedupe_key.startsWith(`${n.dedupe_key}|`));
      expect(mine.map((d) => d.channel).sort()).toEqual(channelsOf(n.audience, n.kind).sort());
    }

    // Doubles none: one accepted SMS per SMS delivery, one received mail per e-mail delivery.
    for (const d of deliveries.filter((r) => r.channel === 'sms')) {
      expect(channels.sms.accepted.filter((a) => a.reference === `fc${d.id}`)).toHaveLength(1);
      expect(
        channels.sms.requests.filter(
          (r) => r.action === 'SendSms' && r.fields.OutId === `fc${d.id}`,
        ),
      ).toHaveLength(1);
    }
    const mails = channels.smtp.received.filter((m) => m.deliveryKey.startsWith(`${caseNumber}:`));
    const emailed = deliveries.filter((r) => r.channel === 'email').map((r) => r.dedupe_key);
    expect(mails.map((m) => m.deliveryKey).sort()).toEqual(emailed.sort());

    // The SMS in doubt was looked up at the provider, found, and not sent again …
    const inDoubt = deliveries.find((d) => `fc${d.id}` === inDoubtSms.reference)!;
    expect(inDoubt.attempts).toBeGreaterThanOrEqual(2);
    expect(
      channels.sms.requests.some(
        (r) => r.action === 'QuerySendDetails' && r.fields.PhoneNumber === inDoubt.address,
      ),
    ).toBe(true);
    // … and the e-mail the server never accepted came once, with the Message-ID of the first try.
    const resent = mails.filter((m) => m.deliveryKey === abandoned.deliveryKey);
    expect(resent).toHaveLength(1);
    expect(resent[0].messageId).toBe(abandoned.messageId);
  });

  /**
   * The worker process polls a few seconds after it starts; until then the API rightly answers
   * 503 to a new case (no worker would run it). Its poller names it by its process id.
   */
  async function polling(child: ChildProcess): Promise<void> {
    const client = stack.api.get(Client);
    await eventually('the new worker to poll the case task queue', async () => {
      const described = await client.workflowService.describeTaskQueue({
        namespace: stackConfig().temporal.namespace,
        taskQueue: { name: CASE_TASK_QUEUE },
        taskQueueType: temporal.api.enums.v1.TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW,
      });
      return (described.pollers ?? []).some((poller) =>
        poller.identity?.startsWith(`${child.pid}@`),
      );
    });
  }

  function startWorker(): ChildProcess {
    const config = stackConfig();
    const child = spawn(process.execPath, [WORKER_MAIN], {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        LOG_LEVEL: 'warn',
        DATABASE_URL: config.database.url,
        TEMPORAL_ADDRESS: config.temporal.address,
        TEMPORAL_NAMESPACE: config.temporal.namespace,
        NOTIFICATION_CLAIM_LEASE_SECONDS: '3',
        ...channels.env,
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    return child;
  }

  async function killHard(child: ChildProcess): Promise<void> {
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.once('exit', (_code, signal) => resolve(signal)),
    );
    expect(child.kill('SIGKILL')).toBe(true);
    await expect(exited).resolves.toBe('SIGKILL');
  }
});
