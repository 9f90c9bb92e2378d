/**
 * The indicators dashboard in Chromium: a leader sees figures on every measure tab, drills into the
 * records behind a count, narrows by region and prints; a coordinator exports the households list.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, TEST_PASSWORD } from '../helpers/builders.js';
import { buildWorld, V3, type World } from '../indicators/world.js';
import {
  chromiumAvailable,
  launchBrowser,
  newPage,
  screenshot,
  signInAs,
  startE2eServer,
  type E2eServer,
} from './harness.js';

/** The whole span of the little program's records (2025-01 … 2026-10). */
const RANGE = 'from=2025-01-01&to=2026-12-31';
const SPAN = `period=custom&${RANGE}`;
const TABS = ['education', 'relief', 'epidemic', 'training', 'industry', 'program'];

interface Value {
  id: string;
  value: number | null;
}

/** The figures the API gives under a query, through the page's own session. */
async function apiValues(page: Page, url: string, query: string): Promise<Map<string, number>> {
  const res = await page.request.get(`${url}/api/v1/indicators/values?${query}`);
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { items: Value[] };
  return new Map(body.items.map((v) => [v.id, v.value ?? -1]));
}

/** The digits a statistic card shows, as a number. */
async function cardValue(page: Page, id: string): Promise<number> {
  const text = await page
    .getByTestId(`indicator-${id}`)
    .locator('.ant-statistic-content-value')
    .textContent();
  return Number((text ?? '').replace(/[^\d.]/g, ''));
}

async function settled(page: Page): Promise<void> {
  await page.locator('[data-testid="indicators-page"][data-loading="false"]').waitFor();
}

