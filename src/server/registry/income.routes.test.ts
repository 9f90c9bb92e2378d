import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildCadre,
  buildHousehold,
  buildPairing,
  buildUser,
  buildVillage,
} from '../../../test/helpers/builders.js';
import { auditOf } from '../../../test/helpers/registry-builders.js';
import { as, buildTestApp, signIn } from '../../../test/helpers/app.js';
import { dialects, openTestDb, type TestDb } from '../../../test/helpers/db.js';

interface ErrorBody {
  error: { code: string; message: string; fields: { path: string; message: string }[] };
}
interface IncomeBody {
  id: string;
  householdId: string;
  year: number;
  wagesFen: number;
  productionFen: number;
  propertyFen: number;
  transferFen: number;
  memberCount: number;
  totalFen: number;
  perCapitaFen: number;
}

describe.each(dialects)('income records over HTTP on %s', (dialect) => {
  let t: TestDb;
  let app: FastifyInstance;
  let coordinator: ReturnType<typeof as>;
  let leader: ReturnType<typeof as>;
  let auditor: ReturnType<typeof as>;

  beforeAll(async () => {
    t = await openTestDb(dialect);
    app = await buildTestApp(t);
    await buildVillage(t.db);
    coordinator = as(app, await signIn(app, await buildUser(t.db, 'coordinator')));
    leader = as(app, await signIn(app, await buildUser(t.db, 'leader')));
    auditor = as(app, await signIn(app, await buildUser(t.db, 'auditor')));
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('derives total and per-capita income, rounding down to the fen', async () => {
    const household = await buildHousehold(t.db);
    const res = await coordinator('POST', '/api/v1/income-records', {
      householdId: household,
      year: 2025,
      wagesFen: 1_000_000,
      productionFen: 234_567,
      transferFen: 100_001,
      memberCount: 3,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<IncomeBody>()).toMatchObject({
      householdId: household,
      year: 2025,
      propertyFen: 0,
      memberCount: 3,
      totalFen: 1_334_568,
      perCapitaFen: 444_856,
    });
    const defaulted = await coordinator('POST', '/api/v1/income-records', {
      householdId: household,
      year: 2024,
      wagesFen: 900_001,
    });
    expect(defaulted.json<IncomeBody>()).toMatchObject({
      memberCount: 2,
      totalFen: 900_001,
      perCapitaFen: 450_000,
    });
    const typed = await coordinator('POST', '/api/v1/income-records', {
      householdId: household,
      year: 2023,
      perCapitaFen: 1,
    });
    expect(typed.statusCode).toBe(422);
    expect(JSON.stringify(typed.json<ErrorBody>().error.fields)).toContain('perCapitaFen');
  });

  it('keeps one record per household and year', async () => {
    const household = await buildHousehold(t.db);
    const first = { householdId: household, year: 2025, wagesFen: 1 };
    expect((await coordinator('POST', '/api/v1/income-records', first)).statusCode).toBe(201);
    const again = await coordinator('POST', '/api/v1/income-records', first);
    expect(again.statusCode).toBe(409);
    expect(again.json<ErrorBody>().error.message).toContain('2025');
  });

  it('names bad amounts and years in Chinese and in English', async () => {
    const household = await buildHousehold(t.db);
    const bad = { householdId: household, year: 1999, wagesFen: -5, productionFen: 1.5 };
    const zh = await coordinator('POST', '/api/v1/income-records', bad);
    expect(zh.statusCode).toBe(422);
    const fields = zh.json<ErrorBody>().error.fields;
    expect(fields.map((f) => f.path).sort()).toEqual(['productionFen', 'wagesFen', 'year']);
    expect(fields.find((f) => f.path === 'wagesFen')?.message).toContain('工资性收入');
    expect(fields.find((f) => f.path === 'year')?.message).toContain('2000');
    const en = await coordinator('POST', '/api/v1/income-records', bad, {
      'accept-language': 'en',
    });
    const enFields = en.json<ErrorBody>().error.fields;
    expect(enFields.find((f) => f.path === 'wagesFen')?.message).toContain('Wage income');
  });

  it('corrects amounts with before and after in the audit log, and deletes', async () => {
    const household = await buildHousehold(t.db);
    const created = await coordinator('POST', '/api/v1/income-records', {
      householdId: household,
      year: 2025,
      wagesFen: 600_000,
      memberCount: 4,
    });
    const id = created.json<IncomeBody>().id;
    const res = await coordinator('PATCH', `/api/v1/income-records/${id}`, {
      productionFen: 200_000,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<IncomeBody>()).toMatchObject({ totalFen: 800_000, perCapitaFen: 200_000 });
    const trail = await auditOf(t.db, 'income_record', id);
    expect(trail.map((e) => e.action)).toEqual(['create', 'update']);
    expect(trail[1]).toMatchObject({
      before: { productionFen: 0, perCapitaFen: 150_000 },
      after: { productionFen: 200_000, perCapitaFen: 200_000 },
    });
    const year = await coordinator('PATCH', `/api/v1/income-records/${id}`, { year: 2024 });
    expect(year.statusCode).toBe(422);
    expect((await coordinator('DELETE', `/api/v1/income-records/${id}`)).statusCode).toBe(204);
    expect((await coordinator('GET', `/api/v1/income-records/${id}`)).statusCode).toBe(404);
    expect((await auditOf(t.db, 'income_record', id)).at(-1)).toMatchObject({
      action: 'delete',
      before: { wagesFen: 600_000 },
    });
  });

  it('lists a household newest year first, page by page', async () => {
    const household = await buildHousehold(t.db);
    for (const year of [2023, 2026, 2024, 2025]) {
      await coordinator('POST', '/api/v1/income-records', { householdId: household, year });
    }
    const years: number[] = [];
    let cursor = '';
    for (let i = 0; i < 10; i += 1) {
      const res = await leader(
        'GET',
        `/api/v1/income-records?household=${household}&limit=3${cursor}`,
      );
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json<{ items: IncomeBody[]; nextCursor: string | null }>();
      years.push(...body.items.map((r) => r.year));
      if (body.nextCursor === null) {
        break;
      }
      cursor = `&cursor=${body.nextCursor}`;
    }
    expect(years).toEqual([2026, 2025, 2024, 2023]);
    const one = await leader('GET', `/api/v1/income-records?household=${household}&year=2024`);
    expect(one.json<{ items: IncomeBody[] }>().items.map((r) => r.year)).toEqual([2024]);
  });

  it('lets a cadre work only on their paired households (404 for any other)', async () => {
    const cadreId = await buildCadre(t.db);
    const mine = await buildHousehold(t.db);
    const other = await buildHousehold(t.db);
    await buildPairing(t.db, cadreId, mine);
    const theirs = await coordinator('POST', '/api/v1/income-records', {
      householdId: other,
      year: 2025,
      wagesFen: 10,
    });
    const theirsId = theirs.json<IncomeBody>().id;
    const cadre = as(app, await signIn(app, await buildUser(t.db, 'cadre', { cadreId })));

    const own = await cadre('POST', '/api/v1/income-records', {
      householdId: mine,
      year: 2025,
      wagesFen: 20,
    });
    expect(own.statusCode, own.body).toBe(201);
    const ownId = own.json<IncomeBody>().id;
    const list = await cadre('GET', '/api/v1/income-records?limit=200');
    expect(list.json<{ items: IncomeBody[] }>().items.map((r) => r.id)).toEqual([ownId]);
    expect((await cadre('GET', `/api/v1/income-records/${theirsId}`)).statusCode).toBe(404);
    expect((await cadre('GET', `/api/v1/income-records?household=${other}`)).statusCode).toBe(404);
    const write = await cadre('POST', '/api/v1/income-records', {
      householdId: other,
      year: 2024,
    });
    expect(write.statusCode).toBe(404);
    const patch = await cadre('PATCH', `/api/v1/income-records/${theirsId}`, { wagesFen: 1 });
    expect(patch.statusCode).toBe(404);
    expect(
      (await cadre('PATCH', `/api/v1/income-records/${ownId}`, { wagesFen: 30 })).statusCode,
    ).toBe(200);
    expect((await cadre('DELETE', `/api/v1/income-records/${ownId}`)).statusCode).toBe(403);
    const stored = await coordinator('GET', `/api/v1/income-records/${theirsId}`);
    expect(stored.json<IncomeBody>().wagesFen).toBe(10);
  });

  it('lets leader and auditor read but never write', async () => {
    const household = await buildHousehold(t.db);
    const created = await coordinator('POST', '/api/v1/income-records', {
      householdId: household,
      year: 2025,
    });
    const id = created.json<IncomeBody>().id;
    for (const who of [leader, auditor]) {
      expect((await who('GET', `/api/v1/income-records/${id}`)).statusCode).toBe(200);
      const post = await who('POST', '/api/v1/income-records', {
        householdId: household,
        year: 2026,
      });
      expect(post.statusCode).toBe(403);
      expect((await who('PATCH', `/api/v1/income-records/${id}`, { wagesFen: 1 })).statusCode).toBe(
        403,
      );
      expect((await who('DELETE', `/api/v1/income-records/${id}`)).statusCode).toBe(403);
    }
  });
});
