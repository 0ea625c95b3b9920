// The console in Chromium against the real stack: a supervisor's 统计 page shows, for a
// community's cases and filters set in the page, the same counts as GET /statistics; 专项行动
// lists a campaign with its key period and sweep tasks; 督导考核 lists the unit supervision case
// the campaign opened for the community that left its sweep undone (as GET /supervision-cases
// says), and the supervisor issues its 督办通知 through the page's form; 工作报告 downloads a
// report; the community's officer records its sweep inspection. The campaign's policy
// runs in seconds, as in test/unit-supervision.e2e.test.ts.
import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { eventually } from '../support/eventually';
import {
  createSignedInUser,
  passwordOf,
  userOf,
  type BearerHeaders,
} from '../support/signed-in-user';
import { choose, signIn, useConsoleStack, waitForQuietNetwork } from './support/console-browser';

const CAMPAIGN_NAME = '控制台督导测试专项行动';

function campaign(code: string, t0 = Date.now()) {
  const at = (seconds: number) => new Date(t0 + seconds * 1000).toISOString();
  return {
    code,
    name: CAMPAIGN_NAME,
    start: at(-3600),
    end: at(600),
    categories: [
      { category: 'electric_bike', leadDepartment: 'emergency', responsibleLeader: '刘志强' },
    ],
    keyPeriods: [
      {
        code: 'sweep',
        name: '集中检查周',
        start: at(2),
        end: at(6),
        calls: ['sweep'],
        placeTypes: ['old_residential_compound'],
      },
    ],
    policy: {
      version: 'console-supervision',
      keyPeriods: { sweepOpensBeforeStart: { seconds: 2 } },
      supervision: {
        evaluateEvery: { seconds: 3 },
        rungs: {
          supervisionNoticeWithin: { minutes: 30 },
          responseWindow: { minutes: 30 },
          criticismWithin: { minutes: 30 },
          interviewHeldWithin: { minutes: 30 },
        },
      },
    },
  };
}

interface SupervisionListed {
  readonly number: string;
  readonly unit: { readonly code: string; readonly kind: string };
}

