import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeIdNumber } from '../../src/domain/validation/id-number.js';
import {
  buildCadre,
  buildHousehold,
  buildPairing,
  buildUser,
  buildVillage,
  TEST_PASSWORD,
} from '../helpers/builders.js';
import {
  chromiumAvailable,
  launchBrowser,
  newPage,
  screenshot,
  signInAs,
  startE2eServer,
  type E2eServer,
} from './harness.js';

/** The console entries every console role shares, in menu order (features register in this order). */
const COMMON = ['首页', '结对户', '包联村', '干部与单位', '结对关系', '五项举措', '指标看板'];
const WORK = ['技能培训', '产业发展', '典型事例'];
const FUND = '爱心·梦想基金';
const BRIEF = '工作简报';

/** Each role's whole menu, in order: what shell/menu.ts and every features/<f>/index.ts register. */
const MENUS: Record<string, string[]> = {
  admin: [...COMMON, BRIEF, FUND, ...WORK, '导入名册', '审计日志', '用户管理', '列表维护'],
  coordinator: [...COMMON, BRIEF, FUND, ...WORK, '导入名册'],
  cadre: ['我的亲戚', '结对户', '包联村', '典型事例'],
  finance: [...COMMON, FUND, ...WORK],
  trainer: [...COMMON, ...WORK],
  coop_manager: [...COMMON, ...WORK],
  leader: [...COMMON, BRIEF, FUND, ...WORK],
  auditor: [...COMMON, BRIEF, FUND, ...WORK, '审计日志'],
};

