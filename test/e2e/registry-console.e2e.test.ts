/** The registry console in Chromium: village → household (income chart, status change, income in 元) → handover. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/connect.js';
import { newId } from '../../src/db/ids.js';
import { insertIncome } from '../../src/db/income.repository.js';
import { today } from '../../src/domain/common.schema.js';
import { composeIdNumber } from '../../src/domain/validation/id-number.js';
import { buildApp } from '../../src/server/app.js';
import { serveWebApp } from '../../src/server/static.js';
import {
  buildCadre,
  buildHousehold,
  buildPairing,
  buildUnit,
  buildUser,
  buildVillage,
  TEST_PASSWORD,
} from '../helpers/builders.js';
import { openTestDb } from '../helpers/db.js';
import {
  chromiumAvailable,
  launchBrowser,
  newPage,
  screenshot,
  signInAs,
  type E2eServer,
} from './harness.js';

/**
 * The real server with the web app built into a folder of this test's own. The harness builds into
 * the shared web/dist, which a concurrent build (another suite, another checkout user) empties
 * under a running test: pages then load index.html for their chunks and stay blank.
 */
async function startIsolatedServer(): Promise<E2eServer> {
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

/** Each step waits this long before failing with its locator named; each journey gets 2 minutes. */
const STEP_MS = 15_000;
const JOURNEY_MS = 120_000;
/** The program's year (Asia/Shanghai), which the server and the forms count in. */
const THIS_YEAR = Number(today().slice(0, 4));
let idSeq = 700;

/** A household headed by `head` (with a child), in the default village 谢依提村. */
async function family(
  db: Db,
  head: string,
  child: string,
): Promise<{ id: string; idNumber: string }> {
  idSeq += 1;
  const idNumber = composeIdNumber('653021', '1978-04-12', idSeq, 'M');
  const id = await buildHousehold(db, {
    address: `谢依提村 ${idSeq - 700} 组`,
    members: [
      { name: head, sex: 'M', birthDate: '1978-04-12', idNumber, relation: 'head' },
      { name: child, sex: 'F', birthDate: '2008-09-01', relation: 'child' },
    ],
  });
  return { id, idNumber };
}

type Scope = Page | Locator;

/** An antd button by its text (antd puts a space between two Chinese characters; icons add a name). */
function button(scope: Scope, text: string) {
  return scope.getByRole('button', { name: new RegExp(`${[...text].join('\\s*')}\\s*$`) });
}

/** Wait until no antd motion (a dialog zooming in, a dropdown sliding) is running. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    `!document.querySelector('[class*="-enter"], [class*="-appear"], [class*="-leave"]')`,
  );
}

/** Choose an option of an antd Select, typing `search` first when given. */
async function pick(page: Page, select: Locator, text: string, search?: string): Promise<void> {
  await settled(page);
  await select.click();
  if (search) {
    await page.keyboard.type(search);
  }
  const option = page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: text })
    .first();
  await option.waitFor();
  await settled(page);
  await option.click();
  await expect.poll(() => select.textContent()).toContain(text);
}

