/** The study fund in Chromium: a finance officer builds a grant run, may not approve it; another does. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/connect.js';
import { today } from '../../src/domain/common.schema.js';
import type { StudyStage } from '../../src/domain/fund/enums.js';
import { semesterOf } from '../../src/domain/fund/semester.js';
import { composeIdNumber } from '../../src/domain/validation/id-number.js';
import { systemClock, type FundDeps } from '../../src/server/fund/fund-deps.js';
import { approveRun, submitRun } from '../../src/server/fund/run-decision.service.js';
import { buildRun } from '../../src/server/fund/run.service.js';
import { buildHousehold, buildUser, buildVillage, TEST_PASSWORD } from '../helpers/builders.js';
import { actorOfUser, buildDonation, buildRule, buildStudent } from '../helpers/fund-builders.js';
import {
  chromiumAvailable,
  launchBrowser,
  newPage,
  screenshot,
  startE2eServer,
  type E2eServer,
} from './harness.js';

const SEMESTER = semesterOf(today());
const [YEAR, SEASON] = SEMESTER.split('-') as [string, string];
const SEMESTER_LABEL = `${YEAR} 年${SEASON === 'spring' ? '春' : '秋'}季学期`;

let householdSeq = 900;

/** A household whose child, named `name`, studies at `school`; returns the enrollment's ids. */
async function studentNamed(
  db: Db,
  student: { name: string; stage: StudyStage; school: string; head: string },
) {
  householdSeq += 1;
  const householdId = await buildHousehold(db, {
    members: [
      {
        name: student.head,
        sex: 'M',
        birthDate: '1975-01-02',
        idNumber: composeIdNumber('653021', '1975-01-02', householdSeq, 'M'),
        relation: 'head',
      },
      { name: student.name, sex: 'F', birthDate: '2006-05-01', relation: 'child' },
    ],
  });
  const child = await db
    .selectFrom('persons')
    .select('id')
    .where('household_id', '=', householdId)
    .where('relation', '=', 'child')
    .executeTakeFirstOrThrow();
  return buildStudent(db, { personId: child.id, stage: student.stage, schoolName: student.school });
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
  await page.goto(`${baseUrl}${path}`);
}

/** The number shown in a statistic card, e.g. "8,000.00". */
async function statistic(page: Page, testId: string): Promise<string> {
  const card = page.getByTestId(testId);
  await card.locator('.ant-statistic-content').waitFor();
  return (await card.locator('.ant-statistic-content-value').textContent()) ?? '';
}

