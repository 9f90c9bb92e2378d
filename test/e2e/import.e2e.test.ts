import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCadre, buildUser, buildVillage, TEST_PASSWORD } from '../helpers/builders.js';
import { messyRows, registerExisting, utf8Csv, type Registered } from '../imports/roster-files.js';
import {
  chromiumAvailable,
  launchBrowser,
  newPage,
  screenshot,
  signInAs,
  startE2eServer,
  type E2eServer,
} from './harness.js';

describe.runIf(chromiumAvailable())('importing a roster in Chromium', () => {
  let server: E2eServer;
  let browser: Browser;
  let coordinator = '';
  let cadre = '';
  let registered: Registered;

  beforeAll(async () => {
    server = await startE2eServer();
    const db = server.db.db;
    await buildVillage(db);
    registered = await registerExisting(db);
    coordinator = await buildUser(db, 'coordinator');
    cadre = await buildUser(db, 'cadre', { cadreId: await buildCadre(db) });
    browser = await launchBrowser();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('uploads a messy roster, shows the dry run and the bad rows, then imports the valid households', async () => {
    const { context, page, consoleErrors } = await newPage(browser);
    await signInAs(page, server.url, coordinator, TEST_PASSWORD);
    await page.getByRole('menu').first().getByText('导入名册', { exact: true }).click();
    await page.waitForURL(/\/imports\/households$/);
    await page.getByText('选择名册文件后点击“试导入”').waitFor();
    await screenshot(page, 'import-empty');
    await page.getByLabel('名册文件（.xlsx 或 .csv）').setInputFiles({
      name: '花名册.csv',
      mimeType: 'text/csv',
      buffer: utf8Csv(messyRows(registered)),
    });
    await page.getByRole('button', { name: /试导入/ }).click();
    const summary = page.getByTestId('import-summary');
    await summary.waitFor({ timeout: 60_000 });
    await expect(summary.textContent()).resolves.toContain('试导入结果（尚未写入）');
    for (const tag of ['新增 1', '更新 1', '不变 1', '未导入 3', '新增 4']) {
      await expect(summary.getByText(tag, { exact: true }).count()).resolves.toBeGreaterThan(0);
    }
    const badRows = page.getByTestId('bad-rows');
    await expect(badRows.locator('tbody tr').count()).resolves.toBe(3);
    await expect(badRows.textContent()).resolves.toContain(
      '身份证号：校验位不正确，请核对最后一位',
    );
    await expect(badRows.textContent()).resolves.toContain('身份证号：与第 8 行重复');
    await expect(page.getByTestId('error-report').getAttribute('href')).resolves.toMatch(
      /\/api\/v1\/imports\/.+\/report$/,
    );
    await screenshot(page, 'import-dry-run');

    await page.getByLabel('只导入无误的户').check();
    await page.getByRole('button', { name: /正式导入/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('.ant-modal-confirm-title', { hasText: '确认正式导入？' }).waitFor();
    await dialog.getByRole('button', { name: /正式导入/ }).click();
    await page.getByText('导入完成').waitFor({ timeout: 60_000 });
    const households = await server.db.db
      .selectFrom('households')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(households.n)).toBe(3);
    await screenshot(page, 'import-applied');

    await page.getByRole('button', { name: /导出现有名册/ }).click();
    const downloading = page.waitForEvent('download');
    await page.getByText('Excel 文件（.xlsx）').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^家庭成员-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const saved = await download.path();
    expect(readFileSync(saved).subarray(0, 2).toString()).toBe('PK');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('does not offer the import to a cadre', async () => {
    const { context, page, consoleErrors } = await newPage(browser, {
      viewport: { width: 360, height: 740 },
    });
    await signInAs(page, server.url, cadre, TEST_PASSWORD);
    // Landed on the cadre's home: arriving there scrolls the row to its current link, which
    // would undo a scroll made before it (the flake of stop 9 and of two runs since).
    await page.waitForURL(`${server.url}/field`);
    // A phone gets the row of links; it must not offer the import.
    const nav = page.getByRole('navigation');
    await nav.getByRole('link', { name: '我的亲戚' }).waitFor();
    await expect(page.getByText('导入名册', { exact: true }).count()).resolves.toBe(0);
    // The row is wider than the phone: it fades out on the right until scrolled to its end.
    await expect.poll(() => nav.getAttribute('data-more')).toBe('right');
    await nav.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    await expect.poll(() => nav.getAttribute('data-more')).toBe('left');
    await screenshot(page, 'field-nav-scrolled-360');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