describe.runIf(chromiumAvailable())('the registry console in Chromium', () => {
  let server: E2eServer;
  let browser: Browser;
  let coordinator = '';
  let cadreUser = '';
  let fromCadre = '';
  let toCadre = '';
  let opened = { id: '', idNumber: '' };
  let othersFamily = '';
  let mistaken = '';
  let spareCadre = '';

  beforeAll(async () => {
    server = await startIsolatedServer();
    const db = server.db.db;
    await buildVillage(db);
    const unit = await buildUnit(db, '自治区机关事务管理局办公室');
    fromCadre = await buildCadre(db, { unitId: unit, name: '鱼智栋' });
    toCadre = await buildCadre(db, { unitId: unit, name: '王建新' });
    spareCadre = await buildCadre(db, { unitId: unit, name: '李录错' });
    opened = await family(db, '阿山·托合托逊', '古丽·阿山');
    const second = await family(db, '买买提·吐尔逊', '阿依古丽·买买提');
    const third = await family(db, '艾力·库尔班', '帕提古丽·艾力');
    const others = await family(db, '吾守尔·阿西木', '麦尔旦·吾守尔');
    mistaken = (await family(db, '托乎提·沙吾提', '热依拉·托乎提')).id;
    for (const h of [opened, second, third]) {
      await buildPairing(db, fromCadre, h.id);
    }
    await buildPairing(db, toCadre, others.id);
    othersFamily = others.id;
    const incomeOf = (householdId: string, rows: number[][]) =>
      rows.map(([year, wages, production]) => ({
        id: newId(),
        householdId,
        year: year ?? 0,
        wagesFen: wages ?? 0,
        productionFen: production ?? 0,
        propertyFen: 0,
        transferFen: 60_000,
        memberCount: 2,
      }));
    await insertIncome(db, [
      ...incomeOf(opened.id, [
        [THIS_YEAR - 3, 380_000, 120_000],
        [THIS_YEAR - 2, 520_000, 260_000],
        [THIS_YEAR - 1, 900_000, 410_000],
      ]),
      ...incomeOf(others.id, [[THIS_YEAR - 1, 700_000, 300_000]]),
    ]);
    coordinator = await buildUser(db, 'coordinator');
    cadreUser = await buildUser(db, 'cadre', { cadreId: toCadre });
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A fresh signed-in page; on failure a screenshot shows where it stopped. */
  async function journey(
    name: string,
    username: string,
    viewport: { width: number; height: number } | undefined,
    steps: (page: Page, consoleErrors: string[]) => Promise<void>,
  ): Promise<void> {
    const { context, page, consoleErrors } = await newPage(browser, viewport ? { viewport } : {});
    page.setDefaultTimeout(STEP_MS);
    try {
      await signInAs(page, server.url, username, TEST_PASSWORD);
      await steps(page, consoleErrors);
      expect(consoleErrors).toEqual([]);
    } catch (error) {
      await screenshot(page, `registry-console-failed-${name}`);
      throw error;
    } finally {
      await context.close();
    }
  }

  it(
    'lets a coordinator go from a village to a household, change its status and record income',
    () =>
      journey('household', coordinator, undefined, async (page) => {
        // The village: counts by status and households with a lead cadre.
        await page.getByRole('menu').first().getByText('包联村', { exact: true }).click();
        await page.getByTestId('village-link').filter({ hasText: '谢依提村' }).click();
        const village = page.getByTestId('village-detail');
        await village.waitFor();
        await expect(village.textContent()).resolves.toContain('新疆维吾尔自治区');
        await page.getByTestId('household-link').first().waitFor();
        await expect(page.getByTestId('household-link').count()).resolves.toBe(5);
        await expect(
          page.getByTestId('village-led').locator('.ant-statistic-content-value').textContent(),
        ).resolves.toBe('4');
        await screenshot(page, 'registry-village');

        // The household: members, pairings, income by year with the chart.
        await page.getByTestId('household-link').filter({ hasText: '阿山·托合托逊' }).click();
        await page.getByTestId('household-detail').waitFor();
        await page.getByTestId('income-chart').locator('canvas').first().waitFor();
        await expect(page.getByTestId('household-pairings').textContent()).resolves.toContain(
          '鱼智栋',
        );
        // Per-capita income of last year: (9000 + 4100 + 600) / 2 = 6850 元.
        await expect(page.getByTestId('income-section').textContent()).resolves.toContain(
          '6,850.00 元',
        );
        await screenshot(page, 'registry-household');

        // The whole ID number, shown on request (the server audits the reveal).
        const idCell = page.getByTestId('id-number').first();
        await expect(idCell.textContent()).resolves.toContain('*');
        await page.getByTestId('reveal-id').first().click();
        await expect.poll(() => idCell.textContent()).toBe(opened.idNumber);
        const reveals = await server.db.db
          .selectFrom('audit_log')
          .select('action')
          .where('action', '=', 'reveal_id_number')
          .execute();
        expect(reveals).toHaveLength(1);

        // A dated status change: exited this year.
        await button(page, '变更贫困状态').click();
        const statusDialog = page.getByRole('dialog');
        await pick(page, statusDialog.getByTestId('status-select'), '已脱贫');
        await statusDialog
          .getByLabel('原因或依据')
          .fill('人均纯收入稳定超过标准，两不愁三保障达标');
        await button(statusDialog, '保存').click();
        await expect.poll(() => page.getByTestId('household-status').textContent()).toBe('已脱贫');
        await expect(page.getByTestId('status-history').textContent()).resolves.toContain(
          `已脱贫 (${THIS_YEAR})`,
        );
        const household = await server.db.db
          .selectFrom('households')
          .select(['status', 'exit_year'])
          .where('id', '=', opened.id)
          .executeTakeFirstOrThrow();
        expect(household.status).toBe('exited');
        expect(Number(household.exit_year)).toBe(THIS_YEAR);

        // This year's income, typed in 元 and stored in fen.
        await page.getByRole('dialog').waitFor({ state: 'detached' });
        await button(page, '录入年度收入').click();
        const incomeDialog = page.getByRole('dialog');
        await settled(page);
        await incomeDialog.getByLabel('工资性收入').fill('12345.67');
        await incomeDialog.getByLabel('转移性收入').fill('800');
        await button(incomeDialog, '保存').click();
        await page.getByText(`已保存 ${THIS_YEAR} 年收入`).waitFor();
        const stored = await server.db.db
          .selectFrom('income_records')
          .select(['wages_fen', 'transfer_fen'])
          .where('household_id', '=', opened.id)
          .where('year', '=', THIS_YEAR)
          .executeTakeFirstOrThrow();
        expect(Number(stored.wages_fen)).toBe(1_234_567);
        expect(Number(stored.transfer_fen)).toBe(80_000);
        await page.getByRole('dialog').waitFor({ state: 'detached' });
        await settled(page);
        await screenshot(page, 'registry-household-after');
      }),
    JOURNEY_MS,
  );

  it(
    "lets a coordinator hand a cadre's families over to another cadre",
    () =>
      journey('handover', coordinator, undefined, async (page) => {
        await page.getByRole('menu').first().getByText('干部与单位', { exact: true }).click();
        await page.getByTestId('cadre-link').filter({ hasText: '鱼智栋' }).click();
        await page.getByTestId('cadre-detail').waitFor();
        await expect(page.getByTestId('cadre-count').textContent()).resolves.toBe('3');
        await page.getByTestId('cadre-current').locator('tbody tr a').first().waitFor();
        await screenshot(page, 'registry-cadre');

        await button(page, '移交结对户').click();
        const dialog = page.getByRole('dialog');
        await pick(page, dialog.getByTestId('handover-to'), '王建新', '王建新');
        await dialog.getByLabel('原因').fill('鱼智栋同志调往其他岗位');
        await button(dialog, '移交').click();
        const confirm = page.locator('.ant-modal-confirm');
        await confirm.waitFor();
        await settled(page);
        await expect(confirm.textContent()).resolves.toContain('3 户结对户');
        await button(confirm, '移交').click();

        const result = page.getByTestId('handover-result');
        await result.waitFor();
        await expect(result.textContent()).resolves.toContain('已将 3 户移交给 王建新');
        await expect.poll(() => page.getByTestId('cadre-count').textContent()).toBe('0');
        await expect
          .poll(() => page.getByTestId('cadre-history').locator('tbody tr.ant-table-row').count())
          .toBe(3);
        await settled(page);
        await screenshot(page, 'registry-cadre-handover');

        const current = await server.db.db
          .selectFrom('pairings')
          .select(['cadre_id'])
          .where('end_date', 'is', null)
          .execute();
        expect(current.filter((p) => p.cadre_id === toCadre)).toHaveLength(4);
        expect(current.filter((p) => p.cadre_id === fromCadre)).toHaveLength(0);

        // The receiving cadre's page shows the four families now.
        await result.getByRole('link', { name: '王建新' }).first().click();
        await expect.poll(() => page.getByTestId('cadre-count').textContent()).toBe('4');
      }),
    JOURNEY_MS,
  );

  it(
    "shows a cadre's phone the household without the income chart, whose code it never loads",
    () =>
      journey('cadre-phone', cadreUser, { width: 360, height: 740 }, async (page) => {
        const scripts: string[] = [];
        page.on('request', (r) => {
          if (r.resourceType() === 'script') {
            scripts.push(r.url());
          }
        });
        await page.getByTestId('family-row').first().waitFor();
        await page.goto(`${server.url}/households/${othersFamily}`);
        await page.getByTestId('household-detail').waitFor();
        await page
          .getByTestId('income-section')
          .locator('tbody tr.ant-table-row')
          .first()
          .waitFor();
        await expect(page.getByTestId('income-chart').count()).resolves.toBe(0);
        // Deleting what was entered in error is for the program office, not for the cadre.
        await expect(button(page, '删除').count()).resolves.toBe(0);
        await expect(button(page, '删除（登记错误）').count()).resolves.toBe(0);
        // The chart's own chunk stays unloaded. (The shared echarts chunk is another matter: see
        // the codeSplitting group in web/vite.config.ts, which pulls React into it.)
        expect(scripts.filter((s) => /IncomeChart/.test(s))).toEqual([]);
        await screenshot(page, 'registry-household-cadre-360');
      }),
    JOURNEY_MS,
  );

  it(
    'lets a coordinator delete an income record and a household entered in error, after confirming',
    () =>
      journey('delete', coordinator, undefined, async (page, consoleErrors) => {
        const db = server.db.db;
        const years = async () =>
          (
            await db
              .selectFrom('income_records')
              .select('year')
              .where('household_id', '=', opened.id)
              .orderBy('year')
              .execute()
          ).map((r) => r.year);
        const before = await years();
        expect(before).toContain(THIS_YEAR - 3);

        await page.goto(`${server.url}/households/${opened.id}`);
        const income = page.getByTestId('income-section');
        const oldest = income.locator('tbody tr.ant-table-row', { hasText: String(THIS_YEAR - 3) });
        await button(oldest, '删除').click();
        const ask = page.getByRole('dialog');
        await ask
          .locator('.ant-modal-confirm-title', { hasText: `删除 ${THIS_YEAR - 3} 年的收入记录？` })
          .waitFor();
        // Cancelling leaves it.
        await button(ask, '取消').click();
        await ask.waitFor({ state: 'hidden' });
        expect(await years()).toEqual(before);
        await button(oldest, '删除').click();
        await button(page.getByRole('dialog'), '删除').click();
        await page.getByText(`已删除 ${THIS_YEAR - 3} 年的收入记录`).waitFor();
        await oldest.waitFor({ state: 'detached' });
        expect(await years()).toEqual(before.filter((y) => y !== THIS_YEAR - 3));

        // A paired household is refused with the reason; nothing goes.
        await button(page, '删除（登记错误）').click();
        await button(page.getByRole('dialog'), '删除').click();
        await page.getByText('该记录仍被其他记录引用，不能删除').waitFor();
        expect(page.url()).toBe(`${server.url}/households/${opened.id}`);
        // The browser logs the server's 409 answer; it is the refusal just shown, nothing else.
        expect(consoleErrors.splice(0)).toEqual([expect.stringContaining('status of 409')]);

        // One registered in error: gone, with its members, and back to the list.
        await page.goto(`${server.url}/households/${mistaken}`);
        await page.getByTestId('household-detail').getByText('托乎提·沙吾提').first().waitFor();
        await button(page, '删除（登记错误）').click();
        const confirm = page.getByRole('dialog');
        await confirm.getByText('从未结对').waitFor();
        await screenshot(page, 'registry-household-delete-confirm');
        await button(confirm, '删除').click();
        await page.getByText('已删除 托乎提·沙吾提 户').waitFor();
        await page.waitForURL(`${server.url}/households`);
        const left = await db
          .selectFrom('persons')
          .select('id')
          .where('household_id', '=', mistaken)
          .execute();
        expect(left).toEqual([]);

        // A cadre entered in error, never paired: gone, and back to the cadre list.
        await page.goto(`${server.url}/org/cadres/${spareCadre}`);
        await page.getByTestId('cadre-detail').getByText('李录错').first().waitFor();
        await button(page, '删除（录入错误）').click();
        await button(page.getByRole('dialog'), '删除').click();
        await page.getByText('已删除干部 李录错').waitFor();
        await page.waitForURL(`${server.url}/org`);
        const cadres = await db
          .selectFrom('cadres')
          .select('id')
          .where('id', '=', spareCadre)
          .execute();
        expect(cadres).toEqual([]);
      }),
    JOURNEY_MS,
  );
});
