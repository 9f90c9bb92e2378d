import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translate } from '../../src/domain/messages/i18n.js';
import { signIn } from '../helpers/app.js';
import {
  buildBriefWorld,
  buildPhotoActivity,
  CONSENTED_QUOTE,
  PERIOD,
  type BriefWorld,
} from '../helpers/brief-builders.js';
import { TEST_PASSWORD } from '../helpers/builders.js';
import {
  chromiumAvailable,
  launchBrowser,
  newPage,
  screenshot,
  signInAs,
  startE2eServer,
  type E2eServer,
} from './harness.js';

function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

describe.runIf(chromiumAvailable())('the work brief page in Chromium', () => {
  let server: E2eServer;
  let browser: Browser;
  let world: BriefWorld;

  beforeAll(async () => {
    server = await startE2eServer();
    world = await buildBriefWorld(server.db.db);
    const cookie = await signIn(server.app, world.coordinator);
    await buildPhotoActivity(server.app, server.db.db, cookie, world.households[0] ?? '');
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a leader picks a period and downloads a .docx with the figures', async () => {
    const { context, page, consoleErrors } = await newPage(browser);
    await signInAs(page, server.url, world.leader, TEST_PASSWORD);
    await page.getByRole('menuitem', { name: '工作简报' }).click();
    await page.getByTestId('brief-page').waitFor();
    await screenshot(page, 'brief-page');

    // A period that ends before it starts is refused at the field, before anything is sent.
    for (const [id, value] of [
      ['#brief-from', '2026-06-30'],
      ['#brief-to', '2026-01-01'],
    ] as const) {
      await page.locator(id).click();
      await page.locator(id).fill(value);
      await page.locator(id).press('Tab');
    }
    await page.getByTestId('brief-generate').click();
    await page.getByText('结束日期：不能早于开始日期').waitFor();
    expect(await page.getByTestId('brief-ready').count()).toBe(0);
    await screenshot(page, 'brief-page-error');

    for (const [id, value] of [
      ['#brief-from', PERIOD.from],
      ['#brief-to', PERIOD.to],
    ] as const) {
      await page.locator(id).click();
      await page.locator(id).fill(value);
      await page.locator(id).press('Tab');
    }
    const downloading = page.waitForEvent('download');
    await page.getByTestId('brief-generate').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`工作简报-${PERIOD.from}-${PERIOD.to}.docx`);
    const path = join(mkdtempSync(join(tmpdir(), 'bangfu-brief-')), 'brief.docx');
    await download.saveAs(path);
    await page.getByTestId('brief-ready').waitFor();
    // The field error goes once the period is valid (antd lets it fade out first).
    await page.getByText('结束日期：不能早于开始日期').waitFor({ state: 'detached' });
    await screenshot(page, 'brief-page-ready');

    const zip = await JSZip.loadAsync(readFileSync(path));
    const text = textOf((await zip.file('word/document.xml')?.async('string')) ?? '');
    expect(text).toContain(
      translate('zh-CN', 'indicator.jobs_near_home.sentence', {
        value: String(world.expected.nearHome),
      }),
    );
    expect(text).toContain(CONSENTED_QUOTE);
    expect(Object.keys(zip.files).some((f) => f.startsWith('word/media/'))).toBe(true);
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 120_000);
});