describe.runIf(chromiumAvailable())('the indicators dashboard in Chromium', () => {
  let server: E2eServer;
  let browser: Browser;
  let world: World;
  let leader = '';

  beforeAll(async () => {
    server = await startE2eServer();
    const db = server.db.db;
    world = await buildWorld(db);
    // Distinct names, as a real roster has (the builders name every village alike).
    const names: [string, string][] = [
      ['653021203202', '阿克达拉村'],
      [V3, '托万克村'],
      ['653121000000', '疏附县'],
      ['653100000000', '喀什地区'],
    ];
    for (const [code, name] of names) {
      await db.updateTable('regions').set({ name }).where('code', '=', code).execute();
    }
    leader = await buildUser(db, 'leader');
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows figures on each tab, drills into a count and narrows by region', async () => {
    const { context, page, consoleErrors } = await newPage(browser);
    await signInAs(page, server.url, leader, TEST_PASSWORD);
    await page.goto(`${server.url}/indicators?${SPAN}`);
    await page.getByTestId('indicator-micro_classrooms').waitFor();
    await settled(page);
    const all = await apiValues(page, server.url, RANGE);
    for (const tab of TABS) {
      await page.getByRole('tab').nth(TABS.indexOf(tab)).click();
      const pane = page.getByTestId(`measure-${tab}`);
      const cards = pane.locator('.indicator-card .ant-statistic-content-value');
      await cards.first().waitFor();
      const shown = (await cards.allTextContents()).map((s) => Number(s.replace(/[^\d.]/g, '')));
      expect(shown.length, tab).toBeGreaterThan(0);
      expect(
        shown.some((n) => n > 0),
        tab,
      ).toBe(true);
    }
    await screenshot(page, 'indicators-program');

    // A count: each record adds one, so the drawer lists exactly as many rows as the figure says.
    await page.getByRole('tab').nth(1).click();
    const figure = await cardValue(page, 'medical_cases');
    expect(figure).toBe(all.get('medical_cases'));
    expect(figure).toBeGreaterThan(0);
    await page.getByTestId('indicator-medical_cases').getByRole('button').click();
    const drawer = page.getByTestId('records-drawer');
    await drawer.locator('.ant-table-row').first().waitFor();
    const more = drawer.getByRole('button', { name: /加载更多/ });
    while ((await more.count()) > 0) {
      await more.click();
      await page.waitForTimeout(200);
    }
    await expect(drawer.locator('.ant-table-row').count()).resolves.toBe(figure);
    await expect(drawer.getByTestId('records-loaded').textContent()).resolves.toContain(
      `已加载 ${figure} 条`,
    );
    await page.waitForTimeout(300);
    await screenshot(page, 'indicators-drawer');
    // A breakdown item narrows the list to its own records.
    const part = drawer.locator('.indicator-breakdown button').last();
    const partCount = Number(((await part.textContent()) ?? '').split('·').pop());
    await part.click();
    await expect
      .poll(() => drawer.locator('.ant-table-row').count(), { timeout: 15_000 })
      .toBe(partCount);
    await page.keyboard.press('Escape');
    await page.locator('.ant-drawer-mask').waitFor({ state: 'detached' });

    // The trend and split charts of the selected indicator.
    await page.getByTestId('chart-month').locator('canvas').waitFor();
    await screenshot(page, 'indicators-relief');

    // Narrow to one prefecture: the figure follows the API's figure for that region.
    const narrowed = await apiValues(page, server.url, `${RANGE}&region=653100000000`);
    expect(narrowed.get('medical_cases')).not.toBe(figure);
    await page.getByRole('combobox', { name: '地区' }).click();
    await page.getByRole('menuitemcheckbox', { name: '喀什地区' }).click();
    await page.keyboard.press('Escape');
    await page.waitForURL(/region=653100000000/);
    await expect
      .poll(() => cardValue(page, 'medical_cases'), { timeout: 15_000 })
      .toBe(narrowed.get('medical_cases'));
    await settled(page);
    await expect(page.getByTestId('filter-summary').textContent()).resolves.toContain('喀什地区');
    await screenshot(page, 'indicators-region');

    // The print layout: no menu or controls, every measure's cards, the filters in words.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.ant-layout-sider').isVisible()).resolves.toBe(false);
    await expect(page.getByTestId('indicator-filters').isVisible()).resolves.toBe(false);
    await expect(page.getByTestId('measure-industry').isVisible()).resolves.toBe(true);
    await expect(page.getByTestId('measure-education').isVisible()).resolves.toBe(true);
    await screenshot(page, 'indicators-print');
    await page.emulateMedia({ media: 'screen' });

    // An org unit: figures not kept by unit say so instead of showing a wrong number.
    await page.getByRole('combobox', { name: '单位' }).click();
    await page.getByTitle('财务处').click();
    await page.waitForURL(/unit=/);
    await page.getByRole('tab').nth(4).click();
    const coops = page.getByTestId('indicator-cooperatives');
    await coops.getByText('不按所选单位统计').waitFor();
    await expect(coops.getByRole('button').isDisabled()).resolves.toBe(true);

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Indicators' }).waitFor();
    await coops.getByText('Not counted by unit').waitFor();
    await settled(page);
    await screenshot(page, 'indicators-unit-en');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('lets a coordinator export the households list as .xlsx', async () => {
    const { context, page, consoleErrors } = await newPage(browser);
    await signInAs(page, server.url, world.coordinator, TEST_PASSWORD);
    await page.goto(`${server.url}/households`);
    await page.locator('.ant-table-row').first().waitFor();
    await page.getByRole('button', { name: /导\s*出/ }).click();
    const downloading = page.waitForEvent('download');
    await page.getByText('Excel 文件（.xlsx）').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const saved = await download.path();
    expect(readFileSync(saved).subarray(0, 2).toString()).toBe('PK');
    await screenshot(page, 'households-export');
    // The other console lists offer the same export, with their own filters.
    for (const path of [
      '/org/units',
      '/pairings',
      '/measures/activities',
      '/measures/assistance',
    ]) {
      await page.goto(`${server.url}${path}`);
      await page.locator('.ant-table').first().waitFor();
      await page.getByRole('button', { name: /导\s*出/ }).waitFor();
      if (path === '/org/units') {
        await screenshot(page, 'units-export');
      }
    }
    await screenshot(page, 'assistance-export');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