describe('console: statistics, campaigns and unit supervision (Chromium, real stack)', () => {
  const stack = useConsoleStack();
  const community = `督导社区-${randomBytes(3).toString('hex')}`;
  const code = `console-sup-${randomBytes(4).toString('hex')}`;
  let officer: BearerHeaders;
  let supervisor: BearerHeaders;
  let supervisionNumber = '';

  beforeAll(async () => {
    officer = await createSignedInUser(stack.api, { role: 'officer', communities: [community] });
    supervisor = await createSignedInUser(stack.api, { role: 'supervisor', displayName: '张敏' });
    for (const [type, severity] of [
      ['electric_bike.parked_in_stairwell', 'general'],
      ['electric_bike.charged_from_ad_hoc_wiring', 'major'],
    ] as const) {
      await stack
        .http()
        .post('/cases')
        .set(officer)
        .send({
          location: { community, address: `滨江路 ${Math.floor(Math.random() * 900) + 100} 号` },
          category: 'electric_bike',
          hazardType: type,
          description: '楼道内电动车隐患',
          severity,
          responsibleParty: { name: '督导测试物业' },
          department: 'planning_environment',
          discoveredAt: new Date(Date.now() - 10_000).toISOString(),
        })
        .expect(201);
    }
    await stack.http().post('/campaigns').set(supervisor).send(campaign(code)).expect(201);
    const path = `/supervision-cases?campaign=${code}&unitKind=community&unitCode=${encodeURIComponent(community)}`;
    const [opened] = await eventually(
      async () =>
        (await stack.http().get(path).set(supervisor).expect(200)).body as SupervisionListed[],
      (cases) => cases.length > 0,
      "the community's unit supervision case",
    );
    supervisionNumber = opened.number;
  });

  stack.journey('统计 shows the counts GET /statistics gives for the same filters', async () => {
    const page = await stack.newPage();
    await signIn(page, userOf(supervisor).username, passwordOf(supervisor));
    await page.getByRole('link', { name: '统计分析' }).click();
    await page.waitForURL(/\/analysis$/);
    await page.locator('.statistics-chart canvas').first().waitFor();
    await choose(page, '所属村（社区）', community);
    await page.getByRole('button', { name: '统计', exact: true }).click();
    await waitForQuietNetwork(page);
    const api = (
      await stack.http().get('/statistics').query({ community }).set(supervisor).expect(200)
    ).body as { total: number; bySeverity: { label: string; count: number }[] };
    expect(api.total).toBe(2);
    await expectText(page.locator('.stat-total .ant-statistic-content-value'), String(api.total));
    const severity = page.locator('.statistics-chart[data-chart="按隐患等级"] tbody tr');
    for (const entry of api.bySeverity.filter((e) => e.count > 0)) {
      await expectText(
        severity.filter({ hasText: entry.label }).locator('td.stat-count'),
        String(entry.count),
      );
    }
    // A campaign chosen: its key periods' figures too.
    await choose(page, '专项行动', CAMPAIGN_NAME);
    await page.getByRole('button', { name: '统计', exact: true }).click();
    await page.locator('.key-periods tbody tr', { hasText: '集中检查周' }).waitFor();
  });

  stack.journey(
    '督导考核 lists the case the API lists; the supervisor issues 督办通知',
    async () => {
      const page = await stack.newPage();
      await signIn(page, userOf(supervisor).username, passwordOf(supervisor));
      await page.getByRole('link', { name: '督导考核' }).click();
      await page.goto(`/unit-supervision?campaign=${code}`);
      const row = page.locator('.unit-supervision-cases tbody tr', { hasText: community });
      await row.waitFor();
      await expectText(row.locator('a'), supervisionNumber);
      const listed = (
        await stack
          .http()
          .get('/supervision-cases')
          .query({ campaign: code, unitKind: 'community', unitCode: community })
          .set(supervisor)
          .expect(200)
      ).body as SupervisionListed[];
      expect(listed.map((c) => c.number)).toEqual([supervisionNumber]);
      expect(await row.count()).toBe(listed.length);
      await page
        .locator('.unit-figures tbody tr', { hasText: community })
        .filter({ hasText: '0/1' })
        .waitFor();

      await row.locator('a').click();
      await page.waitForURL(/\/unit-supervision\/DB-/);
      await page.getByRole('button', { name: '下达督办通知' }).click();
      const dialog = page.getByRole('dialog', { name: '下达督办通知' });
      // A click during the dialog's opening animation can be lost: wait until it has settled.
      await dialog.getByLabel('督办要求').waitFor();
      await page.locator('.ant-zoom-appear, .ant-zoom-enter').waitFor({ state: 'detached' });
      await dialog.getByRole('button', { name: '提交' }).click();
      await dialog.getByText('请填写').waitFor();
      await dialog.getByLabel('督办要求').fill('请于7日内补齐集中检查并报告街道');
      await dialog.getByRole('button', { name: '提交' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.locator('.case-timeline', { hasText: '下达督办通知' }).waitFor();
      await page.locator('.unit-rung', { hasText: '请于7日内补齐集中检查并报告街道' }).waitFor();
      const after = (
        await stack
          .http()
          .get(`/supervision-cases/${supervisionNumber}`)
          .set(supervisor)
          .expect(200)
      ).body as {
        state: { rungs: { kind: string; issued?: { summary: string; by: { name: string } } }[] };
      };
      expect(after.state.rungs[0]).toMatchObject({
        kind: 'supervision_notice',
        issued: { summary: '请于7日内补齐集中检查并报告街道', by: { name: '张敏' } },
      });
    },
  );
  stack.journey('工作报告 downloads the weekly report made on demand, as a PDF', async () => {
    const page = await stack.newPage();
    await signIn(page, userOf(supervisor).username, passwordOf(supervisor));
    await page.getByRole('link', { name: '工作报告' }).click();
    await page.waitForURL(/\/progress-reports$/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载 PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^消防安全隐患排查整治工作进展情况（周报）\d{4}-\d{2}-\d{2}\.pdf$/,
    );
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  // Last: recording the inspection lets the community recover, which closes its case.
  stack.journey(
    '专项行动 shows the campaign and its sweep tasks; the officer records the inspection',
    async () => {
      const page = await stack.newPage({ width: 375 });
      await signIn(page, userOf(officer).username, passwordOf(officer));
      await page.goto('/special-campaigns');
      await page.getByRole('link', { name: CAMPAIGN_NAME }).first().click();
      await page.waitForURL(new RegExp(`/special-campaigns/${code}$`));
      await page.locator('.key-periods-table tbody tr', { hasText: '集中检查周' }).waitFor();
      const task = page.locator('.sweep-tasks tbody tr', { hasText: community });
      await expectText(task.locator('.task-status'), '待检查');
      await task.locator('.task-overdue').waitFor();
      await task.getByRole('button', { name: '记录检查' }).click();
      const dialog = page.getByRole('dialog', { name: `记录检查 · ${community}` });
      await dialog.getByLabel('检查老旧小区（处）').fill('3');
      await dialog.getByLabel('检查情况').fill('检查老旧小区3处，未发现新的隐患');
      await dialog.getByRole('button', { name: '提交' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await expectText(task.locator('.task-status'), '已完成');
      const tasks = (
        await stack
          .http()
          .get(`/campaigns/${code}/tasks`)
          .query({ unitKind: 'community', unitCode: community })
          .set(supervisor)
          .expect(200)
      ).body as {
        status: string;
        inspection?: { placesInspected: unknown[]; by: { name: string } };
      }[];
      expect(tasks).toHaveLength(1);
      expect(tasks[0]).toMatchObject({
        status: 'done',
        inspection: {
          placesInspected: [{ placeType: 'old_residential_compound', count: 3 }],
          by: { name: userOf(officer).displayName },
        },
      });
    },
  );
});

/** Waits until the locator's text is one of `expected` (the page renders after its requests). */
async function expectText(locator: ReturnType<Page['locator']>, ...expected: string[]) {
  await locator.first().waitFor();
  await eventually(
    async () => (await locator.first().innerText()).trim(),
    (text) => expected.includes(text),
    `the text ${expected.join(' or ')}`,
    30_000,
  );
}
