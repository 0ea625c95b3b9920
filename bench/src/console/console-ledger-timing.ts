// How soon the ledger page (隐患台账) is usable with 10,000 cases: the built console served by
// an API started here (the same ApiModule and configureApp as `npm start`) on a database of its
// own (firecase_console_bench, beside the app's, with generated hazard_case rows), Temporal from
// the running stack, Debian's Chromium on loopback. Signed in once as an auditor (who sees every
// case); then each run opens /ledger and stops the clock when the first page of rows is drawn
// and the filter form takes input.
import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Client } from 'pg';
import { chromium } from 'playwright-core';
import { DataSource } from 'typeorm';
import { ApiModule, configureApp, hashPassword } from '@firecase/api';
import { loadConfig } from '@firecase/config';
import { dataSourceOptions, runMigrations, UserRepository } from '@firecase/persistence';
import { BenchAbort } from '../bench-abort';
import { ensurePopulated } from '../ledger/ledger-table';
import { ascending, percentile } from '../stats';

export interface Summary {
  readonly median: number;
  readonly p95: number;
  readonly min: number;
  readonly max: number;
}

function summarise(samples: readonly number[]): Summary {
  const sorted = ascending(samples);
  return {
    median: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    min: sorted[0] ?? Number.NaN,
    max: sorted.at(-1) ?? Number.NaN,
  };
}

export const CONSOLE_BENCH_DATABASE = 'firecase_console_bench';
const CHROMIUM = '/usr/bin/chromium';
const USERNAME = 'bench.auditor';
const PASSWORD = 'console-bench-only-password';

export interface LedgerPageTiming {
  readonly rows: number;
  readonly repetitions: number;
  /** From navigating to /ledger (assets cached) to rows drawn and the form enabled. */
  readonly pageLoad: Summary;
  /** From clicking 隐患台账 in the menu (the page already open) to the same. */
  readonly inAppNavigation: Summary;
  readonly firstPageRows: number;
}

export async function measureLedgerPage(
  options: { databaseUrl: string | undefined; temporalAddress: string; temporalNamespace: string },
  rows: number,
  repetitions: number,
  progress: (line: string) => void,
): Promise<LedgerPageTiming> {
  const databaseUrl = await ensureDatabase(options.databaseUrl);
  const config = loadConfig({
    NODE_ENV: 'development',
    LOG_LEVEL: 'error',
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: options.temporalAddress,
    TEMPORAL_NAMESPACE: options.temporalNamespace,
  });
  await runMigrations(config.database);
  const pg = new Client({ connectionString: databaseUrl });
  await pg.connect();
  try {
    await ensurePopulated(pg, rows, false, progress);
  } finally {
    await pg.end();
  }
  await ensureAuditor(config.database);

  const app: INestApplication = await NestFactory.create(ApiModule.forRoot(config), {
    logger: ['error'],
  });
  configureApp(app);
  await app.listen(0, '127.0.0.1');
  const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const page = await (
      await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 900 } })
    ).newPage();
    await page.goto('/login');
    await page.getByLabel('用户名').fill(USERNAME);
    await page.getByLabel('密码').fill(PASSWORD);
    await page.locator('button[type=submit]').click();
    await page.getByRole('button', { name: '退出' }).waitFor();
    const ready = () =>
      page.waitForFunction(
        () =>
          document.querySelectorAll('.ledger tbody tr.ant-table-row').length > 0 &&
          document.querySelectorAll('.ant-btn-loading, .ant-spin-spinning').length === 0,
        undefined,
        { polling: 'raf', timeout: 30_000 },
      );
    const pageLoad: number[] = [];
    const inApp: number[] = [];
    for (let run = -2; run < repetitions; run += 1) {
      // Full page: navigation start (performance.timeOrigin) to ready, as the page measures it.
      await page.goto('/ledger');
      await ready();
      const loaded = await page.evaluate(() => performance.now());
      // In the app: from the menu click to ready.
      await page.getByRole('link', { name: '审计' }).click();
      await page.locator('.audit').waitFor();
      await page.evaluate(() => {
        (window as { benchClick: number }).benchClick = performance.now();
      });
      await page.getByRole('link', { name: '隐患台账' }).click();
      await ready();
      const navigated = await page.evaluate(
        () => performance.now() - (window as { benchClick: number }).benchClick,
      );
      if (run >= 0) {
        pageLoad.push(loaded);
        inApp.push(navigated);
      }
    }
    const firstPageRows = await page.locator('.ledger tbody tr.ant-table-row').count();
    progress(
      `ledger page: median ${summarise(pageLoad).median.toFixed(0)} ms to usable over ${repetitions} loads`,
    );
    return {
      rows,
      repetitions,
      pageLoad: summarise(pageLoad),
      inAppNavigation: summarise(inApp),
      firstPageRows,
    };
  } finally {
    await browser.close();
    await app.close();
  }
}

async function ensureDatabase(appUrl: string | undefined): Promise<string> {
  if (!appUrl)
    throw new BenchAbort(
      'no DATABASE_URL and no data/postgres-password: start the stack with `npm start`',
    );
  const client = new Client({ connectionString: appUrl, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (error) {
    throw new BenchAbort(
      `PostgreSQL is not reachable (${(error as Error).message}): start the stack with \`npm start\``,
    );
  }
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      CONSOLE_BENCH_DATABASE,
    ]);
    if (rowCount === 0) await client.query(`CREATE DATABASE ${CONSOLE_BENCH_DATABASE}`);
  } finally {
    await client.end();
  }
  const url = new URL(appUrl);
  url.pathname = `/${CONSOLE_BENCH_DATABASE}`;
  return url.toString();
}

async function ensureAuditor(database: Parameters<typeof dataSourceOptions>[0]): Promise<void> {
  const dataSource = await new DataSource(dataSourceOptions(database)).initialize();
  try {
    const users = new UserRepository(dataSource);
    if (await users.findByUsername(USERNAME)) return;
    await users.create({
      username: USERNAME,
      displayName: '基准审计',
      role: 'auditor',
      departmentCode: null,
      communityCodes: [],
      passwordHash: await hashPassword(PASSWORD),
    });
  } finally {
    await dataSource.destroy();
  }
}

// What the browser-side callbacks above use; the bench is type-checked for Node, without the DOM.
declare const document: { querySelectorAll(selector: string): { length: number } };
declare const window: unknown;