describe.runIf(chromiumAvailable())('the web app in Chromium: sign-in, menus, registry', () => {
  let server: E2eServer;
  let browser: Browser;
  const users: Record<string, string> = {};
  let otherFamily = '';
  let myFamily = '';

  beforeAll(async () => {
    server = await startE2eServer();
    const db = server.db.db;
    await buildVillage(db);
    const cadreId = await buildCadre(db, { name: '鱼智栋' });
    const otherCadre = await buildCadre(db, { name: '王建新' });
    myFamily = await buildHousehold(db);
    otherFamily = await buildHousehold(db);
    await buildPairing(db, cadreId, myFamily);
    await buildPairing(db, otherCadre, otherFamily);
    for (const role of Object.keys(MENUS)) {
      users[role] = await buildUser(db, role as never, role === 'cadre' ? { cadreId } : {});
    }
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(Object.keys(MENUS))('%s signs in and sees the menu of the role', async (role) => {
    const { context, page, consoleErrors } = await newPage(browser);
    await signInAs(page, server.url, users[role] ?? '', TEST_PASSWORD);
    const menu = page.getByRole('menu').first();
    await menu.waitFor();
    const labels = (await menu.getByRole('menuitem').allTextContents()).map((l) => l.trim());
    expect(labels).toEqual(MENUS[role]);
    // Wait for the landing page's data, so its console errors (if any) are caught here.
    await (
      role === 'cadre'
        ? page.getByTestId('family-row').first()
        : page.locator('.ant-statistic').first()
    ).waitFor();
    await screenshot(page, `home-${role}`);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('shows the ID checksum error at the field when a coordinator registers a household', async () => {
    const { context, page } = await newPage(browser);
    await signInAs(page, server.url, users.coordinator ?? '', TEST_PASSWORD);
    await page.goto(`${server.url}/households/new`);
    const good = composeIdNumber('653021', '1975-01-02', 7, 'M');
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    await page.getByLabel('姓名').fill('巴克西·吾斯曼');
    await page.getByLabel('出生日期').fill('1975-01-02');
    await page.getByLabel('身份证号').fill(bad);
    await page.getByLabel('性别').click();
    await page.getByTitle('男').click();
    await page.getByRole('button', { name: /保\s*存/ }).click();
    const error = page.locator('.ant-form-item-explain-error', { hasText: '校验位' });
    await error.waitFor();
    const field = page.locator('.ant-form-item', { has: page.getByLabel('身份证号') });
    await expect(field.locator('.ant-form-item-explain-error').textContent()).resolves.toContain(
      '校验位',
    );
    await screenshot(page, 'household-new-id-error');
    await context.close();
  });

  it("gives a cadre the not-found page for another cadre's family opened by URL", async () => {
    const { context, page } = await newPage(browser, { viewport: { width: 360, height: 740 } });
    await signInAs(page, server.url, users.cadre ?? '', TEST_PASSWORD);
    await page.getByTestId('family-row').first().waitFor();
    await screenshot(page, 'field-my-families-360');
    await page.goto(`${server.url}/households/${otherFamily}`);
    await page.getByText('404').waitFor();
    await expect(page.getByText('未找到该记录，或您无权查看').count()).resolves.toBeGreaterThan(0);
    await page.goto(`${server.url}/households/${myFamily}`);
    await page.getByTestId('household-detail').waitFor();
    await screenshot(page, 'household-detail-360');
    await context.close();
  });

  it('does not open a console page on a role whose menu lacks it, even by URL', async () => {
    const { context, page, consoleErrors } = await newPage(browser, {
      viewport: { width: 360, height: 740 },
    });
    await signInAs(page, server.url, users.cadre ?? '', TEST_PASSWORD);
    await page.getByTestId('family-row').first().waitFor();
    const notOffered = page.getByText('这个页面不在您的角色菜单中', { exact: false });
    for (const path of ['/indicators', '/fund/runs', '/admin/users', '/org/units', '/dashboard']) {
      await page.goto(`${server.url}${path}`);
      await notOffered.waitFor();
      await expect(page.getByText('403', { exact: true }).count()).resolves.toBe(1);
    }
    await screenshot(page, 'not-offered-360');
    // The pages of the cadre's own menu, and pages under no menu, still open.
    await page.getByRole('button', { name: '返回首页' }).click();
    await page.getByTestId('family-row').first().waitFor();
    await page.goto(`${server.url}/password`);
    await page.getByLabel('当前密码').waitFor();
    await expect(notOffered.count()).resolves.toBe(0);
    expect(consoleErrors).toEqual([]);
    await context.close();
    // A finance user, who may not import rosters, gets the same page for the import.
    const finance = await newPage(browser);
    await signInAs(finance.page, server.url, users.finance ?? '', TEST_PASSWORD);
    await finance.page.locator('.ant-statistic').first().waitFor();
    await finance.page.goto(`${server.url}/imports/households`);
    await finance.page.getByText('这个页面不在您的角色菜单中', { exact: false }).waitFor();
    await finance.page.goto(`${server.url}/fund/runs`);
    await finance.page.locator('.ant-table, .ant-empty').first().waitFor();
    await expect(
      finance.page.getByText('这个页面不在您的角色菜单中', { exact: false }).count(),
    ).resolves.toBe(0);
    expect(finance.consoleErrors).toEqual([]);
    await finance.context.close();
  });

  it('lets a coordinator register a village with its new division, correct its name and change its flags', async () => {
    const { context, page, consoleErrors } = await newPage(browser);
    page.setDefaultTimeout(15_000);
    await signInAs(page, server.url, users.coordinator ?? '', TEST_PASSWORD);
    await page.goto(`${server.url}/villages`);
    await page.getByRole('button', { name: '登记包联村' }).click();
    const form = page.getByTestId('village-new-form');
    const code = form.getByLabel('区划代码');

    // A code whose township is not registered: refused at the code field, nothing written.
    await code.fill('653021299201');
    await form.getByTestId('region-hint').getByText('尚未登记').waitFor();
    await form.getByLabel('村名').fill('无主村');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    const codeItem = page.locator('.ant-form-item', { has: page.getByLabel('区划代码') });
    await codeItem.locator('.ant-form-item-explain-error', { hasText: '653021299000' }).waitFor();

    // An existing village's code: the division is found, no name asked for; registered already.
    await code.fill('653021203201');
    // Changing the code clears the server's error about the old one.
    await codeItem.locator('.ant-form-item-explain-error').waitFor({ state: 'detached' });
    await form.getByTestId('region-hint').getByText('已登记区划：谢依提村').waitFor();
    await expect(form.getByLabel('村名').count()).resolves.toBe(0);

    // A new village under the registered township: named here, registered with its division.
    await code.fill('653021203240');
    await form.getByTestId('region-hint').getByText('尚未登记').waitFor();
    await form.getByLabel('村名').fill('玉山村');
    await form.getByLabel('深度贫困村').click();
    await screenshot(page, 'registry-village-new');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.waitForURL(`${server.url}/villages/653021203240`);
    const detail = page.getByTestId('village-detail');
    await detail.getByText('玉山村').first().waitFor();
    await detail.getByText('深度贫困村').waitFor();

    // Correct the name.
    await page.getByRole('button', { name: '更正村名' }).click();
    const rename = page.getByTestId('village-rename-form');
    await rename.getByLabel('村名').fill('玉山新村');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await detail.getByText('玉山新村').first().waitFor();

    // No longer taken on: the dialog says what that means before saving.
    await page.getByRole('button', { name: '更改标记' }).click();
    const flags = page.getByTestId('village-flags-form');
    await flags.getByLabel('包联村').click();
    await flags.getByText('移到“未包联”').waitFor();
    await screenshot(page, 'registry-village-flags');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await detail.getByText('未包联').waitFor();

    const db = server.db.db;
    const region = await db
      .selectFrom('regions')
      .select(['name', 'level', 'parent_code'])
      .where('code', '=', '653021203240')
      .executeTakeFirstOrThrow();
    expect(region).toEqual({ name: '玉山新村', level: 'village', parent_code: '653021203000' });
    const village = await db
      .selectFrom('villages')
      .select(['taken_on', 'deeply_poor'])
      .where('code', '=', '653021203240')
      .executeTakeFirstOrThrow();
    expect([Number(village.taken_on), Number(village.deeply_poor)]).toEqual([0, 1]);
    const orphan = await db
      .selectFrom('regions')
      .select('code')
      .where('code', 'in', ['653021299201', '653021299000'])
      .execute();
    expect(orphan).toEqual([]);
    // The one error is the server's 422 answer to the code under an unregistered township.
    expect(consoleErrors.filter((e) => !e.includes('status of 422'))).toEqual([]);
    expect(consoleErrors).toHaveLength(1);
    await context.close();
  });

  it('lets a user change their password, sign out after confirming, and sign in with the new one', async () => {
    const username = await buildUser(server.db.db, 'trainer');
    const { context, page, consoleErrors } = await newPage(browser);
    page.setDefaultTimeout(15_000);
    await signInAs(page, server.url, username, TEST_PASSWORD);
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: '修改密码' }).click();
    await page.waitForURL(`${server.url}/password`);
    const item = (label: string) =>
      page.locator('.ant-form-item', { has: page.getByLabel(label, { exact: true }) });

    // Too weak: refused at the field before anything is sent, in the API's words.
    await page.getByLabel('当前密码').fill(TEST_PASSWORD);
    await page.getByLabel('新密码').fill('short1');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await item('新密码').getByText('至少 10 位').waitFor();
    // A wrong current password: the server's refusal, at its field.
    await page.getByLabel('当前密码').fill('not-my-password-1');
    await page.getByLabel('新密码').fill('bangfu-new-2026');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await item('当前密码').locator('.ant-form-item-explain-error').waitFor();
    expect(consoleErrors.splice(0)).toEqual([expect.stringContaining('status of 422')]);

    await page.getByLabel('当前密码').fill(TEST_PASSWORD);
    await page.getByLabel('新密码').fill('bangfu-new-2026');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('密码已修改').waitFor();

    // Signing out asks first; cancelling keeps the session.
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: '退出登录' }).click();
    const ask = page.getByRole('dialog');
    await ask.locator('.ant-modal-confirm-title', { hasText: '确定要退出登录吗？' }).waitFor();
    await ask.getByRole('button', { name: /取\s*消/ }).click();
    await ask.waitFor({ state: 'hidden' });
    expect(new URL(page.url()).pathname).toBe('/password');
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: '退出登录' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL(`${server.url}/login`);
    // The session is gone: a page of the app sends back to sign-in.
    await page.goto(`${server.url}/households`);
    await page.waitForURL(/\/login/);
    // The browser logs the 401 that told the app so.
    expect(consoleErrors.splice(0)).toEqual([expect.stringContaining('status of 401')]);

    await signInAs(page, server.url, username, 'bangfu-new-2026');
    await page.getByRole('navigation').first().waitFor();
    const old = await page.request.post(`${server.url}/api/v1/auth/login`, {
      data: { username, password: TEST_PASSWORD },
    });
    expect(old.status()).toBe(401);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
