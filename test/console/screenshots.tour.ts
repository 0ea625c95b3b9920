// The console's main pages, desktop (1280 × 900) and phone (375 × 812), photographed into
// docs/screenshots/ on the demo organisation and cases. Run by `npm run screenshots`
// (test/console/screenshots.jest.config.cjs), never by `npm test`.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import {
  DEMO_CAMPAIGN,
  demoCaseServices,
  seedDemoCampaign,
  seedDemoCases,
  seedDemoOrganisation,
} from '@firecase/api';
import { OrganisationRepository, UserRepository } from '@firecase/persistence';
import { eventually } from '../support/eventually';
import { createSignedInUser } from '../support/signed-in-user';
import { stackConfig } from '../support/stack';
import { signIn, useConsoleStack, waitForQuietNetwork } from './support/console-browser';

const OUT = join(__dirname, '..', '..', 'docs', 'screenshots');

interface Shot {
  readonly name: string;
  readonly user?: string;
  readonly path: string | ((cases: Map<string, string>) => string);
  readonly phone?: boolean;
  /** What must be on the page before it is photographed. */
  readonly ready: string;
  readonly then?: (page: Page) => Promise<void>;
}

const SHOTS: readonly Shot[] = [
  { name: 'login', path: '/login', phone: true, ready: 'button[type=submit]' },
  {
    name: 'workbench',
    user: 'officer.li',
    path: '/workbench',
    phone: true,
    ready: '.waiting .ant-list-item',
  },
  { name: 'register', user: 'officer.li', path: '/register', phone: true, ready: 'form' },
  {
    name: 'ledger',
    user: 'officer.li',
    path: '/ledger',
    phone: true,
    ready: '.ledger tbody tr.ant-table-row',
  },
  {
    name: 'case-detail',
    user: 'officer.li',
    path: (cases) => `/case/${cases.get('10')}`,
    phone: true,
    ready: '.case-timeline',
  },
  {
    name: 'case-action',
    user: 'supervisor.zhang',
    path: (cases) => `/case/${cases.get('14')}`,
    phone: true,
    ready: '.action-panel button',
    then: async (page) => {
      await page.getByRole('button', { name: '安排约谈', exact: true }).click();
      await page.getByRole('dialog').waitFor();
    },
  },
  {
    name: 'reassign',
    user: 'supervisor.zhang',
    path: (cases) => `/case/${cases.get('14')}`,
    phone: true,
    ready: '.action-panel button',
    then: async (page) => {
      await page.getByRole('button', { name: '变更承办人', exact: true }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('新承办人').waitFor();
      await page.locator('.ant-zoom-appear, .ant-zoom-enter').waitFor({ state: 'detached' });
      await dialog.getByLabel('新承办人').click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().waitFor();
    },
  },
  { name: 'supervision', user: 'supervisor.zhang', path: '/supervision', ready: '.board canvas' },
  {
    name: 'statistics',
    user: 'supervisor.zhang',
    path: '/analysis',
    phone: true,
    ready: '.statistics-chart canvas',
  },
  {
    name: 'campaign',
    user: 'supervisor.zhang',
    path: `/special-campaigns/${DEMO_CAMPAIGN.code}`,
    ready: '.key-periods-table tbody tr.ant-table-row',
  },
  {
    name: 'unit-supervision',
    user: 'supervisor.zhang',
    path: (cases) => `/unit-supervision?campaign=${cases.get('sweep-campaign')}`,
    phone: true,
    ready: '.unit-supervision-cases tbody tr.ant-table-row',
  },
  {
    name: 'unit-supervision-case',
    user: 'supervisor.zhang',
    path: (cases) => `/unit-supervision/${cases.get('supervision-case')}`,
    ready: '.unit-rung',
  },
  {
    name: 'reports',
    user: 'supervisor.zhang',
    path: '/progress-reports',
    ready: '.stored-reports',
  },
  {
    name: 'audit',
    user: 'auditor.chen',
    path: (cases) => `/audit/${cases.get('22')}`,
    ready: '.chain-verdict',
  },
  { name: 'users', user: 'admin.wang', path: '/system/users', ready: 'tbody tr.ant-table-row' },
  {
    name: 'notifications',
    user: 'officer.li',
    path: '/inbox',
    phone: true,
    ready: '.inbox',
  },
  {
    name: 'audit-log',
    user: 'auditor.chen',
    path: '/audit-log',
    ready: '.audit-logs tbody tr.ant-table-row',
  },
  {
    name: 'calendar',
    user: 'admin.wang',
    path: '/system/calendar',
    ready: '.calendar-years tbody tr.ant-table-row',
  },
];

describe('console screenshots', () => {
  const stack = useConsoleStack();

  it('photographs the main pages on the demo data', async () => {
    mkdirSync(OUT, { recursive: true });
    const users = await seedDemoOrganisation(
      stack.api.get(OrganisationRepository),
      stack.api.get(UserRepository),
    );
    const passwords = new Map(users.map((u) => [u.username, u.password ?? '']));
    const seeded = await seedDemoCases(demoCaseServices(stack.api));
    expect(seeded.filter((c) => c.outcome !== 'opened')).toEqual([]);
    const cases = new Map(seeded.map((c) => [c.key, c.caseNumber ?? '']));
    // The seed's campaign (its key periods past: recorded as skipped), and a sweep of a few
    // seconds that the demo units leave undone, so that 督导考核 has cases to show.
    await seedDemoCampaign(stackConfig(), stack.api.get(DataSource), () => undefined);
    const sweep = await sweepCampaign(stack);
    cases.set('sweep-campaign', sweep.code).set('supervision-case', sweep.caseNumber);
    // Let the ladder's timers of the backdated cases fire before anything is photographed.
    await new Promise((resolve) => setTimeout(resolve, 3_000));

    for (const shot of SHOTS) {
      for (const width of shot.phone ? [1280, 375] : [1280]) {
        const page = await stack.newPage({ width });
        if (shot.user) await signIn(page, shot.user, passwords.get(shot.user) ?? '');
        await page.goto(typeof shot.path === 'string' ? shot.path : shot.path(cases));
        await page.locator(shot.ready).first().waitFor();
        await waitForQuietNetwork(page);
        await shot.then?.(page);
        await page.waitForTimeout(500); // fonts and charts settle
        const file = join(OUT, `${shot.name}-${width < 600 ? 'phone' : 'desktop'}.png`);
        await page.screenshot({ path: file });
        await page.context().close();
      }
    }
  });
});

/** 冬季集中检查（演示）: a sweep that falls due in seconds, opening the units' supervision cases. */
async function sweepCampaign(
  stack: ReturnType<typeof useConsoleStack>,
): Promise<{ code: string; caseNumber: string }> {
  const supervisor = await createSignedInUser(stack.api, { role: 'supervisor' });
  const t0 = Date.now();
  const at = (seconds: number) => new Date(t0 + seconds * 1000).toISOString();
  const code = `demo-sweep-${t0.toString(36)}`;
  await stack
    .http()
    .post('/campaigns')
    .set(supervisor)
    .send({
      code,
      name: '冬季消防安全集中检查（演示）',
      start: at(-3600),
      end: at(30 * 86_400),
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
          placeTypes: ['old_residential_compound', 'nine_small_places'],
        },
      ],
      policy: {
        version: 'demo-sweep',
        keyPeriods: { sweepOpensBeforeStart: { seconds: 2 } },
        supervision: { evaluateEvery: { seconds: 3 } },
      },
    })
    .expect(201);
  const [first] = await eventually(
    async () =>
      (await stack.http().get('/supervision-cases').query({ campaign: code }).set(supervisor))
        .body as { number: string }[],
    (list) => list.length > 0,
    'the demo sweep to open supervision cases',
  );
  return { code, caseNumber: first.number };
}
