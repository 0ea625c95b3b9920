// The console in Chromium against the real stack: the ledger's overdue filter, set in the page,
// lists exactly what the API's ledger says is overdue (with red 三色 tags); the access token is
// refreshed silently before it expires; a user disabled while signed in is sent back to 登录
// with the reason; and the main pages meet WCAG AA (axe-core, run in the page).
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import {
  createSignedInUser,
  passwordOf,
  userOf,
  type BearerHeaders,
} from '../support/signed-in-user';
import { choose, signIn, useConsoleStack, waitForQuietNetwork } from './support/console-browser';

const DAY_MS = 86_400_000;
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

describe('console: ledger, session and accessibility (Chromium, real stack)', () => {
  // A 75-second access token: the console refreshes a minute before expiry, so after 15 s.
  const stack = useConsoleStack({ ACCESS_TOKEN_TTL_SECONDS: '75' });
  const community = `台账社区-${randomBytes(3).toString('hex')}`;
  let officer: BearerHeaders;
  const overdueCases: string[] = [];

  const openCase = async (daysAgo: number, overdue: boolean): Promise<string> => {
    const at = (days: number, hour: number) =>
      new Date(Date.now() - days * DAY_MS + hour * 3_600_000).toISOString();
    const opened = await stack
      .http()
      .post('/cases')
      .set(officer)
      .send({
        location: { community, address: `滨江路 ${Math.floor(Math.random() * 900) + 100} 号` },
        category: 'electric_bike',
        hazardType: 'electric_bike.parked_in_stairwell',
        description: '楼梯间停放电动车',
        severity: 'general',
        responsibleParty: { name: '台账测试物业' },
        department: 'planning_environment',
        discoveredAt: at(daysAgo, -2),
      })
      .expect(201);
    const caseNumber = opened.body.caseNumber as string;
    if (overdue) {
      // A paper notice entered late: issued and served long ago, so its deadline has passed.
      await stack
        .http()
        .post(`/cases/${caseNumber}/notice`)
        .set(officer)
        .send({ requirements: '清理', issuedAt: at(daysAgo, -1) })
        .expect(200);
      await stack
        .http()
        .post(`/cases/${caseNumber}/notice/service`)
        .set(officer)
        .send({ method: 'in_person', recipient: '王芳', servedAt: at(daysAgo, 0) })
        .expect(200);
    }
    return caseNumber;
  };

  beforeAll(async () => {
    officer = await createSignedInUser(stack.api, {
      role: 'officer',
      communities: [community],
      displayName: '台账承办人',
    });
    overdueCases.push(await openCase(20, true), await openCase(25, true));
    await openCase(0, false);
    // The deadline timers fire in the worker; wait until the ledger says so.
    for (let attempt = 0; attempt < 60; attempt += 1) {
      const page = await stack
        .http()
        .get('/cases')
        .query({ community, overdue: true })
        .set(officer);
      if (page.body.items.length === 2) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  });

  stack.journey('filters the ledger to the overdue cases exactly as the API does', async () => {
    const page = await stack.newPage();
    await signIn(page, userOf(officer).username, passwordOf(officer));
    await page.goto(`/ledger?community=${encodeURIComponent(community)}`);
    await expectRows(page, 3);
    await choose(page, '是否逾期', '已逾期');
    const asked: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/cases') asked.push(request.url());
    });
    await page.getByRole('button', { name: '查询' }).click();
    await expectRows(page, 2);
    await waitForQuietNetwork(page);
    // The route's loader asks for the filtered page as the navigation starts; the page uses it.
    expect(asked).toHaveLength(1);
    const shown = await page.locator('.ledger tbody tr td:first-child a').allInnerTexts();
    const api = await stack
      .http()
      .get('/cases')
      .query({ community, overdue: true })
      .set(officer)
      .expect(200);
    const listed = (api.body as { items: { caseNumber: string }[] }).items;
    expect(new Set(shown)).toEqual(new Set(listed.map((row) => row.caseNumber)));
    expect(new Set(shown)).toEqual(new Set(overdueCases));
    expect(await page.locator('.ledger tbody .due-tag.due-red').count()).toBe(2);
    expect(new URL(page.url()).searchParams.get('overdue')).toBe('true');
  });

  stack.journey('refreshes the access token silently before it expires', async () => {
    const page = await stack.newPage();
    await signIn(page, userOf(officer).username, passwordOf(officer));
    const first = await accessTokenOf(page);
    // Serialised into the page: self-contained.
    await page.waitForFunction(
      (token) => {
        const stored = sessionStorage.getItem('firecase.session');
        return (
          stored !== null && (JSON.parse(stored) as { accessToken: string }).accessToken !== token
        );
      },
      first,
      { timeout: 60_000 },
    );
    await page.getByRole('link', { name: '隐患台账' }).click();
    await page.waitForURL(/\/ledger$/);
    // Still signed in: the ledger answers with rows (other tests' cases too: no count here).
    await page.locator('.ledger tbody tr.ant-table-row').first().waitFor();
  });

  stack.journey('sends a user disabled while signed in back to 登录, saying why', async () => {
    const person = await createSignedInUser(stack.api, {
      role: 'officer',
      communities: [community],
    });
    const admin = await createSignedInUser(stack.api, { role: 'administrator' });
    const page = await stack.newPage();
    await signIn(page, userOf(person).username, passwordOf(person));
    await stack
      .http()
      .post(`/admin/users/${userOf(person).id}/disable`)
      .set(admin)
      .expect(200);
    // The page's next request answers 401: the 工作台's own, still loading, or this click's.
    await page
      .getByRole('link', { name: '隐患台账' })
      .click({ timeout: 5_000 })
      .catch(() => undefined);
    await page.waitForURL(/\/login$/);
    await page.getByText('登录已失效（已退出、账号被停用或密码已重置），请重新登录').waitFor();
  });

  stack.journey('meets WCAG 2.1 AA on its main pages (axe-core)', async () => {
    const page = await stack.newPage({ bypassCsp: true }); // axe is injected as a script
    const check = async (where: string) => {
      await waitForQuietNetwork(page);
      // A button or panel still loading is drawn faded; check the page as the user reads it.
      await page.waitForFunction(
        () =>
          document.querySelectorAll('.ant-btn-loading, .ant-spin-spinning, .ant-skeleton')
            .length === 0,
      );
      await page.addScriptTag({ content: AXE });
      // Browser-side code as text: this file is type-checked for Node, without the DOM.
      const violations = await page.evaluate<string[]>(`
        axe
          .run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
          .then((result) => result.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))
      `);
      expect({ where, violations }).toEqual({ where, violations: [] });
    };
    await page.goto('/login');
    await check('登录');
    await signIn(page, userOf(officer).username, passwordOf(officer));
    await check('工作台');
    for (const path of [
      '/register',
      `/ledger?community=${encodeURIComponent(community)}`,
      `/case/${overdueCases[0]}`,
      '/analysis',
      '/special-campaigns',
      '/unit-supervision',
    ]) {
      await page.goto(path);
      await page.locator('.ant-card, .ledger').first().waitFor();
      await check(path);
    }
  });
});

async function expectRows(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    (n) => document.querySelectorAll('.ledger tbody tr.ant-table-row').length === n,
    count,
  );
}

async function accessTokenOf(page: Page): Promise<string | undefined> {
  return page.evaluate(storedAccessToken);
}

/** Runs in the page (no closure over this file): the access token the console keeps. */
function storedAccessToken(): string | undefined {
  const stored = sessionStorage.getItem('firecase.session');
  return stored ? (JSON.parse(stored) as { accessToken: string }).accessToken : undefined;
}

// What the browser-side callbacks above use; this file is type-checked for Node, without the DOM.
declare const document: { querySelectorAll(selector: string): { length: number } };
declare const sessionStorage: { getItem(key: string): string | null };
