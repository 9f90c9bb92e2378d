import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, buildVillage, VILLAGE } from '../../../test/helpers/builders.js';
import { as, buildTestApp, signIn } from '../../../test/helpers/app.js';
import { dialects, openTestDb, type TestDb } from '../../../test/helpers/db.js';
import { buildCooperative, buildProduct } from '../../../test/helpers/industry-builders.js';

interface SaleBody {
  id: string;
  villageCode: string | null;
  revenueFen: number;
  channel: string;
}
interface Income {
  id: string;
  year: number;
  growthPercent: number | null;
  previousAmountFen: number | null;
}
interface ErrorBody {
  error: { code: string; message: string; fields: { path: string; message: string }[] };
}
const OTHER_VILLAGE = '653021203202';

describe.each(dialects)('sales, tourism and collective income over HTTP on %s', (dialect) => {
  let t: TestDb;
  let app: FastifyInstance;
  let coop: ReturnType<typeof as>;
  let leader: ReturnType<typeof as>;

  beforeAll(async () => {
    t = await openTestDb(dialect);
    app = await buildTestApp(t);
    await buildVillage(t.db);
    await buildVillage(t.db, OTHER_VILLAGE, '托帕村');
    coop = as(app, await signIn(app, await buildUser(t.db, 'coop_manager')));
    leader = as(app, await signIn(app, await buildUser(t.db, 'leader')));
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('records sales to Guangdong by channel, takes the village from the cooperative, filters', async () => {
    const meat = await buildProduct(t.db);
    const cooperative = await buildCooperative(t.db, { productIds: [meat.id] });
    const base = {
      productId: meat.id,
      cooperativeId: cooperative.id,
      buyerRegion: '广东',
      buyerRegionCode: '440000000000',
      quantity: 1250.5,
      unit: '公斤',
    };
    const pre = await coop('POST', '/api/v1/sales', {
      ...base,
      saleDate: '2026-02-01',
      channel: 'pre_sale',
      revenueFen: 10_004_000,
    });
    expect(pre.statusCode, pre.body).toBe(201);
    expect(pre.json<SaleBody>().villageCode).toBe(VILLAGE);
    await coop('POST', '/api/v1/sales', {
      ...base,
      saleDate: '2026-03-01',
      channel: 'livestream',
      revenueFen: 500_000,
    });
    const live = await leader('GET', `/api/v1/sales?channel=livestream&product=${meat.id}`);
    expect(live.json<{ items: SaleBody[] }>().items.map((s) => s.revenueFen)).toEqual([500_000]);
    const both = await leader(
      'GET',
      `/api/v1/sales?cooperative=${cooperative.id}&village=${VILLAGE}&from=2026-01-01&to=2026-12-31&limit=1`,
    );
    const page = both.json<{ items: SaleBody[]; nextCursor: string | null }>();
    expect(page.items.map((s) => s.channel)).toEqual(['livestream']);
    const next = await leader(
      'GET',
      `/api/v1/sales?cooperative=${cooperative.id}&limit=1&cursor=${page.nextCursor ?? ''}`,
    );
    expect(next.json<{ items: SaleBody[] }>().items.map((s) => s.channel)).toEqual(['pre_sale']);
  });

  it('refuses a negative revenue, naming the field in Chinese and English', async () => {
    const meat = await buildProduct(t.db);
    const body = {
      productId: meat.id,
      saleDate: '2026-02-01',
      channel: 'market',
      quantity: 10,
      unit: '公斤',
      revenueFen: -100,
    };
    const zh = await coop('POST', '/api/v1/sales', body);
    expect(zh.statusCode).toBe(422);
    const field = zh.json<ErrorBody>().error.fields[0];
    expect(field?.path).toBe('revenueFen');
    expect(field?.message).toContain('不能小于 0');
    const en = await coop('POST', '/api/v1/sales', body, { 'accept-language': 'en' });
    expect(en.json<ErrorBody>().error.fields[0]?.message).toContain('at least 0');
  });

  it('voids a sale out of the list and audits it', async () => {
    const meat = await buildProduct(t.db, { name: '高产玉米', category: 'crop' });
    const sale = (
      await coop('POST', '/api/v1/sales', {
        productId: meat.id,
        villageCode: OTHER_VILLAGE,
        saleDate: '2026-04-01',
        channel: 'direct_supply',
        quantity: 3,
        unit: '吨',
        revenueFen: 720_000,
      })
    ).json<SaleBody>();
    const voided = await coop('POST', `/api/v1/sales/${sale.id}/void`, { reason: '数量录错' });
    expect(voided.statusCode).toBe(200);
    const list = await leader('GET', `/api/v1/sales?village=${OTHER_VILLAGE}`);
    expect(list.json<{ items: SaleBody[] }>().items).toEqual([]);
    const withVoided = await leader(
      'GET',
      `/api/v1/sales?village=${OTHER_VILLAGE}&includeVoided=true`,
    );
    expect(withVoided.json<{ items: SaleBody[] }>().items.map((s) => s.id)).toEqual([sale.id]);
    const audit = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'sale')
      .where('entity_id', '=', sale.id)
      .where('action', '=', 'update')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.before ?? '{}')).toMatchObject({ voidedAt: null });
    expect(JSON.parse(audit.after ?? '{}')).toMatchObject({ voidReason: '数量录错' });
  });

  it('computes collective income growth over the year before and refuses a second record for a year', async () => {
    const first = await coop('POST', '/api/v1/collective-incomes', {
      villageCode: OTHER_VILLAGE,
      year: 2024,
      amountFen: 100000,
    });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json<Income>().growthPercent).toBeNull();
    const second = await coop('POST', '/api/v1/collective-incomes', {
      villageCode: OTHER_VILLAGE,
      year: 2025,
      amountFen: 129000,
    });
    expect(second.json<Income>()).toMatchObject({ growthPercent: 29, previousAmountFen: 100000 });
    const third = await coop('POST', '/api/v1/collective-incomes', {
      villageCode: OTHER_VILLAGE,
      year: 2026,
      amountFen: 166410,
    });
    expect(third.json<Income>().growthPercent).toBe(29);
    const again = await coop('POST', '/api/v1/collective-incomes', {
      villageCode: OTHER_VILLAGE,
      year: 2025,
      amountFen: 1,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json<ErrorBody>().error.code).toBe('conflict');

    const list = await leader('GET', `/api/v1/collective-incomes?village=${OTHER_VILLAGE}`);
    expect(list.json<{ items: Income[] }>().items.map((i) => [i.year, i.growthPercent])).toEqual([
      [2026, 29],
      [2025, 29],
      [2024, null],
    ]);
    const firstPage = await leader(
      'GET',
      `/api/v1/collective-incomes?village=${OTHER_VILLAGE}&from=2024-01-01&limit=2`,
    );
    const cursor = firstPage.json<{ nextCursor: string }>().nextCursor;
    const lastPage = await leader(
      'GET',
      `/api/v1/collective-incomes?village=${OTHER_VILLAGE}&limit=2&cursor=${cursor}`,
    );
    expect(lastPage.json<{ items: Income[] }>().items.map((i) => i.year)).toEqual([2024]);
    const corrected = await coop('PATCH', `/api/v1/collective-incomes/${first.json<Income>().id}`, {
      amountFen: 120000,
    });
    expect(corrected.statusCode).toBe(200);
    const after = await leader('GET', `/api/v1/collective-incomes/${second.json<Income>().id}`);
    expect(after.json<Income>().growthPercent).toBe(7.5);
    await coop('POST', `/api/v1/collective-incomes/${second.json<Income>().id}/void`, {
      reason: '重复',
    });
    const replaced = await coop('POST', '/api/v1/collective-incomes', {
      villageCode: OTHER_VILLAGE,
      year: 2025,
      amountFen: 150000,
    });
    expect(replaced.statusCode).toBe(201);
    expect(replaced.json<Income>().growthPercent).toBe(25);
  });

  it('records a tourism project with yearly visitors and refuses a year twice', async () => {
    const res = await coop('POST', '/api/v1/tourism-projects', {
      villageCode: VILLAGE,
      name: '水上漂流',
      kind: 'rafting',
      openedOn: '2025-06-01',
      years: [{ year: 2025, visitors: 12000, revenueFen: 36_000_000 }],
    });
    expect(res.statusCode, res.body).toBe(201);
    const dup = await coop('POST', '/api/v1/tourism-projects', {
      villageCode: VILLAGE,
      name: '怪柳林景区',
      kind: 'scenic_area',
      openedOn: '2025-06-01',
      years: [{ year: 2025 }, { year: 2025 }],
    });
    expect(dup.statusCode).toBe(422);
    expect(dup.json<ErrorBody>().error.fields[0]?.path).toBe('years.1.year');
    const list = await leader('GET', `/api/v1/tourism-projects?village=${VILLAGE}&kind=rafting`);
    expect(
      list.json<{ items: { name: string; years: { visitors: number }[] }[] }>().items[0],
    ).toMatchObject({ name: '水上漂流', years: [{ visitors: 12000 }] });
  });
});
