/** Admin and auditor screens in Chromium: dashboards per role, accounts, the audit log, the lists. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/connect.js';
import { correctHousehold } from '../../src/server/registry/household.service.js';
import { buildActivity, daysAgo } from '../helpers/activity-builders.js';
import { actorOf, buildAssistance, inputs } from '../helpers/assistance-builders.js';
import {
  buildCadre,
  buildHousehold,
  buildPairing,
  buildUser,
  buildVillage,
  TEST_PASSWORD,
} from '../helpers/builders.js';
import { buildDonation } from '../helpers/fund-builders.js';
import {
  chromiumAvailable,
  launchBrowser,
  newPage,
  screenshot,
  signInAs,
  startE2eServer,
  type E2eServer,
} from './harness.js';

/** The poverty statuses in the zh-CN words the auditor reads. */
const STATUS_WORDS: Record<string, string> = {
  registered_poor: '建档立卡贫困户',
  exited: '已脱贫',
  monitored: '监测户',
  not_poor: '非贫困户',
};

const ROLES = ['admin', 'coordinator', 'finance', 'trainer', 'coop_manager', 'leader', 'auditor'];

/** What each role's dashboard shows first. */
const FIRST: Record<string, string> = {
  admin: 'stat-households',
  coordinator: 'stat-households',
  finance: 'stat-fundBalance',
  trainer: 'stat-trainees',
  coop_manager: 'stat-salesRevenue',
  leader: 'stat-households',
  auditor: 'recent-audit',
};

/** Households of several statuses, visits and classes this month, help of several kinds. */
async function seedProgram(db: Db, coordinator: string) {
  await buildVillage(db);
  const cadreId = await buildCadre(db, { name: '鱼智栋' });
  const statuses = [
    'registered_poor',
    'registered_poor',
    'monitored',
    'not_poor',
    'registered_poor',
  ];
  const households: string[] = [];
  for (const status of statuses) {
    const id = await buildHousehold(db, { status });
    await buildPairing(db, cadreId, id);
    households.push(id);
  }
  for (const [i, householdId] of households.entries()) {
    await buildActivity(db, {
      measure: 'relief',
      typeCode: 'home_visit',
      householdId,
      villageCode: undefined,
      occurredAt: daysAgo(i / 24),
    });
  }
  await buildActivity(db, { occurredAt: daysAgo(2 / 24), householdIds: households.slice(0, 2) });
  await buildActivity(db, {
    measure: 'epidemic',
    typeCode: 'hygiene_campaign',
    occurredAt: daysAgo(3 / 24),
  });
  await buildAssistance(db, coordinator, inputs.goodDeed(households[0] ?? ''));
  await buildAssistance(db, coordinator, inputs.loan(households[1] ?? ''));
  await buildAssistance(db, coordinator, inputs.goodDeed(households[2] ?? ''));
  await buildDonation(db, 2_500_000);
  return { cadreId, households };
}

/** Sign in outside the browser (its cookies stay the admin's); the answer's status. */
async function signInStatus(url: string, username: string, password: string): Promise<number> {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  return res.status;
}

async function openAs(page: Page, url: string, username: string, path: string) {
  page.setDefaultTimeout(10_000);
  await signInAs(page, url, username, TEST_PASSWORD);
  if (path !== '/dashboard') {
    await page.goto(`${url}${path}`);
  }
}

