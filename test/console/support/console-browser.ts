// The console in Debian's Chromium against the real stack: the worker and the API (listening on
// a loopback port, serving the built console at /) on the integration stack's PostgreSQL and
// Temporal, and a browser driven by playwright-core. Never a downloaded browser.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import request from 'supertest';
import { startApiApp, startWorkerApp } from '../../support/running-apps';
import { stackConfig } from '../../support/stack';

export const CHROMIUM = '/usr/bin/chromium';

/** The flags a sandboxed, offline machine needs: no GPU, no phoning home, no first-run UI. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Where a failed journey leaves a screenshot of each of its pages (git-ignored). */
export const FAILURE_DIR = join(__dirname, '..', '..', '..', '.test-data', 'console-failures');

export interface ConsoleStack {
  readonly api: INestApplication;
  /** http://127.0.0.1:<port> */
  readonly baseUrl: string;
  /** A fresh browser context (its own sessionStorage): one signed-in person. */
  newPage(options?: { readonly width?: number; readonly bypassCsp?: boolean }): Promise<Page>;
  /** supertest on the API, for setting up what a journey starts from. */
  http(): ReturnType<typeof request>;
  /** it(), but a failure also leaves screenshots of the open pages in FAILURE_DIR. */
  journey(name: string, run: () => Promise<void>): void;
}

/** Starts worker, API and Chromium before the file's tests; stops them after. */
export function useConsoleStack(configOverrides: Record<string, string> = {}): ConsoleStack {
  let worker: Awaited<ReturnType<typeof startWorkerApp>> | undefined;
  let api: INestApplication | undefined;
  let browser: Browser | undefined;
  let baseUrl = '';
  const contexts: BrowserContext[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    const config = stackConfig(configOverrides);
    worker = await startWorkerApp(config);
    api = await startApiApp(config);
    await api.listen(0, '127.0.0.1');
    baseUrl = (await api.getUrl()).replace('[::1]', '127.0.0.1');
    // launch() gives the browser a fresh, empty user-data dir of its own, removed on close.
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await api?.close();
    await worker?.stop();
  });

  return {
    get api() {
      if (!api) throw new Error('the console stack starts in beforeAll');
      return api;
    },
    get baseUrl() {
      return baseUrl;
    },
    http: () => request(api!.getHttpServer()),
    async newPage({ width = 1280, bypassCsp = false } = {}) {
      if (!browser) throw new Error('the console stack starts in beforeAll');
      const context = await browser.newContext({
        baseURL: baseUrl,
        viewport: { width, height: width < 600 ? 812 : 900 },
        locale: 'zh-CN',
        timezoneId: 'Asia/Shanghai',
        bypassCSP: bypassCsp,
      });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(30_000);
      page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
      trackRequests(page);
      return page;
    },
    journey(name, run) {
      it(name, async () => {
        try {
          await run();
        } catch (error) {
          mkdirSync(FAILURE_DIR, { recursive: true });
          const stem = name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60);
          let n = 0;
          for (const context of contexts) {
            for (const page of context.pages()) {
              n += 1;
              await page
                .screenshot({ path: join(FAILURE_DIR, `${stem}-${n}.png`), fullPage: true })
                .catch(() => undefined);
            }
          }
          const detail = errors.length ? `\npage errors:\n${errors.join('\n')}` : '';
          throw new Error(`${(error as Error).message}${detail}\n(screenshots in ${FAILURE_DIR})`);
        }
      });
    },
  };
}

/** The bell's event stream never ends, so it never counts as a request in flight. */
const ENDLESS = /\/notifications\/stream(\?|$)/;
const inFlight = new WeakMap<Page, Set<unknown>>();

function trackRequests(page: Page): void {
  const pending = new Set<unknown>();
  inFlight.set(page, pending);
  page.on('request', (r) => !ENDLESS.test(r.url()) && pending.add(r));
  page.on('requestfinished', (r) => pending.delete(r));
  page.on('requestfailed', (r) => pending.delete(r));
}

/**
 * What Playwright's 'networkidle' means, but blind to the bell's endless stream: no request of
 * the page in flight for `quietMs`.
 */
export async function waitForQuietNetwork(page: Page, quietMs = 500): Promise<void> {
  const pending = inFlight.get(page);
  if (!pending) throw new Error('waitForQuietNetwork: a page of stack.newPage() only');
  const deadline = Date.now() + 30_000;
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    if (pending.size > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= quietMs) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`the page kept ${pending.size} request(s) in flight for 30 s`);
}

/** Signs in through the 登录 page and waits for the role's home page. */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.locator('button[type=submit]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await page.getByRole('button', { name: '退出' }).waitFor();
}

/**
 * Chooses `option` in the antd Select labelled `label`. A searchable select gets the option's
 * text typed first: its list is virtual and shows only its first few options, and the shared
 * test stack has many communities. A click while the list is still sliding open can be lost,
 * so it clicks once the list has settled, then checks that the choice took.
 */
export async function choose(page: Page, label: string, option: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  if ((await input.getAttribute('readonly')) === null) await input.fill(option);
  const item = page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
    .first();
  await item.waitFor();
  await page.locator('.ant-slide-up-appear, .ant-slide-up-enter').waitFor({ state: 'detached' });
  await item.click();
  await page
    .locator('.ant-form-item', { has: input })
    .locator('.ant-select-selection-item', { hasText: option })
    .waitFor();
}
