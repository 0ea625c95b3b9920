// 每日待办 on the real Temporal dev server (the time-skipping test server has no Schedules) and
// PostgreSQL: the worker creates the Schedule at boot and again without duplicating it; triggering
// the Schedule runs the digest workflow, whose answer follows the statutory calendar of the day it
// runs (derived here from the same calendar, so the test holds on any day); the digest activity on
// fixed dates lists what is due, overdue and waiting, and queues each person's digest once.
import { ScheduleOverlapPolicy } from '@temporalio/client';
import { DAILY_DIGEST_SCHEDULE_ID, type DailyDigestResult } from '@firecase/contract';
import { StatutoryCalendar } from '@firecase/calendar';
import { beijingDate, DEFAULT_NOTIFICATION_POLICY } from '@firecase/notifications';
import {
  CaseNotificationRepository,
  CaseSnapshotRepository,
  StatutoryCalendarRepository,
  UserRepository,
} from '@firecase/persistence';
import { createDigestActivities, ensureDigestSchedule } from '@firecase/worker';
import { eventually } from '../support/notification-channels';
import { startWorkerApp } from '../support/running-apps';
import { useRealStack } from '../support/real-stack';
import { signedInUser, userOf } from '../support/signed-in-user';
import { stackConfig } from '../support/stack';

// Real servers on a shared two-core machine: a walk can take minutes.
jest.setTimeout(480_000);
describe('daily digest (每日待办) Schedule on the dev server', () => {
  const stack = useRealStack({ api: true, temporal: true, database: true });
  const officer = signedInUser(stack, {
    role: 'officer',
    department: 'economic_development',
    displayName: '孙丽',
  });
  let worker: Awaited<ReturnType<typeof startWorkerApp>>;
  let caseNumber: string;

  beforeAll(async () => {
    worker = await startWorkerApp(
      stackConfig({ DIGEST_SCHEDULE: 'true', NOTIFICATION_POLL_MS: '200' }),
    );
    const opened = await stack
      .http()
      .post('/cases')
      .set(officer)
      .send({
        location: { community: 'Taibai Community', address: '太白路6号仓库' },
        category: 'electric_bike',
        hazardType: 'electric_bike.parked_in_stairwell',
        description: '仓库通道停放电动车',
        severity: 'general',
        responsibleParty: { name: '某仓储公司' },
        department: 'economic_development',
        evidence: [],
        discoveredAt: new Date().toISOString(),
      })
      .expect(201);
    caseNumber = opened.body.caseNumber;
    await eventually('the case in the read model', async () => {
      const rows = await stack.database.query('SELECT 1 FROM hazard_case WHERE case_number = $1', [
        caseNumber,
      ]);
      return rows.length > 0;
    });
  });

  afterAll(async () => {
    await worker?.stop();
  });

  it('is created at boot for 08:30 Asia/Shanghai, and updating it twice leaves one', async () => {
    const handle = stack.client.schedule.getHandle(DAILY_DIGEST_SCHEDULE_ID);
    const described = await eventually('the schedule', () =>
      handle.describe().catch(() => undefined),
    );
    expect(described.spec.timezone).toBe('Asia/Shanghai');
    expect(described.spec.calendars).toEqual([
      expect.objectContaining({
        hour: [{ start: 8, end: 8, step: 1 }],
        minute: [{ start: 30, end: 30, step: 1 }],
      }),
    ]);
    expect(described.action).toMatchObject({
      type: 'startWorkflow',
      workflowType: 'dailyDigestWorkflow',
    });
    expect(described.policies.overlap).toBe(ScheduleOverlapPolicy.SKIP);
    const next = described.info.nextActionTimes[0];
    expect(new Date(next.getTime() + 8 * 3_600_000).toISOString().slice(11, 16)).toBe('08:30');

    await expect(ensureDigestSchedule(stack.client, DEFAULT_NOTIFICATION_POLICY)).resolves.toBe(
      'updated',
    );
    await expect(ensureDigestSchedule(stack.client, DEFAULT_NOTIFICATION_POLICY)).resolves.toBe(
      'updated',
    );
    const ids: string[] = [];
    for await (const schedule of stack.client.schedule.list()) ids.push(schedule.scheduleId);
    expect(ids.filter((id) => id === DAILY_DIGEST_SCHEDULE_ID)).toHaveLength(1);
  });

  it('runs when triggered, and answers by the statutory calendar of the day', async () => {
    const handle = stack.client.schedule.getHandle(DAILY_DIGEST_SCHEDULE_ID);
    const before = (await handle.describe()).info.recentActions.length;
    await handle.trigger();
    const action = await eventually('the triggered run', async () => {
      const actions = (await handle.describe()).info.recentActions;
      return actions.length > before ? actions.at(-1) : undefined;
    });
    const run = stack.client.workflow.getHandle(
      action.action.workflow.workflowId,
      action.action.workflow.firstExecutionRunId,
    );
    const result: DailyDigestResult = await run.result();
    const started = (await run.describe()).startTime;
    expect(result.date).toBe(beijingDate(started));
    expect(result.workingDay).toBe(
      (await stack.api.get(StatutoryCalendarRepository).calendar()).covers(
        Number(result.date.slice(0, 4)),
      )
        ? (await stack.api.get(StatutoryCalendarRepository).calendar()).isWorkingDay(result.date)
        : ![0, 6].includes(new Date(`${result.date}T00:00:00Z`).getUTCDay()),
    );
    if (result.workingDay) {
      const [digest] = await stack.database.query<{ kind: string }[]>(
        `SELECT kind FROM case_notification WHERE dedupe_key = $1`,
        [`daily_digest:${result.date}:${userOf(officer).id}`],
      );
      expect(digest).toEqual({ kind: 'daily_digest' });
    } else {
      expect(result.queued).toBe(0);
    }
  });

  it('lists what is due, overdue and waiting on a working day, once per person and day', async () => {
    const activities = createDigestActivities({
      users: stack.api.get(UserRepository),
      cases: stack.api.get(CaseSnapshotRepository),
      notifications: stack.api.get(CaseNotificationRepository),
      calendar: { calendar: async () => StatutoryCalendar.builtIn() },
    });
    // Dates apart from today's run above: 2025-10-01 is National Day (国庆节), no digest;
    // 2025-12-02 is a Tuesday, a working day.
    await expect(activities.queueDailyDigests({ at: '2025-10-01T00:30:00Z' })).resolves.toEqual({
      date: '2025-10-01',
      workingDay: false,
      queued: 0,
    });
    const first = await activities.queueDailyDigests({ at: '2025-12-02T00:30:00Z' });
    expect(first).toMatchObject({ date: '2025-12-02', workingDay: true });
    expect(first.queued).toBeGreaterThanOrEqual(1);
    await expect(activities.queueDailyDigests({ at: '2025-12-02T00:30:00Z' })).resolves.toEqual({
      date: '2025-12-02',
      workingDay: true,
      queued: 0,
    });
    const inbox = await eventually("the digest in the officer's inbox", async () => {
      const page = await stack.http().get('/notifications').set(officer).expect(200);
      return (page.body.items as { kind: string; title: string; body: string }[]).find(
        (item) => item.kind === 'daily_digest' && item.title === '每日待办（2025-12-02）',
      );
    });
    expect(inbox.body).toContain('孙丽，您好');
    expect(inbox.body).toContain(`${caseNumber} 太白路6号仓库：下达整改通知书`);
  });
});