describe.runIf(chromiumAvailable())('admin and auditor screens in Chromium', () => {
  let server: E2eServer;
  let browser: Browser;
  const users: Record<string, string> = {};
  let changedHousehold = '';
  let leaving = '';

  beforeAll(async () => {
    server = await startE2eServer();
    const db = server.db.db;
    for (const role of ROLES) {
      users[role] = await buildUser(db, role as never);
    }
    const { households } = await seedProgram(db, users.coordinator ?? '');
    changedHousehold = households[0] ?? '';
    await correctHousehold(db, await actorOf(db, users.coordinator ?? ''), changedHousehold, {
      address: '哈拉峻乡谢依提村 8 组 12 号',
    });
    leaving = await buildUser(db, 'trainer', { username: 'trainer.leaving' });
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(ROLES)('shows %s their own figures first on the dashboard', async (role) => {
    const { context, page, consoleErrors } = await newPage(browser);
    await openAs(page, server.url, users[role] ?? '', '/dashboard');
    await page.getByTestId('dashboard').waitFor();
    const first = page.getByTestId(FIRST[role] ?? '');
    await first.waitFor();
    await page.locator('.dashboard-chart canvas').first().waitFor();
    const firstSection = page.locator('.dashboard-section').first();
    await expect(firstSection.getByTestId(FIRST[role] ?? '').count()).resolves.toBe(1);
    if (role === 'coordinator') {
      const households = page.getByTestId('stat-households');
      await expect(households.locator('.ant-statistic-content-value').textContent()).resolves.toBe(
        '5',
      );
    }
    await screenshot(page, `dashboard-${role}`);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('prints the dashboard without the menu, and speaks English when switched', async () => {
    const { context, page, consoleErrors } = await newPage(browser);
    await openAs(page, server.url, users.leader ?? '', '/dashboard');
    await page.locator('.dashboard-chart canvas').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.ant-layout-sider').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: /打\s*印/ }).isVisible()).resolves.toBe(false);
    await screenshot(page, 'dashboard-print');
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText('The whole program').waitFor();
    await expect(page.getByTestId('stat-households').textContent()).resolves.toContain(
      'Paired households',
    );
    await screenshot(page, 'dashboard-leader-en');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('lets an admin create a user, reset a password and deactivate a user after confirming', async () => {
    const { context, page, consoleErrors } = await newPage(browser);
    await openAs(page, server.url, users.admin ?? '', '/admin/users');
    await page.getByRole('button', { name: /新建用户/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('用户名').fill('ayixiam');
    await dialog.getByLabel('姓名').fill('阿依先木·吐尔逊');
    await dialog.getByLabel('角色').click();
    await page.getByTitle('培训教师').click();
    // The choice shows in the field before the form goes on (a loaded machine can be slow to);
    // the select also keeps a hidden live region with the same text for screen readers.
    await dialog.getByText('培训教师', { exact: true }).filter({ visible: true }).waitFor();
    await dialog.getByLabel('初始密码').fill('short');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.locator('.ant-form-item-explain-error').first().waitFor();
    await screenshot(page, 'users-create-error');
    await dialog.getByLabel('初始密码').fill('Xinjiang2026pw');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    const row = page.locator('tr', { hasText: 'ayixiam' });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('培训教师');

    await row.getByRole('button', { name: /重置密码/ }).click();
    const reset = page.getByRole('dialog').filter({ hasText: '重置 ayixiam 的密码' });
    await reset.getByLabel('新密码').fill('Kashgar2027pw');
    await reset.getByRole('button', { name: /重置密码/ }).click();
    await page.getByText('已重置 ayixiam 的密码').waitFor();
    await expect(signInStatus(server.url, 'ayixiam', 'Kashgar2027pw')).resolves.toBe(200);

    const target = page.locator('tr', { hasText: leaving });
    await target.getByRole('button', { name: /停\s*用/ }).click();
    const confirm = page.locator('.ant-modal-confirm');
    await confirm
      .locator('.ant-modal-confirm-title', { hasText: `确定停用用户 ${leaving} 吗？` })
      .waitFor();
    await screenshot(page, 'users-deactivate-confirm');
    await confirm.getByRole('button', { name: /停\s*用/ }).click();
    await target.getByText('已停用').waitFor();
    await expect(signInStatus(server.url, leaving, TEST_PASSWORD)).resolves.not.toBe(200);
    await screenshot(page, 'users');
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 90_000);

  it('lets an auditor filter the audit log to a household and see its change before and after', async () => {
    // An auditor in the program's zone: the instants stored in UTC must read in local time.
    const { context, page, consoleErrors } = await newPage(browser, {
      timezoneId: 'Asia/Shanghai',
    });
    await openAs(page, server.url, users.auditor ?? '', '/audit');
    await page.locator('tbody tr.ant-table-row').first().waitFor();
    await page.getByLabel('记录类型').click();
    await page.getByTitle('结对户', { exact: true }).click();
    await page.getByLabel('操作', { exact: true }).click();
    await page.getByTitle('修改', { exact: true }).click();
    await page.getByLabel('记录编号').fill(changedHousehold);
    await page.getByLabel('记录编号').press('Enter');
    await page.waitForURL(
      (u) =>
        u.searchParams.get('entityId') === changedHousehold &&
        u.searchParams.get('entity') === 'household' &&
        u.searchParams.get('action') === 'update',
    );
    const rows = page.locator('tbody tr.ant-table-row');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(1);
    await rows.first().getByRole('button', { name: '查看变更' }).click();
    const diff = page.getByTestId('audit-diff');
    await diff.waitFor();
    const changed = diff.locator('tr.audit-changed', { hasText: 'address' });
    await expect(changed.count()).resolves.toBe(1);
    await expect(changed.textContent()).resolves.toContain('哈拉峻乡谢依提村 8 组 12 号');
    // Fields are named in the auditor's language, the API's key beside it.
    await expect(changed.locator('td').first().textContent()).resolves.toMatch(/^住址\s*address/);
    const head = diff.locator('tbody tr', { hasText: 'headName' });
    await expect(head.locator('td').first().textContent()).resolves.toMatch(/^户主\s*headName/);
    await expect(diff.locator('tr.audit-changed').count()).resolves.toBeLessThan(
      await diff.locator('tbody tr').count(),
    );
    // Coded values read in words, the stored code beside them.
    const rowOf = (field: string) =>
      diff.locator('tbody tr').filter({
        has: page.locator('td:first-child code', { hasText: new RegExp(`^${field}$`) }),
      });
    const status = rowOf('status').locator('td').nth(2);
    const code = (await status.locator('code').textContent()) ?? '';
    expect(Object.keys(STATUS_WORDS)).toContain(code);
    await expect(status.textContent()).resolves.toMatch(
      new RegExp(`^${STATUS_WORDS[code]}\\s*${code}$`),
    );
    // The correction's time, stored in UTC, reads in Beijing time; the stored instant beside it.
    const updated = rowOf('updatedAt').locator('td').nth(2);
    const instant = (await updated.locator('code').textContent()) ?? '';
    const beijing = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Asia/Shanghai',
      dateStyle: 'short',
      timeStyle: 'medium',
    }).format(new Date(instant));
    await expect(updated.textContent()).resolves.toBe(`${beijing} ${instant}`);
    await screenshot(page, 'audit-log');
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 60_000);

  it('lets an admin add a donation item to the editable lists', async () => {
    const { context, page, consoleErrors } = await newPage(browser);
    await openAs(page, server.url, users.admin ?? '', '/admin/lists');
    await page.getByRole('tab', { name: '捐赠物资' }).click();
    await page.getByRole('button', { name: /新增物资/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('物资名称').fill('防护服');
    await dialog.getByLabel('计量单位').fill('套');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await page.locator('tr', { hasText: '防护服' }).waitFor();
    await screenshot(page, 'admin-lists');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
