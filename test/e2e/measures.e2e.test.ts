/** The five measures in the console: help of every kind, activities with photos, the five-ones board. */
import sharp from 'sharp';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/connect.js';
import { today } from '../../src/domain/common.schema.js';
import { composeIdNumber } from '../../src/domain/validation/id-number.js';
import { createCampaign, tickItem } from '../../src/server/assistance/campaign.service.js';
import { buildActivity, buildLecturer, daysAgo, memberIds } from '../helpers/activity-builders.js';
import { actorOf, MASKS } from '../helpers/assistance-builders.js';
import {
  buildCadre,
  buildHousehold,
  buildPairing,
  buildUnit,
  buildUser,
  buildVillage,
  TEST_PASSWORD,
  VILLAGE,
} from '../helpers/builders.js';
import {
  chromiumAvailable,
  launchBrowser,
  newPage,
  screenshot,
  startE2eServer,
  type E2eServer,
} from './harness.js';

function dayFromToday(n: number): string {
  const d = new Date(`${today()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

let seq = 800;

async function family(db: Db, head: string, child: string): Promise<string> {
  seq += 1;
  return buildHousehold(db, {
    address: `${seq - 800}号`,
    members: [
      {
        name: head,
        sex: 'M',
        birthDate: '1970-02-03',
        idNumber: composeIdNumber('653021', '1970-02-03', seq, 'M'),
        relation: 'head',
      },
      { name: child, sex: 'F', birthDate: '2003-07-01', relation: 'child' },
    ],
  });
}

async function signInTo(page: Page, baseUrl: string, username: string, path: string) {
  const res = await page.request.post(`${baseUrl}/api/v1/auth/login`, {
    data: { username, password: TEST_PASSWORD },
  });
  expect(res.status()).toBe(200);
  await page.goto(`${baseUrl}${path}`);
}

/** The antd select whose input has this label. */
function selectOf(page: Page, label: string) {
  return page
    .getByLabel(label, { exact: true })
    .locator('xpath=ancestor::div[contains(concat(" ", @class, " "), " ant-select ")][1]');
}

/**
 * Open an antd select by its label and pick the option with this title: once the previous
 * dropdown has gone and the select is enabled (a member list waits for its household to be set;
 * a click on it while disabled opened nothing, and the pick then timed out in one CI run).
 */
async function choose(page: Page, label: string, option: string) {
  const select = selectOf(page, label);
  await page.locator('.ant-select-dropdown:visible').first().waitFor({ state: 'hidden' });
  await expect
    .poll(async () => (await select.getAttribute('class')) ?? '')
    .not.toContain('ant-select-disabled');
  await select.click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
}

describe.runIf(chromiumAvailable())('the five measures in the console', () => {
  let server: E2eServer;
  let browser: Browser;
  let coordinator = '';
  let asan = '';
  let campaignId = '';

  beforeAll(async () => {
    server = await startE2eServer();
    const db = server.db.db;
    await buildVillage(db);
    await buildVillage(db, '653021203202', '托帕村');
    const office = await buildUnit(db, '办公室');
    const centre = await buildUnit(db, '机关服务中心');
    const yu = await buildCadre(db, { unitId: office, name: '鱼智栋' });
    const wang = await buildCadre(db, { unitId: centre, name: '王建新' });
    asan = await family(db, '阿山·托合托逊', '古丽娜·阿山');
    const tursun = await family(db, '吐尔逊·买买提', '阿依古丽·吐尔逊');
    const ali = await family(db, '艾力·库尔班', '热依拉·艾力');
    await buildPairing(db, yu, asan);
    await buildPairing(db, yu, tursun);
    await buildPairing(db, wang, ali);
    coordinator = await buildUser(db, 'coordinator');
    const campaign = await createCampaign(db, null, {
      title: '石榴花开·我与亲戚共战疫',
      startDate: dayFromToday(-10),
      endDate: dayFromToday(20),
    });
    campaignId = campaign.id;
    const actor = await actorOf(db, coordinator);
    const asanList = await db
      .selectFrom('campaign_checklists')
      .select('id')
      .where('household_id', '=', asan)
      .executeTakeFirstOrThrow();
    for (const item of ['micro_lecture', 'good_deed'] as const) {
      await tickItem(
        db,
        actor,
        { id: campaignId, checklistId: asanList.id, item },
        { done: true, note: '' },
      );
    }
    // A cadre-led micro-classroom, a relative lecturer and a lecture she led.
    await buildActivity(db, {
      organizerCadreId: yu,
      householdId: asan,
      occurredAt: daysAgo(3),
      topic: '微课堂：惠民政策',
      headcount: 9,
    });
    const [, daughter] = await memberIds(db, tursun);
    await buildLecturer(db, daughter ?? '', dayFromToday(-40));
    await buildActivity(db, {
      typeCode: 'lecture',
      lecturerPersonId: daughter,
      occurredAt: daysAgo(2),
      topic: '宣讲：防疫知识',
      headcount: 23,
    });
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lets a coordinator record a donation of masks to a village', async () => {
    const { context, page, consoleErrors } = await newPage(browser);
    page.setDefaultTimeout(15_000);
    await signInTo(page, server.url, coordinator, '/households');
    await page.getByRole('menu').first().getByText('五项举措', { exact: true }).click();
    await page.waitForURL(`${server.url}/measures/activities`);
    await page.getByRole('tab', { name: '帮扶措施' }).click();
    await page.waitForURL(`${server.url}/measures/assistance`);
    await page.getByRole('button', { name: /登记帮扶/ }).click();
    await page.waitForURL(`${server.url}/measures/assistance/new`);
    await page.getByTestId('assistance-form').waitFor();

    await choose(page, '帮扶类别', '物资捐赠');
    // Checked in the browser with the API's own schema: the problem shows at its field.
    await page.getByRole('button', { name: /保\s*存/ }).click();
    const donor = page.locator('.ant-form-item', { has: page.getByLabel('捐赠方') });
    await donor.locator('.ant-form-item-explain-error').waitFor();
    await page.getByLabel('捐赠方').fill('自治区机关事务管理局');
    await choose(page, '受赠对象 1', '谢依提村');
    await choose(page, '物资', '口罩（个）');
    await page.getByLabel('数量').fill('3000');
    await screenshot(page, 'measures-donation-form');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.waitForURL(/\/measures\/assistance\/[0-9a-f-]{36}$/);
    const detail = page.getByTestId('assistance-detail');
    await detail.getByText('口罩 3,000 个').first().waitFor();
    await expect(detail.getByText('共抗疫情').count()).resolves.toBeGreaterThan(0);
    await screenshot(page, 'measures-donation');

    const line = await server.db.db
      .selectFrom('assistance_donation_lines')
      .select(['item_id', 'quantity', 'recipient_village_code'])
      .executeTakeFirstOrThrow();
    expect(line).toMatchObject({ item_id: MASKS, quantity: 3000, recipient_village_code: VILLAGE });
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 60_000);

  it('lets a coordinator record a job placement, the wage typed in 元 and kept in fen', async () => {
    const { context, page, consoleErrors } = await newPage(browser);
    page.setDefaultTimeout(15_000);
    await signInTo(page, server.url, coordinator, '/measures/assistance/new?kind=job');
    await page.getByTestId('assistance-form').waitFor();
    await selectOf(page, '农户').click();
    await page.keyboard.type('阿山');
    await page
      .locator('.ant-select-dropdown:visible')
      .getByTitle('阿山·托合托逊 · 谢依提村', { exact: true })
      .click();
    await choose(page, '人员', '古丽娜·阿山 · 子女');
    await page.getByLabel('用工单位').fill('哈拉峻乡人民政府');
    await page.getByLabel('岗位').fill('护林员');
    await page.getByLabel('月工资（元）').fill('2500');
    await choose(page, '就业渠道', '东西部协作');
    await screenshot(page, 'measures-job-form');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.waitForURL(/\/measures\/assistance\/[0-9a-f-]{36}$/);
    const detail = page.getByTestId('assistance-detail');
    await detail.getByText('2,500.00 元').first().waitFor();
    await expect(detail.getByText('古丽娜·阿山').count()).resolves.toBeGreaterThan(0);
    const job = await server.db.db
      .selectFrom('assistance_jobs')
      .select(['monthly_wage_fen', 'channel'])
      .executeTakeFirstOrThrow();
    expect(job).toEqual({ monthly_wage_fen: 250_000, channel: 'east_west' });

    await page.goto(`${server.url}/measures/assistance`);
    const rows = page.locator('.ant-table-row');
    await rows.filter({ hasText: '哈拉峻乡人民政府' }).waitFor();
    await rows.filter({ hasText: '口罩 3,000 个' }).waitFor();
    await screenshot(page, 'measures-assistance-list');
    await choose(page, '帮扶类别', '就业');
    await expect(rows.filter({ hasText: '口罩' }).count()).resolves.toBe(0);
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 60_000);

  it('shows the five-ones progress per cadre and unit, and ticks an item', async () => {
    const { context, page, consoleErrors } = await newPage(browser);
    page.setDefaultTimeout(15_000);
    await signInTo(page, server.url, coordinator, '/measures/campaigns');
    const row = page.locator('.ant-table-row', { hasText: '石榴花开·我与亲戚共战疫' });
    await row.getByText('2/15 项').waitFor();
    await screenshot(page, 'measures-campaigns');
    await row.getByRole('link').click();
    await page.waitForURL(`${server.url}/measures/campaigns/${campaignId}`);

    const progress = page.getByTestId('progress-table');
    await progress.locator('.ant-table-row', { hasText: '鱼智栋' }).getByText('2/10 项').waitFor();
    await progress.locator('.ant-table-row', { hasText: '王建新' }).getByText('0/5 项').waitFor();
    await page.getByTestId('progress-chart').locator('canvas').waitFor();

    const ali = page.locator('.ant-table-row', { hasText: '艾力·库尔班' });
    await ali.getByLabel('艾力·库尔班：一份防疫知识').check();
    await page.getByTestId('campaign-done').filter({ hasText: '3/15 项' }).waitFor();
    await progress.locator('.ant-table-row', { hasText: '王建新' }).getByText('1/5 项').waitFor();
    await screenshot(page, 'measures-campaign-board');

    await page.getByText('按单位', { exact: true }).click();
    await progress
      .locator('.ant-table-row', { hasText: '机关服务中心' })
      .getByText('1/5 项')
      .waitFor();
    await progress.locator('.ant-table-row', { hasText: '办公室' }).getByText('2/10 项').waitFor();

    // Unticking asks first.
    await ali.getByLabel('艾力·库尔班：一份防疫知识').click();
    const confirm = page.locator('.ant-modal-confirm');
    await confirm.locator('.ant-modal-confirm-title', { hasText: '取消已完成的事项？' }).waitFor();
    await confirm.getByRole('button', { name: '取 消' }).click();
    await expect(ali.getByLabel('艾力·库尔班：一份防疫知识').isChecked()).resolves.toBe(true);
    await screenshot(page, 'measures-campaign-board-by-unit');
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 60_000);

  it('records an activity, adds a photo to it, and shows the lecture cascade', async () => {
    const { context, page, consoleErrors } = await newPage(browser);
    page.setDefaultTimeout(15_000);
    await signInTo(page, server.url, coordinator, '/measures/activities');
    await page.locator('.ant-table-row', { hasText: '微课堂：惠民政策' }).waitFor();
    await screenshot(page, 'measures-activities');

    await page.getByRole('button', { name: /记录活动/ }).click();
    await page.waitForURL(`${server.url}/measures/activities/new`);
    await page.getByTestId('activity-form').waitFor();
    await choose(page, '举措', '宣传教育');
    await choose(page, '活动类型', '微课堂');
    await choose(page, '村', '托帕村');
    await selectOf(page, '组织者').click();
    await page.keyboard.type('王建新');
    await page
      .locator('.ant-select-dropdown:visible')
      .getByTitle('王建新 · 机关服务中心', { exact: true })
      .click();
    await page.getByLabel('主题').fill('微课堂：家庭教育');
    await page.getByLabel('参加人数').fill('15');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.waitForURL(/\/measures\/activities\/[0-9a-f-]{36}$/);
    await page.getByTestId('activity-detail').getByText('微课堂：家庭教育').first().waitFor();

    const jpeg = await sharp({
      create: { width: 800, height: 600, channels: 3, background: '#5b8a72' },
    })
      .jpeg()
      .toBuffer();
    await page.getByTestId('photo-file').setInputFiles({
      name: 'class.jpg',
      mimeType: 'image/jpeg',
      buffer: jpeg,
    });
    await page.getByLabel('说明').fill('9月，结亲干部给结对亲戚家的孩子讲故事');
    await page.getByRole('button', { name: /上传照片/ }).click();
    await page.getByTestId('photo').getByText('9月，结亲干部给结对亲戚家的孩子讲故事').waitFor();
    await page.getByTestId('photo').locator('img').first().waitFor();
    await screenshot(page, 'measures-activity-photos');

    await page.goto(`${server.url}/measures/cascade`);
    await page.getByTestId('cascade-cadres').getByText('2', { exact: true }).waitFor();
    await page.getByTestId('cascade-villagers').getByText('23', { exact: true }).waitFor();
    await page.locator('.ant-table-row', { hasText: '阿依古丽·吐尔逊' }).waitFor();
    await screenshot(page, 'measures-cascade');
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 60_000);
});
