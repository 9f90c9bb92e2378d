/**
 * Every role opens every page of its menu, and the first record of each list, on the demo data:
 * no page may end on 加载失败 or 404, and the browser console must stay free of errors.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemo } from '../../src/cli/demo/build.js';
import { DEMO_PASSWORD } from '../../src/cli/demo/users.js';
import { today } from '../../src/domain/common.schema.js';
import {
  chromiumAvailable,
  launchBrowser,
  newPage,
  screenshot,
  signInAs,
  startE2eServer,
  type E2eServer,
} from './harness.js';

const ROLES = ['admin', 'coordinator', 'cadre', 'finance', 'trainer', 'coop', 'leader', 'auditor'];

/**
 * Count the page's requests in flight; `settled()` resolves once none has been for 150 ms (quicker
 * than Playwright's networkidle, which waits 500 ms after the last one, on every page).
 */
function inFlight(page: Page): { settled: () => Promise<void> } {
  let pending = 0;
  page.on('request', () => (pending += 1));
  page.on('requestfinished', () => (pending -= 1));
  page.on('requestfailed', () => (pending -= 1));
  return {
    async settled() {
      const deadline = Date.now() + 20_000;
      for (let quiet = 0; quiet < 3; quiet = pending === 0 ? quiet + 1 : 0) {
        if (Date.now() > deadline) {
          throw new Error(`${pending} requests still in flight after 20 s`);
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}

/** Once the page's requests have settled, say what went wrong on it, if anything. */
async function problemsOn(
  page: Page,
  network: { settled: () => Promise<void> },
): Promise<string[]> {
  await network.settled();
  // Skeletons give way to content or to a notice; give React a moment after the last response.
  await page.waitForFunction(`!document.querySelector('.ant-skeleton-active')`, undefined, {
    timeout: 10_000,
  });
  const notices = await page.locator('[role="alert"] h3').allTextContents();
  return notices.filter((n) => n === '加载失败' || n === '404');
}

/** The menu's links, in order (the desktop menu, or the phone's row of links). */
async function menuLinks(page: Page): Promise<string[]> {
  const nav = page.getByRole('navigation').first();
  await nav.locator('a[href^="/"]').first().waitFor();
  const hrefs = await nav
    .locator('a[href^="/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return [...new Set(hrefs)];
}

describe.runIf(chromiumAvailable())('every page of every role on the demo data', () => {
  let server: E2eServer;
  let browser: Browser;

  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'bangfu-crawl-'));
    server = await startE2eServer({ dataDir });
    const quiet = { step: () => undefined, households: () => undefined };
    await buildDemo(server.db, { seed: 7, households: 120, today: today(), dataDir }, quiet);
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(ROLES)(
    '%s: every menu page and the first record of each list load without an error',
    async (role) => {
      const { context, page, consoleErrors } = await newPage(browser);
      page.setDefaultTimeout(20_000);
      const network = inFlight(page);
      const visited: string[] = [];
      const problems: string[] = [];
      try {
        await signInAs(page, server.url, role, DEMO_PASSWORD);
        const links = await menuLinks(page);
        expect(links.length).toBeGreaterThan(2);
        // Through the app's own links, as a user goes: the menu, then the list's first record.
        const nav = page.getByRole('navigation').first();
        for (const link of links) {
          await nav.locator(`a[href="${link}"]`).first().click();
          visited.push(link);
          problems.push(...(await problemsOn(page, network)).map((p) => `${link}: ${p}`));
          const first = page.locator('main .ant-table-row a[href^="/"]').first();
          if ((await first.count()) > 0) {
            const href = (await first.getAttribute('href')) ?? '';
            await first.click();
            await page.waitForURL((url) => url.pathname === href.split('?')[0]);
            visited.push(href);
            problems.push(...(await problemsOn(page, network)).map((p) => `${href}: ${p}`));
          }
        }
        expect(problems).toEqual([]);
        expect(consoleErrors).toEqual([]);
        // Menu pages and records: the demo gives every role something to open.
        expect(visited.length).toBeGreaterThan(links.length);
        console.log(`crawl ${role}: ${visited.length} pages (${links.length} in the menu)`);
      } catch (error) {
        await screenshot(page, `crawl-failed-${role}`);
        throw new Error(`${role} after ${visited.join(' → ')}: ${String(error)}`);
      } finally {
        await context.close();
      }
    },
    180_000,
  );
});
