// Progress reports (消防安全隐患排查整治工作进展情况) on the real stack: the worker installs the
// weekly and monthly Temporal Schedules when it starts; a Schedule's run generates and stores the
// report and tells the sub-district's leaders; a test Schedule every few seconds shows one run by
// itself on the dev server (Schedules do not run on the time-skipping server); and the API makes
// any period's report on demand. The PDF's text and the workbook's cells are read back.
import { randomUUID } from 'node:crypto';
import { Workbook } from 'exceljs';
import { REPORT_SCHEDULE_IDS } from '@firecase/contract';
import { CASE_TASK_QUEUE } from '@firecase/contract';
import { reportPeriodBefore } from '@firecase/domain';
import { extractPdfTextCompact } from '@firecase/notices/testing';
import type { StoredReport } from '@firecase/persistence';
import { ensureReportSchedule } from '@firecase/worker';
import { eventually } from './support/eventually';
import { readModelRows } from './support/read-model-rows';
import { useRealStack } from './support/real-stack';
import { signedInUser } from './support/signed-in-user';

const COMMUNITY = `Report Community ${randomUUID().slice(0, 6)}`;

describe('progress reports (real stack)', () => {
  const stack = useRealStack({ worker: true, api: true, database: true, temporal: true });
  const supervisor = signedInUser(stack, { role: 'supervisor' });
  const officer = signedInUser(stack, { role: 'officer' });
  const http = stack.http;

  const binary = (request: ReturnType<ReturnType<typeof http>['get']>) =>
    request.buffer(true).parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    });

  describe('with cases of its own', () => {
    const rows = readModelRows(() => stack.database);
    beforeAll(async () => {
      await stack.database.query(`INSERT INTO community (code, name) VALUES ($1, '报告测试社区')`, [
        COMMUNITY,
      ]);
      const day = (date: string) => new Date(`${date}T10:00:00+08:00`).toISOString();
      await rows.insert({
        community: COMMUNITY,
        status: 'closed',
        discoveredAt: day('2024-02-05'),
        closedAt: day('2024-02-14'),
      });
      await rows.insert({
        community: COMMUNITY,
        status: 'rectifying',
        discoveredAt: day('2024-02-13'),
        overdue: true,
        deadlineAt: day('2024-02-20'),
        address: '逾期测试路7号',
      });
      await rows.insert({
        community: COMMUNITY,
        status: 'awaiting_notice',
        discoveredAt: day('2024-02-27'),
      });
    });
    afterAll(async () => {
      await rows.removeAll();
      await stack.database.query(`DELETE FROM community WHERE code = $1`, [COMMUNITY]);
    });

    it('installs the weekly and monthly Schedules at 08:00 Beijing, Mondays and the 1st', async () => {
      const weekly = await eventually(
        () =>
          stack.client.schedule
            .getHandle(REPORT_SCHEDULE_IDS.weekly)
            .describe()
            .catch(() => undefined),
        (described) => described !== undefined,
        'the worker to install the weekly schedule',
      );
      expect(weekly!.spec.calendars).toEqual([
        expect.objectContaining({
          dayOfWeek: [{ start: 'MONDAY', end: 'MONDAY', step: 1 }],
          hour: [{ start: 8, end: 8, step: 1 }],
          minute: [{ start: 0, end: 0, step: 1 }],
        }),
      ]);
      expect(weekly!.spec.timezone).toBe('Asia/Shanghai');
      for (const next of weekly!.info.nextActionTimes) {
        const beijing = new Date(next.getTime() + 8 * 3_600_000);
        expect([beijing.getUTCDay(), beijing.getUTCHours(), beijing.getUTCMinutes()]).toEqual([
          1, 8, 0,
        ]);
      }
      const monthly = await stack.client.schedule.getHandle(REPORT_SCHEDULE_IDS.monthly).describe();
      for (const next of monthly.info.nextActionTimes) {
        const beijing = new Date(next.getTime() + 8 * 3_600_000);
        expect([beijing.getUTCDate(), beijing.getUTCHours()]).toEqual([1, 8]);
      }
    });

    it('generates, stores and announces a report when its Schedule runs', async () => {
      await stack.client.schedule.getHandle(REPORT_SCHEDULE_IDS.weekly).trigger();
      const period = reportPeriodBefore('weekly', new Date().toISOString());
      const [report] = await eventually(
        async () =>
          (
            (await http().get('/reports?kind=weekly').set(supervisor).expect(200))
              .body as StoredReport[]
          ).filter((r) => r.periodStart === period.startsAt),
        (found) => found.length === 1,
        "the Schedule's weekly report",
      );
      const sent = await eventually(
        () =>
          stack.database.query<{ audience: string; kind: string }[]>(
            `SELECT params->>'audience' AS audience, kind FROM case_notification WHERE params->>'subject' = $1`,
            [`report-${report.id}`],
          ),
        (rows) => rows.length > 0,
        'the leaders to be told',
      );
      expect(sent).toEqual([{ audience: 'sub_district_leaders', kind: 'progress_report' }]);
      const pdf = await binary(http().get(`/reports/${report.id}.pdf`).set(supervisor)).expect(200);
      expect(pdf.headers['content-type']).toBe('application/pdf');
      expect(extractPdfTextCompact(pdf.body as Buffer)).toContain(
        '消防安全隐患排查整治工作进展情况（周报）',
      );
      await http().get(`/reports/${report.id}.pdf`).set(officer).expect(403);
      await http().get('/reports/999999999.pdf').set(supervisor).expect(404);
    });

    it('runs a Schedule by itself on the dev server (a test one, every two seconds)', async () => {
      const scheduleId = `progress-report-test-${randomUUID().slice(0, 8)}`;
      await ensureReportSchedule(
        stack.client,
        'monthly',
        { intervals: [{ every: '2s' }] },
        CASE_TASK_QUEUE,
        scheduleId,
      );
      try {
        const period = reportPeriodBefore('monthly', new Date().toISOString());
        await eventually(
          async () =>
            (
              (await http().get('/reports?kind=monthly').set(supervisor).expect(200))
                .body as StoredReport[]
            ).filter((r) => r.periodStart === period.startsAt),
          (found) => found.length === 1,
          "the test Schedule's monthly report",
        );
        const described = await stack.client.schedule.getHandle(scheduleId).describe();
        expect(described.info.recentActions.length).toBeGreaterThan(0);
      } finally {
        await stack.client.schedule.getHandle(scheduleId).delete();
      }
    });

    it('makes any month’s report on demand, in Chinese, as PDF and XLSX', async () => {
      const pdf = await binary(
        http().get('/reports/progress.pdf?kind=monthly&date=2024-02-15').set(supervisor),
      ).expect(200);
      expect(pdf.headers['content-disposition']).toContain(
        encodeURIComponent('消防安全隐患排查整治工作进展情况（月报）2024-02-01.pdf'),
      );
      const text = extractPdfTextCompact(pdf.body as Buffer);
      expect(text).toContain('统计时段：2024年2月1日至2月29日');
      expect(text).toContain('报告测试社区');
      expect(text).toContain('逾期测试路7号');
      const xlsx = await binary(
        http().get('/reports/progress.xlsx?kind=monthly&date=2024-02-15').set(supervisor),
      ).expect(200);
      const workbook = new Workbook();
      await workbook.xlsx.load(xlsx.body as ArrayBuffer);
      const units = workbook.getWorksheet('分单位情况')!;
      const line = units
        .getSheetValues()
        .find((row) => Array.isArray(row) && row[1] === '报告测试社区') as unknown[];
      // February: its three cases found, one closed; in all three, one rectified, one overdue.
      expect(line.slice(1, 9)).toEqual(['报告测试社区', '村（社区）', 3, 1, 3, 1, '33.3%', 1]);
      const bad = await http().get('/reports/progress.pdf?kind=yearly').set(supervisor).expect(400);
      expect(bad.body.fields[0].field).toBe('kind');
      await http()
        .get('/reports/progress.pdf?kind=weekly&date=2024-02-30')
        .set(supervisor)
        .expect(400);
      await http().get('/reports/progress.pdf?kind=weekly').set(officer).expect(403);
    });
  });
});
