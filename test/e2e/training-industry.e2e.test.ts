/**
 * Training, industry and stories in Chromium: a trainer runs a course to a licence and a follow-up,
 * a cooperative manager records a livestream sale, a story without consent stays unpublished.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { CollectiveIncomeCreate } from '../../src/domain/industry/collective-income.schema.js';
import { CertificationCreate } from '../../src/domain/industry/product.schema.js';
import { SaleCreate } from '../../src/domain/industry/sale.schema.js';
import { TourismCreate } from '../../src/domain/industry/tourism.schema.js';
import { composeIdNumber } from '../../src/domain/validation/id-number.js';
import { recordCollectiveIncome } from '../../src/server/industry/collective-income.service.js';
import { createCertification } from '../../src/server/industry/product.service.js';
import { createSale } from '../../src/server/industry/sale.service.js';
import { createTourismProject } from '../../src/server/industry/tourism.service.js';
import { buildApp } from '../../src/server/app.js';
import { serveWebApp } from '../../src/server/static.js';
import { openTestDb } from '../helpers/db.js';
import {
  buildHousehold,
  buildUser,
  buildVillage,
  TEST_PASSWORD,
  VILLAGE,
} from '../helpers/builders.js';
import { buildCooperative, buildProduct, buildStory } from '../helpers/industry-builders.js';
import { BUILDER } from '../helpers/training-builders.js';
import {
  chromiumAvailable,
  launchBrowser,
  newPage,
  screenshot,
  type E2eServer,
} from './harness.js';

/**
 * Like the harness's startE2eServer, but with the web app built into a folder of this process's
 * own: other e2e files build web/dist at the same time (emptying it), and the static plugin
 * lists its files once at start, so a shared web/dist fails pages at random.
 */