describe.runIf(chromiumAvailable())('the study fund in Chromium: maker-checker grant runs', () => {
  let server: E2eServer;
  let browser: Browser;
  let financeA = '';
  let financeB = '';
  let runId = '';

  beforeAll(async () => {
    server = await startE2eServer();
    const db = server.db.db;
    const deps: FundDeps = { db, clock: systemClock };
    await buildVillage(db);
    await buildRule(db);
    await buildDonation(db, 1_000_000, '自治区机关事务管理局');
    const coordinator = await buildUser(db, 'coordinator');
    financeA = await buildUser(db, 'finance');
    financeB = await buildUser(db, 'finance');
    // One student was already paid this semester by an earlier run (made and approved by others).
    await studentNamed(db, {
      name: '阿依古丽·买买提',
      head: '买买提·吐尔逊',
      stage: 'university',
      school: '新疆大学',
    });
    const earlier = await buildRun(deps, await actorOfUser(db, coordinator), {
      semester: SEMESTER,
      note: '',
    });
    await submitRun(deps, await actorOfUser(db, coordinator), earlier);
    await approveRun(deps, await actorOfUser(db, financeB), {
      id: earlier,
      input: { reason: '' },
    });
    await studentNamed(db, {
      name: '热依拉·吐尔逊',
      head: '吐尔逊·艾力',
      stage: 'university',
      school: '中国人民大学',
    });
    await studentNamed(db, {
      name: '帕提古丽·吾守尔',
      head: '吾守尔·阿西木',
      stage: 'inland_junior',
      school: '天津一中内初班',
    });
    await studentNamed(db, {
      name: '麦尔旦·艾力',
      head: '艾力·库尔班',
      stage: 'other',
      school: '阿图什市职业技术学校',
    });
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lets finance A build and submit a run, but not approve it', async () => {
    const { context, page, consoleErrors } = await newPage(browser);
    page.setDefaultTimeout(15_000);
    await signInTo(page, server.url, financeA, '/households');
    await page.getByRole('menu').first().getByText('爱心·梦想基金', { exact: true }).click();
    await page.waitForURL(`${server.url}/fund`);
    await expect(statistic(page, 'fund-balance')).resolves.toBe('8,000.00');
    await page.getByText('自治区机关事务管理局').waitFor();
    await expect(page.getByText(`${SEMESTER_LABEL}助学金`).count()).resolves.toBe(1);
    await screenshot(page, 'fund-ledger');

    await page.getByRole('tab', { name: '发放批次' }).click();
    await page.waitForURL(`${server.url}/fund/runs`);
    await page.getByRole('button', { name: /新建发放批次/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('学期').click();
    await page.getByTitle(SEMESTER_LABEL).last().click();
    await dialog.getByRole('button', { name: /生成批次/ }).click();
    await page.waitForURL(/\/fund\/runs\/[0-9a-f-]{36}$/);
    runId = page.url().split('/').at(-1) ?? '';

    await expect(page.getByTestId('run-status').textContent()).resolves.toBe('草稿');
    await expect(page.getByTestId('run-total').textContent()).resolves.toBe('3,000.00 元');
    const grants = page.locator('.ant-card', { hasText: '发放名单' });
    for (const text of [
      '热依拉·吐尔逊',
      '中国人民大学',
      '帕提古丽·吾守尔',
      '内初班',
      '2,000.00 元',
    ]) {
      await expect(grants.getByText(text).count()).resolves.toBeGreaterThan(0);
    }
    await expect(grants.getByText('麦尔旦·艾力').count()).resolves.toBe(0);
    const excluded = page.locator('.ant-card', { hasText: '不发放的学生' });
    await expect(excluded.getByText('阿依古丽·买买提').count()).resolves.toBe(1);
    await expect(excluded.getByText('本学期已在其他批次发放').count()).resolves.toBe(1);

    await page.getByTestId('run-submit').click();
    const confirm = page.locator('.ant-modal-confirm');
    await confirm.getByText('3,000.00 元').waitFor();
    await confirm.getByRole('button', { name: /提交审批/ }).click();
    await page.getByTestId('run-status').filter({ hasText: '待审批' }).waitFor();

    const approve = page.getByTestId('run-approve');
    await expect(approve.isDisabled()).resolves.toBe(true);
    await expect(page.getByTestId('run-reject').isDisabled()).resolves.toBe(true);
    await page.getByTestId('maker-notice').waitFor();
    await approve.hover({ force: true });
    await page.getByRole('tooltip').getByText('您是本批次的制单人').waitFor();
    await screenshot(page, 'fund-run-maker');

    // Even past the disabled button, the server refuses the maker and says why.
    const refused = await page.request.post(`${server.url}/api/v1/fund/runs/${runId}/approve`, {
      data: {},
      headers: { 'accept-language': 'zh-CN' },
    });
    expect(refused.status()).toBe(403);
    const body = (await refused.json()) as { error: { message: string } };
    expect(body.error.message).toContain('制单人');

    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 90_000);

  it('lets finance B approve the run, and the balance drops by its total', async () => {
    expect(runId).not.toBe('');
    const { context, page, consoleErrors } = await newPage(browser);
    page.setDefaultTimeout(15_000);
    await signInTo(page, server.url, financeB, '/fund');
    const before = await statistic(page, 'fund-balance');
    expect(before).toBe('8,000.00');

    await page.goto(`${server.url}/fund/runs`);
    await page.getByRole('link', { name: SEMESTER_LABEL }).first().waitFor();
    await page
      .locator('tr', { hasText: '待审批' })
      .getByRole('link', { name: SEMESTER_LABEL })
      .click();
    await page.waitForURL(`${server.url}/fund/runs/${runId}`);
    const approve = page.getByTestId('run-approve');
    await expect(approve.isEnabled()).resolves.toBe(true);
    await expect(page.getByTestId('maker-notice').count()).resolves.toBe(0);
    await approve.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('合计 3,000.00 元').waitFor();
    await screenshot(page, 'fund-run-approve');
    await dialog.getByRole('button', { name: /确认发放/ }).click();
    await page.getByTestId('run-status').filter({ hasText: '已审批发放' }).waitFor();
    await expect(page.getByText('已发放', { exact: true }).count()).resolves.toBe(2);
    await screenshot(page, 'fund-run-approved');

    await page.getByRole('tab', { name: '基金概况' }).click();
    await page.waitForURL(`${server.url}/fund`);
    await expect(statistic(page, 'fund-balance')).resolves.toBe('5,000.00');
    await expect(page.getByText(`${SEMESTER_LABEL}助学金`).count()).resolves.toBe(3);
    await screenshot(page, 'fund-ledger-after-approval');

    const balance = await page.request.get(`${server.url}/api/v1/fund/balance`);
    expect(((await balance.json()) as { balanceFen: number }).balanceFen).toBe(800_000 - 300_000);

    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 90_000);
  it('records a donation through the form and reverses it with a reason', async () => {
    const { context, page, consoleErrors } = await newPage(browser);
    page.setDefaultTimeout(15_000);
    await signInTo(page, server.url, financeA, '/fund');
    await expect(statistic(page, 'fund-balance')).resolves.toBe('5,000.00');

    await page.getByRole('button', { name: /登记捐赠/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('捐赠方', { exact: true }).fill('鱼智栋');
    await dialog.getByLabel('捐赠方类别').click();
    await page.getByTitle('干部个人').click();
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    // No amount: the domain's schema says so at the field, before anything is sent.
    const amountField = dialog.locator('.ant-form-item', { has: page.getByLabel('金额（元）') });
    await amountField.locator('.ant-form-item-explain-error').waitFor();
    await dialog.getByLabel('金额（元）').fill('500');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect(statistic(page, 'fund-balance')).resolves.toBe('5,500.00');

    const row = page.locator('tr', { hasText: '鱼智栋' });
    await row.getByText('+500.00 元').waitFor();
    await row.getByRole('button', { name: /冲\s*正/ }).click();
    const reverse = page.getByRole('dialog');
    await reverse.getByText('确认冲正这笔记录？').waitFor();
    await reverse.getByRole('button', { name: /确认冲正/ }).click();
    const reasonField = reverse.locator('.ant-form-item', { has: page.getByLabel('冲正原因') });
    await reasonField.locator('.ant-form-item-explain-error').waitFor();
    await screenshot(page, 'fund-reverse-dialog');
    await reverse.getByLabel('冲正原因').fill('捐赠人重复登记');
    await reverse.getByRole('button', { name: /确认冲正/ }).click();
    await reverse.waitFor({ state: 'detached' });

    await row.getByTestId('entry-reversed').waitFor();
    await page.getByText('捐赠人重复登记').waitFor();
    await expect(statistic(page, 'fund-balance')).resolves.toBe('5,000.00');
    await screenshot(page, 'fund-ledger-reversal');

    expect(consoleErrors).toEqual([]);
    await context.close();
  }, 90_000);
});
