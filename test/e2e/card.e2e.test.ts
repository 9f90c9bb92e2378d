import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildHousehold,
  buildUser,
  buildVillage,
  TEST_PASSWORD,
  VILLAGE,
} from '../helpers/builders.js';
import { buildCadreWithPhone, buildCardFamily, pdfPageCount } from '../helpers/card-builders.js';
import {
  chromiumAvailable,
  launchBrowser,
  newPage,
  screenshot,
  signInAs,
  startE2eServer,
  type E2eServer,
} from './harness.js';

describe.runIf(chromiumAvailable())('household cards in Chromium: preview, print, batch', () => {
  let server: E2eServer;
  let browser: Browser;
  let coordinator = '';
  let household = '';

  beforeAll(async () => {
    server = await startE2eServer();
    const db = server.db.db;
    await buildVillage(db);
    coordinator = await buildUser(db, 'coordinator');
    const cadreId = await buildCadreWithPhone(db);
    household = (await buildCardFamily(db, cadreId, coordinator)).householdId;
    await buildHousehold(db);
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens a household’s card from its page, with the QR code, and prints it without the app shell', async () => {
    const { context, page, consoleErrors } = await newPage(browser);
    await signInAs(page, server.url, coordinator, TEST_PASSWORD);
    await page.goto(`${server.url}/households/${household}`);
    await page.getByTestId('household-card-button').waitFor();
    await screenshot(page, 'card-household-detail');
    await page.getByTestId('household-card-button').click();
    await page.waitForURL(`**/households/${household}/card`);
    const sheet = page.getByTestId('card-sheet');
    await sheet.waitFor();
    const qr = page.getByTestId('card-qr');
    await qr.locator('svg').waitFor();
    expect(await qr.getAttribute('data-url')).toBe(`${server.url}/households/${household}`);
    await expect.poll(() => sheet.textContent()).toContain('帮扶明白卡');
    const text = (await sheet.textContent()) ?? '';
    expect(text).toMatch(/6530\*{10}[0-9X]{4}/);
    expect(text).toContain('13912345678');
    expect(text).toContain('6,000.00');
    expect(text).toContain('入户宣讲惠民政策');
    await screenshot(page, 'card-household');

    // The PDF button fetches the file (saying so while it renders), then saves it.
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('card-pdf').click(),
    ]);
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
    const bytes = await readFile((await pdf.path()) ?? '');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.getByText(`已下载 ${pdf.suggestedFilename()}`).waitFor();

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.ant-layout-sider').isVisible()).toBe(false);
    expect(await page.getByTestId('card-print').isVisible()).toBe(false);
    expect(await sheet.isVisible()).toBe(true);
    await screenshot(page, 'card-household-print');
    // Printed by the browser itself: one A4 page, no blank page after it.
    expect(pdfPageCount(await page.pdf({ format: 'A4', preferCSSPageSize: true }))).toBe(1);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('prints every card of a village from the village page, one sheet per household', async () => {
    const { context, page, consoleErrors } = await newPage(browser);
    await signInAs(page, server.url, coordinator, TEST_PASSWORD);
    await page.goto(`${server.url}/villages/${VILLAGE}`);
    await page.getByTestId('village-cards-button').waitFor();
    await screenshot(page, 'card-village-detail');
    await page.getByTestId('village-cards-button').click();
    await page.waitForURL(`**/villages/${VILLAGE}/cards`);
    await expect.poll(() => page.getByTestId('card-sheet').count()).toBe(2);
    await expect.poll(() => page.locator('[data-testid="card-qr"] svg').count()).toBe(2);
    expect(await page.getByTestId('card-print').isEnabled()).toBe(true);
    await screenshot(page, 'card-village');
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'card-village-print');
    // Printed by the browser itself: exactly one A4 page per card.
    expect(pdfPageCount(await page.pdf({ format: 'A4', preferCSSPageSize: true }))).toBe(2);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