async function startPrivateServer(): Promise<E2eServer> {
  const root = mkdtempSync(join(tmpdir(), 'bangfu-web-'));
  execFileSync(
    'npx',
    ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'error', '--outDir', root],
    { stdio: 'inherit' },
  );
  const db = await openTestDb('sqlite');
  const app = await buildApp({
    handle: db,
    sessionSecret: 'e2e-secret-e2e-secret-e2e-secret-e2e-0123',
    cookieSecure: 'false',
    dataDir: mkdtempSync(join(tmpdir(), 'bangfu-e2e-')),
    extend: (instance) => serveWebApp(instance, root),
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    db,
    app,
    url: `http://127.0.0.1:${port}`,
    async close() {
      await app.close();
      await db.dispose();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/**
 * Sign in with the session cookie of the browser context and open `path` directly. (Signing in
 * through the form lands on the dashboard first, whose errors are not this suite's; the form
 * itself is covered by registry.e2e.test.ts.)
 */
async function signInTo(page: Page, baseUrl: string, username: string, path: string) {
  const res = await page.request.post(`${baseUrl}/api/v1/auth/login`, {
    data: { username, password: TEST_PASSWORD },
  });
  expect(res.status()).toBe(200);
  // Fail at the step that does not happen, well within the test's own time limit.
  page.setDefaultTimeout(15_000);
  await page.goto(`${baseUrl}${path}`);
}

/** The open dialog (antd keeps closed ones in the DOM, hidden). */
function dialog(page: Page): Locator {
  return page.locator('.ant-modal:visible');
}

/** Open the select labelled `label` (optionally typing to search) and pick the option with `text`. */
async function pick(
  scope: Page | Locator,
  page: Page,
  label: string,
  text: string,
  typed?: string,
) {
  const field = scope.getByLabel(label, { exact: true });
  await field.click();
  if (typed !== undefined) {
    // Wait for the search answer, so that the option clicked is not replaced under the pointer.
    const searched = page.waitForResponse((r) =>
      decodeURIComponent(r.url()).includes(`q=${typed}`),
    );
    await field.fill(typed);
    await searched;
  }
  await page.locator('.ant-select-item-option:visible', { hasText: text }).first().click();
  await expect
    .poll(() =>
      scope
        .locator('.ant-form-item', { has: page.getByLabel(label, { exact: true }) })
        .textContent(),
    )
    .toContain(text);
}

/** Type a date into the date picker labelled `label` and leave it (Enter would submit the form). */
async function typeDate(scope: Page | Locator, label: string, date: string) {
  const field = scope.getByLabel(label, { exact: true });
  await field.click();
  await field.fill(date);
  await field.press('Tab');
  await expect(field.inputValue()).resolves.toBe(date);
}

/** A button by its text; antd puts a space between two Chinese characters of a button. */
function button(scope: Page | Locator, text: string): Locator {
  const spaced = text.length === 2 ? `${text[0]}\\s*${text[1]}` : text;
  return scope.getByRole('button', { name: new RegExp(`(^|\\s)${spaced}$`) });
}

describe.runIf(chromiumAvailable())('training, industry and stories in Chromium', () => {
  let server: E2eServer;
  let browser: Browser;
  let trainer = '';
  let coopManager = '';
  let coordinator = '';
  let leader = '';

  beforeAll(async () => {
    server = await startPrivateServer();
    const db = server.db.db;
    await buildVillage(db);
    const OTHER_VILLAGE = await buildVillage(db, '653021203202', '托格拉克村');
    const traineeFamily = await buildHousehold(db, {
      members: [
        {
          name: '吐尔逊·买买提',
          sex: 'M',
          birthDate: '1972-04-10',
          idNumber: composeIdNumber('653021', '1972-04-10', 501, 'M'),
          relation: 'head',
        },
        { name: '艾力·吐尔逊', sex: 'M', birthDate: '1998-07-21', relation: 'child' },
      ],
    });
    const storyFamily = await buildHousehold(db, {
      members: [
        {
          name: '阿依古丽·托合提',
          sex: 'F',
          birthDate: '1980-02-03',
          idNumber: composeIdNumber('653021', '1980-02-03', 502, 'F'),
          relation: 'head',
        },
      ],
    });
    const head = await db
      .selectFrom('persons')
      .select('id')
      .where('household_id', '=', storyFamily)
      .executeTakeFirstOrThrow();
    // A story the family consented to publish: the publishable filter keeps it.
    await buildStory(db, storyFamily, {
      personId: head.id,
      title: '刺绣合作社让我有了收入',
      quote: '在合作社绣花，一个月能挣两千多元。',
      saidOn: '2026-06-01',
      consent: { given: true, date: '2026-06-01', method: 'written', byPersonId: head.id },
    });
    const product = await buildProduct(db, { name: '牛羊肉', unit: '公斤' });
    const coop = await buildCooperative(db, {
      productIds: [product.id],
      memberHouseholdIds: [traineeFamily, storyFamily],
    });
    // A green-food certification that has expired, and a trademark that has not.
    for (const cert of [
      { kind: 'green', number: 'LB-15-2001', validFrom: '2022-01-01', validTo: '2025-12-31' },
      {
        kind: 'trademark',
        number: '第 48213567 号',
        validFrom: '2024-05-01',
        validTo: '2034-04-30',
      },
    ]) {
      await createCertification(
        db,
        BUILDER,
        CertificationCreate.parse({ productId: product.id, cooperativeId: coop.id, ...cert }),
      );
    }
    // Collective income of two villages over three years (nearly 30% growth in the last).
    for (const [villageCode, year, yuan] of [
      [VILLAGE, 2024, 300_000],
      [VILLAGE, 2025, 360_000],
      [VILLAGE, 2026, 462_960],
      [OTHER_VILLAGE, 2024, 200_000],
      [OTHER_VILLAGE, 2025, 250_000],
    ] as const) {
      await recordCollectiveIncome(
        db,
        BUILDER,
        CollectiveIncomeCreate.parse({ villageCode, year, amountFen: yuan * 100 }),
      );
    }
    await createTourismProject(
      db,
      BUILDER,
      TourismCreate.parse({
        villageCode: VILLAGE,
        name: '谢依提村水上漂流',
        kind: 'rafting',
        openedOn: '2025-06-01',
        years: [{ year: 2025, visitors: 12_000, revenueFen: 36_000_000 }],
      }),
    );
    // An earlier pre-sale, so that the totals have more than one channel.
    await createSale(
      db,
      BUILDER,
      SaleCreate.parse({
        productId: product.id,
        cooperativeId: coop.id,
        saleDate: '2026-08-15',
        channel: 'pre_sale',
        buyerRegion: '广东',
        quantity: 100,
        unit: '公斤',
        revenueFen: 800_000,
      }),
    );
    trainer = await buildUser(db, 'trainer');
    coopManager = await buildUser(db, 'coop_manager');
    coordinator = await buildUser(db, 'coordinator');
    leader = await buildUser(db, 'leader');
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lets a trainer run a course: enroll, complete with a driving licence, follow up at 6 months', async () => {
    const { context, page, consoleErrors } = await newPage(browser);
    onTestFailed(() => screenshot(page, 'failed-training'));
    await signInTo(page, server.url, trainer, '/training');
    await page.getByRole('menu').first().getByText('技能培训', { exact: true }).waitFor();
    await button(page, '新建培训班').click();
    await page.getByLabel('培训班名称').waitFor();

    // The course form.
    await pick(page, page, '培训工种', '驾驶');
    await page.getByLabel('培训班名称').fill('谢依提村驾驶员培训班');
    await page.getByLabel('培训老师').fill('王建国');
    await pick(page, page, '培训所在村', '谢依提村');
    await typeDate(page, '开始日期', '2026-03-01');
    await typeDate(page, '结束日期', '2026-03-20');
    await button(page, '保存').click();
    const detail = page.getByTestId('course-detail');
    await detail.waitFor();
    await expect(detail.textContent()).resolves.toContain('谢依提村驾驶员培训班');
    await expect(detail.textContent()).resolves.toContain('0 / 30 人');

    // Enroll the son of the family.
    await button(page, '报名学员').click();
    let modal = dialog(page);
    await pick(modal, page, '所在农户', '吐尔逊·买买提', '吐尔逊');
    await pick(modal, page, '学员（家庭成员）', '艾力·吐尔逊');
    await button(modal, '报名').click();
    const row = page.getByTestId('enrollments').locator('tr', { hasText: '艾力·吐尔逊' });
    await row.waitFor();
    await expect(detail.textContent()).resolves.toContain('1 / 30 人');

    // Completion with a driving licence, recommended to the bus company and hired.
    await row.getByRole('button', { name: '记录结业情况' }).click();
    modal = dialog(page);
    await modal.getByLabel('出勤课次').fill('10');
    await modal.getByLabel('已结业').click();
    await typeDate(modal, '结业日期', '2026-03-20');
    await modal.getByRole('button', { name: '添加证书或资格证' }).click();
    await pick(modal, page, '证书类别', '驾驶证');
    await modal.getByLabel('证书编号').fill('65300012345678');
    await typeDate(modal, '发证日期', '2026-04-15');
    await modal.getByLabel('发证机关').fill('阿图什市公安局交通警察大队');
    await modal.getByLabel('优秀学员').click();
    await modal.getByLabel('推荐就业单位').fill('阿图什市公交公司');
    await typeDate(modal, '推荐日期', '2026-04-20');
    await pick(modal, page, '录用结果', '已录用');
    await button(modal, '保存').click();
    await row.getByText('驾驶证').waitFor();
    await expect(row.textContent()).resolves.toContain('2026-03-20 结业');
    await expect(row.textContent()).resolves.toContain('65300012345678');
    await expect(row.textContent()).resolves.toContain('阿图什市公交公司');
    await expect(row.textContent()).resolves.toContain('已录用');
    await expect(row.textContent()).resolves.toContain('10/10 (100%)');
    await screenshot(page, 'training-course');

    // The 6-month follow-up on the trainee's page.
    await row.getByRole('link', { name: '艾力·吐尔逊' }).click();
    await page.getByTestId('trainee-detail').waitFor();
    const six = page.getByTestId('follow-up-6');
    await expect(six.textContent()).resolves.toContain('尚未回访');
    await six.getByRole('button', { name: '记录回访' }).click();
    modal = dialog(page);
    await modal.getByLabel('是否就业').click();
    await modal.getByLabel('就业单位或地点').fill('阿图什市 3 路公交线');
    await modal.getByLabel('月工资').fill('4500');
    await modal.getByLabel('培训前家庭人均年收入').fill('3200');
    await modal.getByLabel('培训后家庭人均年收入').fill('7600');
    await button(modal, '保存').click();
    await six.getByText('阿图什市 3 路公交线').waitFor();
    await expect(six.textContent()).resolves.toContain('4,500.00 元');
    await expect(six.textContent()).resolves.toContain('7,600.00 元');
    await expect(six.textContent()).resolves.toContain('+137.5%');
    await expect(page.getByTestId('follow-up-3').textContent()).resolves.toContain('尚未回访');
    await screenshot(page, 'training-trainee-follow-up');
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 120_000);

  it('lets a cooperative manager record a livestream sale to 广东 and see it in the channel totals', async () => {
    const { context, page, consoleErrors } = await newPage(browser);
    onTestFailed(() => screenshot(page, 'failed-sales'));
    await signInTo(page, server.url, coopManager, '/industry/sales');
    const livestream = page.getByTestId('channel-total-livestream');
    await livestream.locator('.ant-statistic-content-value').waitFor();
    await expect(livestream.textContent()).resolves.toContain('0.00');
    await expect(page.getByTestId('channel-total-pre_sale').textContent()).resolves.toContain(
      '8,000.00',
    );

    await button(page, '登记销售').click();
    const modal = dialog(page);
    await pick(modal, page, '产品', '牛羊肉');
    await pick(modal, page, '销售渠道', '直播带货');
    await pick(modal, page, '销售合作社', '谢依提村褐牛养殖专业合作社');
    await typeDate(modal, '销售日期', '2026-11-11');
    await modal.getByLabel('买方地区').fill('广东');
    await modal.getByLabel('数量').fill('500');
    await expect(modal.getByLabel('单位', { exact: true }).inputValue()).resolves.toBe('公斤');
    await modal.getByLabel('销售额').fill('42000');
    await button(modal, '保存').click();

    const row = page.getByTestId('sales').locator('tr', { hasText: '直播带货' });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('广东');
    await expect(row.textContent()).resolves.toContain('42,000.00 元');
    await expect.poll(() => livestream.textContent()).toContain('42,000.00');
    await expect(livestream.textContent()).resolves.toContain('直播带货（1 笔）');
    await expect(page.getByTestId('channel-total-all').textContent()).resolves.toContain(
      '50,000.00',
    );
    await screenshot(page, 'industry-sales');
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 120_000);

  it('marks a story without consent and leaves it out of the publishable filter', async () => {
    const { context, page, consoleErrors } = await newPage(browser);
    onTestFailed(() => screenshot(page, 'failed-stories'));
    await signInTo(page, server.url, coordinator, '/stories/new');
    await pick(page, page, '农户', '吐尔逊·买买提', '吐尔逊');
    await pick(page, page, '讲述人', '艾力·吐尔逊');
    await page.getByLabel('标题').fill('学会开车，当上了公交司机');
    await page
      .getByLabel('感言（原话）')
      .fill('学会了开车，现在每个月都有稳定的工资，家里日子好多了。');
    await typeDate(page, '讲述日期', '2026-10-08');
    await button(page, '保存').click();
    const detail = page.getByTestId('story-detail');
    await detail.waitFor();
    await expect(detail.getByTestId('consent-tag').textContent()).resolves.toBe('未同意公开');

    await page.goto(`${server.url}/stories`);
    const stories = page.getByTestId('stories');
    const ours = stories.locator('tr', { hasText: '学会开车' });
    const consented = stories.locator('tr', { hasText: '刺绣合作社' });
    await ours.waitFor();
    await expect(ours.getByTestId('consent-tag').textContent()).resolves.toBe('未同意公开');
    await expect(consented.getByTestId('consent-tag').textContent()).resolves.toBe('已同意公开');
    await screenshot(page, 'stories');

    await page.getByLabel('只看可公开的').click();
    // The switch starts a new query and the table empties while it loads, so wait for the
    // filtered rows themselves: ours gone and the consented story back.
    await expect.poll(async () => [await ours.count(), await consented.count()]).toEqual([0, 1]);
    await screenshot(page, 'stories-publishable');
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 120_000);

  it('shows a leader the cooperatives, expired certifications and collective income, read-only', async () => {
    const { context, page, consoleErrors } = await newPage(browser);
    onTestFailed(() => screenshot(page, 'failed-leader'));
    await signInTo(page, server.url, leader, '/industry');
    await page.getByRole('link', { name: '谢依提村褐牛养殖专业合作社' }).click();
    const detail = page.getByTestId('coop-detail');
    await detail.waitFor();
    await page.getByText('吐尔逊·买买提').waitFor();
    await expect(page.getByText('已过期').count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: /修改合作社|作\s*废/ }).count()).resolves.toBe(0);
    await screenshot(page, 'industry-cooperative');

    await page.goto(`${server.url}/industry/certifications`);
    const expired = page.locator('tr', { hasText: 'LB-15-2001' });
    await expired.waitFor();
    await expect(expired.getByText('已过期').count()).resolves.toBe(1);
    await expect(
      page.locator('tr', { hasText: '第 48213567 号' }).getByText('已过期').count(),
    ).resolves.toBe(0);
    await expect(page.getByRole('button', { name: /登记认证或商标/ }).count()).resolves.toBe(0);

    await page.goto(`${server.url}/industry/collective-income`);
    await page.getByTestId('income-chart').locator('canvas').first().waitFor();
    const row = page.locator('tr', { hasText: '462,960.00 元' });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('+28.6%');
    await expect(page.locator('tr', { hasText: '托格拉克村' }).count()).resolves.toBe(2);
    await screenshot(page, 'industry-collective-income');
    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 120_000);
});
