/** The cadre's field view on a 360 px phone: log a home visit with a photo, see it on the timeline. */
import sharp from 'sharp';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/connect.js';
import { today } from '../../src/domain/common.schema.js';
import { createCampaign } from '../../src/server/assistance/campaign.service.js';
import { buildActivity, daysAgo } from '../helpers/activity-builders.js';
import {
  buildCadre,
  buildHousehold,
  buildPairing,
  buildUser,
  buildVillage,
  TEST_PASSWORD,
} from '../helpers/builders.js';
import { composeIdNumber } from '../../src/domain/validation/id-number.js';
import {
  chromiumAvailable,
  launchBrowser,
  newPage,
  screenshot,
  startE2eServer,
  type E2eServer,
} from './harness.js';

const PHONE = { width: 360, height: 740 };

/** A day `n` days from today (YYYY-MM-DD, the program's zone). */
function dayFromToday(n: number): string {
  const d = new Date(`${today()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** A real 1200×900 JPEG as a phone camera would send it, with the time it was taken. */
async function cameraJpeg(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="900">
    <rect width="1200" height="900" fill="#8fb8de"/>
    <rect y="560" width="1200" height="340" fill="#c9a86a"/>
    <rect x="380" y="300" width="440" height="300" fill="#f3e9d2" stroke="#7a5c3e" stroke-width="10"/>
    <polygon points="350,310 600,150 850,310" fill="#b71c1c"/>
    <rect x="560" y="450" width="80" height="150" fill="#7a5c3e"/>
    <circle cx="1020" cy="140" r="70" fill="#ffd54f"/>
  </svg>`;
  return sharp(Buffer.from(svg))
    .jpeg({ quality: 85 })
    .withExifMerge({ IFD2: { DateTimeOriginal: '2026:09:12 10:30:00' } })
    .toBuffer();
}

async function family(db: Db, head: string, seq: number): Promise<string> {
  return buildHousehold(db, {
    address: `谢依提村${seq}组`,
    members: [
      {
        name: head,
        sex: 'M',
        birthDate: '1972-05-04',
        idNumber: composeIdNumber('653021', '1972-05-04', 700 + seq, 'M'),
        relation: 'head',
      },
      { name: '古丽娜·阿山', sex: 'F', birthDate: '2009-09-01', relation: 'child' },
    ],
  });
}

/** Sign in with the API (the form is covered by registry.e2e.test.ts) and open a path. */
async function signInTo(page: Page, baseUrl: string, username: string, path: string) {
  const res = await page.request.post(`${baseUrl}/api/v1/auth/login`, {
    data: { username, password: TEST_PASSWORD },
  });
  expect(res.status()).toBe(200);
  await page.goto(`${baseUrl}${path}`);
}

/** Press Tab until the focused element matches `selector` (and holds `text`); at most `max` presses. */
async function tabTo(page: Page, selector: string, text = '', max = 40): Promise<number> {
  for (let presses = 1; presses <= max; presses += 1) {
    await page.keyboard.press('Tab');
    const there = await page.evaluate(
      ([sel, txt]) =>
        (document.activeElement?.matches(sel) ?? false) &&
        (document.activeElement?.textContent ?? '').includes(txt),
      [selector, text] as const,
    );
    if (there) {
      return presses;
    }
  }
  throw new Error(`${selector} was not reached in ${max} presses of Tab`);
}

describe.runIf(chromiumAvailable())('the field view on a phone: a home visit with a photo', () => {
  let server: E2eServer;
  let browser: Browser;
  let cadreUser = '';
  let unvisited = '';
  let visited = '';

  beforeAll(async () => {
    server = await startE2eServer();
    const db = server.db.db;
    await buildVillage(db);
    const cadreId = await buildCadre(db, { name: '鱼智栋' });
    unvisited = await family(db, '阿山·托合托逊', 1);
    visited = await family(db, '吐尔逊·买买提', 2);
    await buildPairing(db, cadreId, unvisited);
    await buildPairing(db, cadreId, visited);
    await buildActivity(db, {
      measure: 'relief',
      typeCode: 'home_visit',
      occurredAt: daysAgo(10),
      villageCode: undefined,
      householdId: visited,
      topic: '了解春耕准备',
    });
    await createCampaign(db, null, {
      title: '石榴花开·我与亲戚共战疫',
      startDate: dayFromToday(-10),
      endDate: dayFromToday(20),
    });
    cadreUser = await buildUser(db, 'cadre', { cadreId });
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('logs a visit with a photo in a few taps and shows it on the timeline, without ECharts', async () => {
    const { context, page, consoleErrors } = await newPage(browser, { viewport: PHONE });
    page.setDefaultTimeout(20_000);
    const scripts: string[] = [];
    const apiCalls: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (request.resourceType() === 'script') {
        scripts.push(url.pathname);
      }
      if (url.pathname.startsWith('/api/v1/activities')) {
        apiCalls.push(`${url.pathname}${url.search}`);
      }
    });
    await signInTo(page, server.url, cadreUser, '/field');

    // My families: how long since the last visit, and what is due.
    const rows = page.getByTestId('family-row');
    await rows.first().waitFor();
    await expect(rows.count()).resolves.toBe(2);
    const unvisitedRow = rows.filter({ hasText: '阿山·托合托逊' });
    const visitedRow = rows.filter({ hasText: '吐尔逊·买买提' });
    await unvisitedRow.getByText('尚未走访').waitFor();
    await unvisitedRow.getByText('该走访了').waitFor();
    await visitedRow.getByText('上次走访 10 天前').waitFor();
    await expect(visitedRow.getByText('该走访了').count()).resolves.toBe(0);
    await unvisitedRow.getByText('“五个一”还差 5 项').waitFor();
    // Both families' last visits came in one request, not one per family.
    expect(apiCalls.filter((c) => c.startsWith('/api/v1/activities/latest'))).toHaveLength(1);
    expect(apiCalls.filter((c) => c.startsWith('/api/v1/activities?'))).toEqual([]);
    // The cadre's own figures: two families; the earlier visit counts when it fell this month.
    const visitsBefore = dayFromToday(-10).slice(0, 7) === today().slice(0, 7) ? 1 : 0;
    const figure = (key: string) => page.getByTestId(`my-figure-${key}`);
    await figure('households').getByText('2户', { exact: true }).waitFor();
    await figure('visits').getByText(`${visitsBefore}次`, { exact: true }).waitFor();
    const helpBefore = Number.parseInt(
      (await figure('assistance').innerText()).replace(/\D+/g, ''),
      10,
    );
    await screenshot(page, 'field-my-families');

    // Open the family, log a visit: tap, photo, save.
    const started = Date.now();
    let taps = 0;
    await unvisitedRow.click();
    taps += 1;
    await page.waitForURL(`${server.url}/field/families/${unvisited}`);
    await page.getByTestId('family-timeline').waitFor();
    await page.getByTestId('five-ones').waitFor();
    await screenshot(page, 'field-family-before');
    await page.getByTestId('log-visit').click();
    taps += 1;
    await page.getByTestId('log-visit-page').waitFor();
    const when = await page.getByLabel('走访时间').inputValue();
    expect(when).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    await page.getByTestId('take-photo').waitFor();
    taps += 1; // the camera button; the phone's camera hands back the picture
    await page.getByTestId('visit-photo').setInputFiles({
      name: 'IMG_20260912_103000.jpg',
      mimeType: 'image/jpeg',
      buffer: await cameraJpeg(),
    });
    await page.getByTestId('visit-photo-preview').waitFor();
    await page.getByLabel('照片说明（可不填）').fill('给孩子讲故事');
    await screenshot(page, 'field-log-visit');
    await page.getByTestId('save-visit').click();
    taps += 1;
    await page.waitForURL(`${server.url}/field/families/${unvisited}`);
    const entry = page.getByTestId('timeline-entry').filter({ hasText: '走访入户' }).first();
    await entry.getByTestId('timeline-photo').waitFor();
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `field e2e: opening the family → the visit with its photo on the timeline took ${seconds.toFixed(1)} s of machine time and ${taps} taps (+ the camera)`,
    );
    await expect(entry.textContent()).resolves.toContain(today());
    await page.getByTestId('family-last-visit').filter({ hasText: today() }).waitFor();
    await screenshot(page, 'field-family-timeline');

    // The visit and its photo are stored: the activity first, then the photo.
    const db = server.db.db;
    const activity = await db
      .selectFrom('activities')
      .select(['id', 'type_code', 'household_id', 'topic', 'measure'])
      .where('household_id', '=', unvisited)
      .executeTakeFirstOrThrow();
    expect(activity).toMatchObject({
      type_code: 'home_visit',
      topic: '走访入户',
      measure: 'relief',
    });
    const photos = await db
      .selectFrom('photos')
      .select(['caption'])
      .where('activity_id', '=', activity.id)
      .execute();
    expect(photos).toEqual([{ caption: '给孩子讲故事' }]);

    // The five-ones checklist: tick one item.
    await page.getByTestId('five-good_deed').click();
    await page.getByText('已勾选').first().waitFor();
    await page.locator('.ant-card', { hasText: '“五个一”清单' }).getByText('1/5').waitFor();

    // Log an act of help: a good deed for the whole family.
    await page.getByTestId('log-help').click();
    await page.getByTestId('log-help-page').waitFor();
    await page.getByLabel('做了什么').fill('帮助修缮羊圈');
    await screenshot(page, 'field-log-help');
    await page.getByTestId('save-help').click();
    await page.waitForURL(`${server.url}/field/families/${unvisited}`);
    await page.getByTestId('timeline-entry').filter({ hasText: '帮助修缮羊圈' }).waitFor();
    await page.getByTestId('timeline-entry').filter({ hasText: '一件实事好事' }).waitFor();
    await screenshot(page, 'field-family-after-help');

    // Back on my families: the visit counts, one item less is open.
    await page.getByText('我的结对亲戚').first().click();
    await page.waitForURL(`${server.url}/field`);
    await unvisitedRow.getByText('上次走访 今天').waitFor();
    await expect(unvisitedRow.getByText('该走访了').count()).resolves.toBe(0);
    await unvisitedRow.getByText('“五个一”还差 4 项').waitFor();
    await figure('visits')
      .getByText(`${visitsBefore + 1}次`, { exact: true })
      .waitFor();
    await figure('assistance')
      .getByText(`${helpBefore + 1}次`, { exact: true })
      .waitFor();

    const echarts = scripts.filter((path) => /echarts|Chart-/i.test(path));
    expect(echarts).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 120_000);

  it('reads in English when the cadre switches the language', async () => {
    const { context, page, consoleErrors } = await newPage(browser, { viewport: PHONE });
    page.setDefaultTimeout(20_000);
    await context.addInitScript({ content: "localStorage.setItem('bangfu.lang', 'en');" });
    await signInTo(page, server.url, cadreUser, `/field/families/${visited}`);
    await page.getByTestId('log-visit').filter({ hasText: 'Log a home visit' }).waitFor();
    await page.getByText('"Five ones" checklist').waitFor();
    await page.getByTestId('timeline-entry').filter({ hasText: 'Home visit' }).first().waitFor();
    await screenshot(page, 'field-family-en');
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 60_000);

  it('keeps a job for a member in a few taps, with the wage typed in 元 and stored in fen', async () => {
    const { context, page, consoleErrors } = await newPage(browser, { viewport: PHONE });
    page.setDefaultTimeout(20_000);
    await signInTo(page, server.url, cadreUser, `/field/families/${visited}/help`);
    await page.getByTestId('log-help-page').waitFor();
    await page.getByText('就业', { exact: true }).click();
    await page.getByLabel('古丽娜·阿山（子女）').check();
    await page.getByLabel('用工单位').fill('阿图什市帕米尔农业合作社');
    await page.getByLabel('岗位').fill('分拣员');
    // Too much: the error at the field speaks 元, as the field does (the API counts fen).
    await page.getByLabel('月工资（元）').fill('200000000');
    await page.getByTestId('save-help').click();
    const wage = page.locator('.ant-form-item', { has: page.getByLabel('月工资（元）') });
    await wage
      .locator('.ant-form-item-explain-error', { hasText: '请输入 0 至 1 亿元之间的金额' })
      .waitFor();
    await expect(wage.textContent()).resolves.not.toContain('分');
    await page.getByLabel('月工资（元）').fill('2300.5');
    await screenshot(page, 'field-log-job');
    await page.getByTestId('save-help').click();
    await page.waitForURL(`${server.url}/field/families/${visited}`);
    await page
      .getByTestId('timeline-entry')
      .filter({ hasText: '阿图什市帕米尔农业合作社' })
      .waitFor();
    const job = await server.db.db
      .selectFrom('assistance_jobs')
      .select(['monthly_wage_fen', 'employer'])
      .executeTakeFirstOrThrow();
    expect(job).toEqual({ monthly_wage_fen: 230_050, employer: '阿图什市帕米尔农业合作社' });
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 60_000);

  it('lets a cadre sign in and log a home visit with the keyboard alone', async () => {
    const { context, page, consoleErrors } = await newPage(browser, { viewport: PHONE });
    page.setDefaultTimeout(20_000);
    await page.goto(`${server.url}/login`);
    await page.getByLabel('用户名').waitFor();
    // The user name field has the focus; Tab to the password, Enter to sign in.
    await page.keyboard.type(cadreUser);
    await page.keyboard.press('Tab');
    await page.keyboard.type(TEST_PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByTestId('family-row').first().waitFor();
    expect(new URL(page.url()).pathname).toBe('/field');

    // The families are buttons: reach one with Tab, open it with Enter.
    await tabTo(page, '[data-testid="family-row"]', '吐尔逊·买买提');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.url}/field/families/${visited}`);
    await page.getByTestId('log-visit').waitFor();
    await tabTo(page, '[data-testid="log-visit"]');
    await page.keyboard.press('Enter');
    await page.getByTestId('log-visit-page').waitFor();

    // The topic, typed; then Tab on to the save button and press it.
    await tabTo(page, 'input#topic, [id$="topic"]');
    await page.keyboard.type('键盘走访');
    await tabTo(page, '[data-testid="save-visit"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${server.url}/field/families/${visited}`);
    await page.getByTestId('timeline-entry').filter({ hasText: '键盘走访' }).waitFor();
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 60_000);

  it('saves a visit once when the phone loses the answer to its save', async () => {
    const { context, page, consoleErrors } = await newPage(browser, { viewport: PHONE });
    page.setDefaultTimeout(20_000);
    const visitsOf = async () =>
      (
        await server.db.db
          .selectFrom('activities')
          .select('id')
          .where('household_id', '=', visited)
          .where('topic', '=', '丢了回音的走访')
          .execute()
      ).map((r) => r.id);
    // The first save reaches the server, which records it; its answer never reaches the phone.
    let lost = 0;
    await page.route('**/api/v1/activities', async (route) => {
      if (route.request().method() !== 'POST' || lost > 0) {
        return route.fallback();
      }
      lost += 1;
      const answered = await route.fetch();
      expect(answered.status()).toBe(201);
      return route.abort('connectionreset');
    });
    const saves: { key: string | null; replayed: string | null }[] = [];
    page.on('response', (response) => {
      const request = response.request();
      if (
        request.method() === 'POST' &&
        new URL(response.url()).pathname === '/api/v1/activities'
      ) {
        saves.push({
          key: request.headers()['idempotency-key'] ?? null,
          replayed: response.headers()['idempotent-replayed'] ?? null,
        });
      }
    });
    await signInTo(page, server.url, cadreUser, `/field/families/${visited}/visit`);
    await page.getByTestId('log-visit-page').waitFor();
    await page.getByLabel('主题（可不填）').fill('丢了回音的走访');
    await page.getByTestId('save-visit').click();
    // The phone tries again by itself and gets the first record back: one visit, not two.
    await page.waitForURL(`${server.url}/field/families/${visited}`);
    await page.getByTestId('timeline-entry').filter({ hasText: '丢了回音的走访' }).waitFor();
    await expect(
      page.getByTestId('timeline-entry').filter({ hasText: '丢了回音的走访' }).count(),
    ).resolves.toBe(1);
    expect(lost).toBe(1);
    expect(await visitsOf()).toHaveLength(1);
    expect(saves).toHaveLength(1);
    expect(saves[0]?.replayed).toBe('true');
    expect(saves[0]?.key).toMatch(/^[0-9a-f]{32}$/);
    // The browser logs the connection it lost; nothing else.
    expect(consoleErrors.splice(0)).toEqual([expect.stringContaining('ERR_CONNECTION_RESET')]);
    await context.close();
  }, 60_000);

  it('keeps an unsaved visit or act of help on the phone, photo and all, until it is saved, discarded or the cadre signs out', async () => {
    const { context, page, consoleErrors } = await newPage(browser, { viewport: PHONE });
    page.setDefaultTimeout(20_000);
    /** How many drafts the phone holds (the app's own IndexedDB store). */
    const drafts = () =>
      page.evaluate(
        () =>
          new Promise<number>((resolve, reject) => {
            const open = indexedDB.open('bangfu-field', 1);
            open.onupgradeneeded = () => open.result.createObjectStore('drafts');
            open.onerror = () => reject(open.error ?? new Error('no IndexedDB'));
            open.onsuccess = () => {
              const db = open.result;
              const count = db.transaction('drafts').objectStore('drafts').count();
              count.onsuccess = () => {
                db.close();
                resolve(count.result);
              };
            };
          }),
      );
    const visitPage = `/field/families/${visited}/visit`;
    const topic = page.getByLabel('主题（可不填）');
    const restored = page.getByTestId('draft-restored');
    await signInTo(page, server.url, cadreUser, visitPage);
    await page.getByTestId('log-visit-page').waitFor();
    await expect(restored.count()).resolves.toBe(0);

    // Typed and photographed, then the cadre leaves without saving.
    await page.getByTestId('visit-photo').setInputFiles({
      name: 'IMG_20260913_090000.jpg',
      mimeType: 'image/jpeg',
      buffer: await cameraJpeg(),
    });
    await page.getByTestId('visit-photo-preview').waitFor();
    await topic.fill('讲解医保报销');
    await page.getByLabel('备注（可不填）').fill('孩子下周开学');
    await expect.poll(drafts).toBe(1);
    await page.getByText('吐尔逊·买买提', { exact: true }).first().click();
    await page.waitForURL(`${server.url}/field/families/${visited}`);

    // Back on the form, and after a reload of the page: all of it is there.
    for (const reopen of ['tap', 'reload'] as const) {
      if (reopen === 'tap') {
        await page.getByTestId('log-visit').click();
      } else {
        await page.reload();
      }
      await restored.waitFor();
      await expect(topic.inputValue()).resolves.toBe('讲解医保报销');
      await expect(page.getByLabel('备注（可不填）').inputValue()).resolves.toBe('孩子下周开学');
      await page.getByTestId('visit-photo-preview').waitFor();
    }
    await screenshot(page, 'field-visit-draft-restored');

    // Discarded: the form is empty and the phone holds nothing.
    await restored.getByRole('button', { name: '丢弃草稿' }).click();
    await restored.waitFor({ state: 'hidden' });
    await expect(topic.inputValue()).resolves.toBe('');
    await expect(page.getByTestId('visit-photo-preview').count()).resolves.toBe(0);
    await expect.poll(drafts).toBe(0);

    // Saved: the draft goes with it, and the form opens empty next time.
    await topic.fill('草稿之后保存');
    await expect.poll(drafts).toBe(1);
    await page.getByTestId('save-visit').click();
    await page.waitForURL(`${server.url}/field/families/${visited}`);
    await page.getByTestId('timeline-entry').filter({ hasText: '草稿之后保存' }).waitFor();
    await expect.poll(drafts).toBe(0);
    await page.getByTestId('log-visit').click();
    await page.getByTestId('log-visit-page').waitFor();
    await expect(topic.inputValue()).resolves.toBe('');
    await expect(restored.count()).resolves.toBe(0);

    // The help form keeps its own draft, the kind chosen included.
    await page.goto(`${server.url}/field/families/${visited}/help`);
    await page.getByTestId('log-help-page').waitFor();
    await page.getByText('就业', { exact: true }).click();
    await page.getByLabel('用工单位').fill('阿图什市帕米尔农业合作社');
    await expect.poll(drafts).toBe(1);
    await page.reload();
    await restored.waitFor();
    await expect(page.getByLabel('用工单位').inputValue()).resolves.toBe(
      '阿图什市帕米尔农业合作社',
    );

    // Signed out: a shared phone keeps no one's unsaved records.
    await page.goto(`${server.url}${visitPage}`);
    await page.getByTestId('log-visit-page').waitFor();
    await topic.fill('签退前没保存');
    await expect.poll(drafts).toBe(2);
    await page.getByTestId('user-menu').click();
    await page.getByRole('button', { name: '退出登录' }).click();
    const confirm = page.locator('.ant-modal', {
      has: page.locator('.ant-modal-confirm-title', { hasText: '确定要退出登录吗？' }),
    });
    await confirm.waitFor();
    await confirm.getByRole('button', { name: '退出登录' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await page.waitForURL(`${server.url}/login`);
    await expect.poll(drafts).toBe(0);
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 90_000);
});
