import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeIdNumber } from '../../domain/validation/id-number.js';
import { registerHouseholds } from '../registry/household.service.js';
import {
  buildCadre,
  buildHousehold,
  buildPairing,
  buildUser,
  buildVillage,
  householdInput,
} from '../../../test/helpers/builders.js';
import { buildStory } from '../../../test/helpers/industry-builders.js';
import { as, buildTestApp, signIn } from '../../../test/helpers/app.js';
import { dialects, openTestDb, type TestDb } from '../../../test/helpers/db.js';

async function sheetOf(payload: Buffer): Promise<string[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(payload as unknown as ArrayBuffer);
  const rows: string[][] = [];
  book.worksheets[0]?.eachRow((row) => {
    rows.push(
      (row.values as unknown[])
        .slice(1)
        .map((v) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '')),
    );
  });
  return rows;
}

function csvRows(body: string): string[][] {
  return body
    .replace(/^\ufeff/, '')
    .trim()
    .split(/\r?\n/)
    .map((l) => l.split(','));
}

describe.each(dialects)('list exports on %s', (dialect) => {
  let t: TestDb;
  let app: FastifyInstance;
  let coordinator: ReturnType<typeof as>;
  let cadre: ReturnType<typeof as>;
  let mine: string;
  let headId: string;

  beforeAll(async () => {
    t = await openTestDb(dialect);
    app = await buildTestApp(t);
    await buildVillage(t.db);
    const input = householdInput();
    headId = input.members[0]?.idNumber ?? '';
    mine = await buildHousehold(t.db, input);
    // 204 more households: the export walks more than one page of 200.
    await registerHouseholds(
      t.db,
      null,
      Array.from({ length: 204 }, (_, i) => {
        const born = new Date(Date.UTC(1960, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
        return householdInput({
          members: [
            {
              name: '热合曼·买买提',
              sex: 'M',
              birthDate: born,
              idNumber: composeIdNumber('653022', born, i, 'M'),
              relation: 'head',
            },
          ],
        });
      }),
      { audit: 'summary' },
    );
    const cadreId = await buildCadre(t.db);
    await buildPairing(t.db, cadreId, mine);
    coordinator = as(app, await signIn(app, await buildUser(t.db, 'coordinator')));
    cadre = as(app, await signIn(app, await buildUser(t.db, 'cadre', { cadreId })));
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('streams every household page by page to .xlsx with Chinese headers and a dated Chinese file name', async () => {
    const res = await coordinator('GET', '/api/v1/exports/households.xlsx');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toMatch(
      /filename\*=UTF-8''%E7%BB%93%E5%AF%B9%E6%88%B7-\d{4}-\d{2}-\d{2}\.xlsx$/,
    );
    const rows = await sheetOf(res.rawPayload);
    expect(rows[0]?.slice(0, 3)).toEqual(['户主姓名', '村', '村代码']);
    expect(rows).toHaveLength(1 + 205);
    expect(rows[1]?.[6]).toBe('建档立卡贫困户');
  });

  it('masks ID numbers in the roster unless a role allowed to asks for them whole (audited)', async () => {
    const masked = await sheetOf(
      (await coordinator('GET', '/api/v1/exports/persons.xlsx')).rawPayload,
    );
    const header = masked[0] ?? [];
    const idColumn = header.indexOf('身份证号');
    const heads = masked.filter((r) => r[idColumn]?.length === 18);
    expect(heads.length).toBeGreaterThan(200);
    expect(heads.every((r) => /^\d{4}\*{10}[\dX]{4}$/.test(r[idColumn] ?? ''))).toBe(true);
    const whole = await coordinator('GET', '/api/v1/exports/persons.csv?idNumbers=whole');
    expect(whole.statusCode).toBe(200);
    expect(whole.body).toContain(headId);
    const reveal = await t.db
      .selectFrom('audit_log')
      .select(['entity', 'after'])
      .where('action', '=', 'reveal_id_number')
      .execute();
    expect(reveal).toHaveLength(1);
    expect(reveal[0]?.after).toContain('"list":"persons"');
    const leader = as(app, await signIn(app, await buildUser(t.db, 'leader')));
    expect((await leader('GET', '/api/v1/exports/persons.csv?idNumbers=whole')).statusCode).toBe(
      403,
    );
  });

  it('gives a cadre only their own households, and audits every export with its filters and rows', async () => {
    const res = await cadre('GET', '/api/v1/exports/households.xlsx');
    expect(res.statusCode).toBe(200);
    const rows = await sheetOf(res.rawPayload);
    expect(rows).toHaveLength(2);
    const members = await sheetOf((await cadre('GET', '/api/v1/exports/persons.xlsx')).rawPayload);
    expect(members).toHaveLength(3);
    const entry = await t.db
      .selectFrom('audit_log')
      .select(['after'])
      .where('action', '=', 'export')
      .where('entity', '=', 'households')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(entry.after ?? '{}')).toMatchObject({ format: 'xlsx', rows: 1, filters: {} });
  });

  it('writes CSV as UTF-8 with a BOM, money in 元 with two decimals, English headers on request', async () => {
    const created = await coordinator('POST', '/api/v1/income-records', {
      householdId: mine,
      year: 2025,
      wagesFen: 1_234_56,
      productionFen: 5,
    });
    expect(created.statusCode, created.body).toBe(201);
    const res = await coordinator('GET', '/api/v1/exports/income-records.csv', undefined, {
      'accept-language': 'en',
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const [header, row] = csvRows(res.body);
    expect(header?.slice(0, 3)).toEqual(['Household key', 'Year', 'Wages (yuan)']);
    expect(row?.slice(1, 4)).toEqual(['2025', '1234.56', '0.05']);
    const xlsx = await coordinator('GET', '/api/v1/exports/income-records.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const cell = book.worksheets[0]?.getRow(2).getCell(3);
    expect(cell?.value).toBe(1234.56);
    expect(cell?.numFmt).toBe('0.00');
  });

  it('exports only the stories a family consented to publish', async () => {
    const members = await t.db
      .selectFrom('persons')
      .select('id')
      .where('household_id', '=', mine)
      .execute();
    const byPersonId = members[0]?.id ?? '';
    await buildStory(t.db, mine, {
      quote: '同意发表的感言',
      consent: { given: true, date: '2026-01-15', method: 'written', byPersonId },
    });
    await buildStory(t.db, mine, { quote: '未同意发表的感言' });
    const res = await coordinator('GET', '/api/v1/exports/stories.csv');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('同意发表的感言');
    expect(res.body).not.toContain('未同意发表的感言');
  });

  it("checks the list's own filters and permissions before sending anything", async () => {
    const bad = await coordinator('GET', '/api/v1/exports/households.csv?village=abc');
    expect(bad.statusCode).toBe(422);
    expect(bad.json<{ error: { fields: { path: string }[] } }>().error.fields[0]).toMatchObject({
      path: 'village',
    });
    expect((await coordinator('GET', '/api/v1/exports/audit.csv')).statusCode).toBe(403);
    const auditor = as(app, await signIn(app, await buildUser(t.db, 'auditor')));
    const log = await auditor('GET', '/api/v1/exports/audit.csv?action=export');
    expect(log.statusCode).toBe(200);
    expect(csvRows(log.body).length).toBeGreaterThan(1);
    expect((await coordinator('GET', '/api/v1/exports/nothing.csv')).statusCode).toBe(422);
    expect((await cadre('GET', '/api/v1/exports/grants.csv')).statusCode).toBe(422);
    const trainer = as(app, await signIn(app, await buildUser(t.db, 'trainer')));
    expect((await trainer('GET', '/api/v1/exports/students.csv')).statusCode).toBe(403);
    expect(
      (await app.inject({ method: 'GET', url: '/api/v1/exports/households.csv' })).statusCode,
    ).toBe(401);
  });
});
