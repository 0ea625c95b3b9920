// The console in Chromium against the real stack: an officer registers a hazard with a photo,
// issues and serves the notice and records a passed re-inspection; the department's supervisor
// hands it to another officer (变更承办人) and closes it; an auditor sees its chain verified; an
// officer of another department is told 无权访问或不存在; a form left empty says what is missing,
// in Chinese, under the field.
import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { demoPhoto } from '@firecase/api';
import { createSignedInUser, passwordOf, userOf } from '../support/signed-in-user';
import { choose, signIn, useConsoleStack } from './support/console-browser';

describe('console: a case from registration to closure (Chromium, real stack)', () => {
  const stack = useConsoleStack();
  const community = `测试社区-${randomBytes(3).toString('hex')}`;
  let caseNumber = '';

  const person = async (spec: Parameters<typeof createSignedInUser>[1]) => {
    const headers = await createSignedInUser(stack.api, spec);
    return { username: userOf(headers).username, password: passwordOf(headers) };
  };

  const act = async (
    page: Page,
    action: string,
    fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void>,
  ) => {
    await page.getByRole('button', { name: action, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: action });
    await dialog.waitFor();
    // A click during antd's opening animation can be lost: act once the dialog has settled.
    await page.locator('.ant-zoom-appear, .ant-zoom-enter').waitFor({ state: 'detached' });
    await fill(dialog);
    await dialog.getByRole('button', { name: `确认${action}` }).click();
    await dialog.waitFor({ state: 'hidden' });
  };

  stack.journey(
    'lets an officer register a hazard with a photo, issue and serve the notice and pass the re-inspection',
    async () => {
      const officer = await person({
        role: 'officer',
        displayName: '测试承办人',
        communities: [community],
      });
      const page = await stack.newPage({ width: 375 }); // a phone in the field
      await signIn(page, officer.username, officer.password);

      await page.getByRole('button', { name: '登记隐患' }).click(); // the big button of 工作台
      await choose(page, '专项整治类别', '电动车辆');
      await choose(page, '隐患类型', '在楼梯间违规停放电动车');
      await page.getByLabel('详细地址').fill('开元路 18 号 3 栋');
      await page.getByLabel('隐患描述').fill('楼梯间停放电动车 4 辆');
      await page.getByLabel('责任单位').fill('测试物业服务有限公司');
      const photo = demoPhoto({
        takenAt: '2024:02:08 09:30:00',
        latitude: 30.8072,
        longitude: 108.3896,
        seed: Date.now() % 1000,
      });
      await page
        .locator('input[type=file]')
        .first()
        .setInputFiles({ name: '楼梯间.png', mimeType: 'image/png', buffer: photo });
      // What the API read from the photo's EXIF, in Beijing time.
      await page.getByText('拍摄时间：2024-02-08 09:30').waitFor();
      await page.getByText('拍摄位置：30.80720, 108.38960').waitFor();
      await page.getByRole('button', { name: '提交登记' }).click();

      // Every action is sent with its own Idempotency-Key, so a resend from a phone is recorded once.
      const actionKeys: string[] = [];
      page.on('request', (request) => {
        const path = new URL(request.url()).pathname;
        if (request.method() === 'POST' && /^\/cases\/[^/]+\/(notice|reinspection)/.test(path)) {
          actionKeys.push(request.headers()['idempotency-key'] ?? '(none)');
        }
      });
      await page.waitForURL(/\/case\/TB-\d{4}-\d{6}$/);
      caseNumber = decodeURIComponent(page.url().split('/case/')[1]);
      await page.locator('.case-status', { hasText: '待下达通知' }).waitFor();

      await act(page, '下达整改通知书', (dialog) =>
        dialog.getByLabel('整改要求').fill('立即清理楼梯间电动车'),
      );
      await page.locator('.case-status', { hasText: '待送达' }).waitFor();
      await page.getByRole('button', { name: '预览' }).click();
      const firstPage = page.locator('canvas[aria-label="整改通知书第 1 页"]');
      await firstPage.waitFor();
      // Closed by its ✕ as a thumb would (Escape reaches it only while focus is inside it).
      await page.locator('.ant-modal-close:visible').click();
      await firstPage.waitFor({ state: 'hidden' });

      await act(page, '送达整改通知书', (dialog) => dialog.getByLabel('受送达人').fill('王芳'));
      await page.locator('.case-status', { hasText: '整改中' }).waitFor();

      await act(page, '记录复查', async (dialog) => {
        await dialog.getByText('合格', { exact: true }).click();
        await dialog.getByLabel('复查情况').fill('楼梯间已清理干净');
      });
      await page.locator('.case-status', { hasText: '已整改' }).waitFor();
      await expectTimeline(page, ['登记隐患', '下达整改通知书', '送达整改通知书', '复查合格']);
      expect(actionKeys).toHaveLength(3);
      expect(new Set(actionKeys).size).toBe(3);
      for (const key of actionKeys) expect(key).toMatch(/^[0-9a-f-]{36}\.[0-9a-f]{16}$/);
    },
  );

  stack.journey(
    'lets the department’s supervisor hand it to another officer and close it, with only the actions a supervisor may take',
    async () => {
      const supervisor = await person({ role: 'supervisor', displayName: '测试科室负责人' });
      const successor = `接替承办人${Date.now() % 10_000}`;
      await person({ role: 'officer', displayName: successor, communities: [community] });
      const page = await stack.newPage();
      await signIn(page, supervisor.username, supervisor.password);
      await page.goto(`/case/${caseNumber}`);
      await page.locator('.case-status', { hasText: '已整改' }).waitFor();
      const offered = await page.locator('.action-panel button').allInnerTexts();
      expect(offered).toEqual(['销号', '作废', '变更承办人']);
      await act(page, '变更承办人', async (dialog) => {
        await choose(page, '新承办人', successor);
        await dialog.getByLabel('变更理由').fill('原承办人轮岗');
      });
      await page
        .locator('.ant-descriptions-item', { hasText: '承办人' })
        .getByText(successor)
        .waitFor();
      await act(page, '销号', (dialog) => dialog.getByLabel('销号说明').fill('复查合格，销号'));
      await page.locator('.case-status', { hasText: '已销号' }).waitFor();
      expect(await page.locator('.action-panel').count()).toBe(0);
    },
  );

  stack.journey('shows an auditor the case history with its chain verified', async () => {
    const auditor = await person({ role: 'auditor', displayName: '测试审计人员' });
    const page = await stack.newPage();
    await signIn(page, auditor.username, auditor.password);
    await page.getByLabel('隐患编号').fill(caseNumber);
    await page.getByRole('button', { name: '查看审计记录' }).click();
    await page.getByText(`✔ 记录链校验通过：${caseNumber}`).waitFor();
    const types = await page.locator('.audit-case tbody tr td:nth-child(3)').allInnerTexts();
    expect(types).toEqual(expect.arrayContaining(['登记隐患', '复查合格', '销号']));
  });

  stack.journey(
    'tells an officer of another department 无权访问或不存在 for the case’s own URL',
    async () => {
      const stranger = await person({
        role: 'officer',
        department: 'emergency',
        displayName: '应急办承办人',
      });
      const page = await stack.newPage();
      await signIn(page, stranger.username, stranger.password);
      await page.goto(`/case/${caseNumber}`);
      await page.getByText('无权访问或不存在').waitFor();
      expect(await page.getByText(caseNumber).count()).toBe(0);
    },
  );

  stack.journey('says under each field, in Chinese, what a bad form lacks', async () => {
    const officer = await person({ role: 'officer', communities: [community] });
    const page = await stack.newPage();
    await signIn(page, officer.username, officer.password);
    await page.goto('/register');
    await page.getByLabel('详细地址').fill('  ');
    await page.getByRole('button', { name: '提交登记' }).click();
    const addressError = page
      .locator('.ant-form-item', { has: page.getByLabel('详细地址') })
      .locator('.ant-form-item-explain-error');
    await addressError.waitFor();
    expect(await addressError.innerText()).toBe('请填写详细地址');
    const categoryError = page
      .locator('.ant-form-item', { has: page.getByLabel('专项整治类别') })
      .locator('.ant-form-item-explain-error');
    expect(await categoryError.innerText()).toBe('请选择专项整治类别');
  });
});

async function expectTimeline(page: Page, expected: string[]): Promise<void> {
  const titles = await page.locator('.timeline-event strong').allInnerTexts();
  expect(titles).toEqual(expect.arrayContaining(expected));
}
