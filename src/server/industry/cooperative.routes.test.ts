import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildCadre,
  buildHousehold,
  buildPairing,
  buildUser,
  buildVillage,
  VILLAGE,
} from '../../../test/helpers/builders.js';
import { as, buildTestApp, signIn } from '../../../test/helpers/app.js';
import { dialects, openTestDb, type TestDb } from '../../../test/helpers/db.js';
import { buildCooperative, buildProduct } from '../../../test/helpers/industry-builders.js';

interface Coop {
  id: string;
  memberCount: number;
  products: { id: string; name: string }[];
  members: { householdId: string }[];
}
interface Certification {
  id: string;
  expired: boolean;
  productName: string;
}
interface ErrorBody {
  error: { code: string; fields: { path: string; message: string }[] };
}

describe.each(dialects)('products, certifications and cooperatives over HTTP on %s', (dialect) => {
  let t: TestDb;
  let app: FastifyInstance;
  let coop: ReturnType<typeof as>;
  let leader: ReturnType<typeof as>;

  beforeAll(async () => {
    t = await openTestDb(dialect);
    app = await buildTestApp(t);
    await buildVillage(t.db);
    coop = as(app, await signIn(app, await buildUser(t.db, 'coop_manager')));
    leader = as(app, await signIn(app, await buildUser(t.db, 'leader')));
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('founds a cooperative with member households and products, and lists it by village and product', async () => {
    const cattle = (
      await coop('POST', '/api/v1/products', { name: '褐牛', category: 'livestock', unit: '头' })
    ).json<{ id: string }>();
    const members = [await buildHousehold(t.db), await buildHousehold(t.db)];
    const res = await coop('POST', '/api/v1/cooperatives', {
      villageCode: VILLAGE,
      name: '褐牛养殖合作社',
      foundedOn: '2025-05-01',
      business: '褐牛养殖',
      memberHouseholdIds: members,
      productIds: [cattle.id],
    });
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json<Coop>();
    expect(created.memberCount).toBe(2);
    expect(created.products.map((p) => p.name)).toEqual(['褐牛']);
    expect(created.members.map((m) => m.householdId).sort()).toEqual([...members].sort());

    const byProduct = await leader('GET', `/api/v1/cooperatives?product=${cattle.id}`);
    expect(byProduct.json<{ items: Coop[] }>().items.map((c) => c.id)).toEqual([created.id]);
    const byVillage = await leader('GET', `/api/v1/cooperatives?village=${VILLAGE}&limit=200`);
    expect(byVillage.json<{ items: Coop[] }>().items.map((c) => c.id)).toContain(created.id);
    const elsewhere = await leader('GET', '/api/v1/cooperatives?village=653021203202');
    expect(elsewhere.json<{ items: Coop[] }>().items).toEqual([]);
  });

  it('names the unknown member household and product, and refuses writes by other roles', async () => {
    const res = await coop('POST', '/api/v1/cooperatives', {
      villageCode: VILLAGE,
      name: '刺绣合作社',
      foundedOn: '2025-05-01',
      memberHouseholdIds: ['00000000-0000-7000-8000-0000000000aa'],
      productIds: ['00000000-0000-7000-8000-0000000000bb'],
    });
    expect(res.statusCode).toBe(422);
    expect(res.json<ErrorBody>().error.fields.map((f) => f.path)).toEqual([
      'productIds.0',
      'memberHouseholdIds.0',
    ]);
    const cadre = as(app, await signIn(app, await buildUser(t.db, 'cadre')));
    for (const client of [leader, cadre]) {
      const denied = await client('POST', '/api/v1/products', {
        name: '手工刺绣',
        category: 'handicraft',
        unit: '件',
      });
      expect(denied.statusCode).toBe(403);
    }
  });

  it('shows a cadre only the member households paired with them', async () => {
    const cadreId = await buildCadre(t.db);
    const mine = await buildHousehold(t.db);
    const other = await buildHousehold(t.db);
    await buildPairing(t.db, cadreId, mine);
    const created = await buildCooperative(t.db, { memberHouseholdIds: [mine, other] });
    const cadre = as(app, await signIn(app, await buildUser(t.db, 'cadre', { cadreId })));
    const seen = (await cadre('GET', `/api/v1/cooperatives/${created.id}`)).json<Coop>();
    expect(seen.memberCount).toBe(2);
    expect(seen.members.map((m) => m.householdId)).toEqual([mine]);
  });

  it('corrects members with an audited before and after, and voids the cooperative', async () => {
    const first = await buildHousehold(t.db);
    const second = await buildHousehold(t.db);
    const created = await buildCooperative(t.db, { memberHouseholdIds: [first] });
    const res = await coop('PATCH', `/api/v1/cooperatives/${created.id}`, {
      memberHouseholdIds: [first, second],
      name: '庭院经济合作社',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Coop>().memberCount).toBe(2);
    const audit = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'cooperative')
      .where('entity_id', '=', created.id)
      .where('action', '=', 'update')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.before ?? '{}')).toMatchObject({ memberHouseholdIds: [first] });
    expect(JSON.parse(audit.after ?? '{}')).toMatchObject({ name: '庭院经济合作社' });
    const voided = await coop('POST', `/api/v1/cooperatives/${created.id}/void`, {
      reason: '重复登记',
    });
    expect(voided.statusCode).toBe(200);
    const list = await leader('GET', '/api/v1/cooperatives?limit=200');
    expect(list.json<{ items: Coop[] }>().items.map((c) => c.id)).not.toContain(created.id);
  });

  it('refuses a certification valid to before valid from, and flags expired ones', async () => {
    const meat = await buildProduct(t.db);
    const bad = await coop('POST', '/api/v1/certifications', {
      productId: meat.id,
      kind: 'green',
      validFrom: '2026-01-01',
      validTo: '2025-12-31',
    });
    expect(bad.statusCode).toBe(422);
    const field = bad.json<ErrorBody>().error.fields[0];
    expect(field?.path).toBe('validTo');
    expect(field?.message).toContain('不能早于开始日期');
    const expired = await coop('POST', '/api/v1/certifications', {
      productId: meat.id,
      kind: 'organic',
      number: 'OR-2020-01',
      validFrom: '2020-01-01',
      validTo: '2021-01-01',
    });
    expect(expired.statusCode, expired.body).toBe(201);
    expect(expired.json<Certification>()).toMatchObject({ expired: true, productName: '牛羊肉' });
    const trademark = await coop('POST', '/api/v1/certifications', {
      productId: meat.id,
      kind: 'trademark',
      validFrom: '2025-06-01',
      validTo: '2035-05-31',
    });
    expect(trademark.json<Certification>().expired).toBe(false);
    const valid = await leader('GET', `/api/v1/certifications?product=${meat.id}&expired=false`);
    expect(valid.json<{ items: Certification[] }>().items.map((c) => c.id)).toEqual([
      trademark.json<Certification>().id,
    ]);
    const product = await leader('GET', `/api/v1/products/${meat.id}`);
    expect(product.json<{ certifications: Certification[] }>().certifications).toHaveLength(2);
  });
});
