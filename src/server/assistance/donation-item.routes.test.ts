import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, buildTestApp, signIn } from '../../../test/helpers/app.js';
import { buildFamily, inputs, MASKS } from '../../../test/helpers/assistance-builders.js';
import { buildUser, buildVillage } from '../../../test/helpers/builders.js';
import { dialects, openTestDb, type TestDb } from '../../../test/helpers/db.js';
import { auditOf } from '../../../test/helpers/registry-builders.js';

type Item = { id: string; itemName: string; unit: string; active: boolean };

describe.each(dialects)('donation items on %s', (dialect) => {
  let t: TestDb;
  let app: FastifyInstance;
  let admin: ReturnType<typeof as>;
  let coordinator: ReturnType<typeof as>;

  beforeAll(async () => {
    t = await openTestDb(dialect);
    app = await buildTestApp(t);
    await buildVillage(t.db);
    admin = as(app, await signIn(app, await buildUser(t.db, 'admin')));
    coordinator = as(app, await signIn(app, await buildUser(t.db, 'coordinator')));
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('starts with the seeded items, masks and disinfectant first', async () => {
    const res = await coordinator('GET', '/api/v1/donation-items?limit=3');
    const page = res.json<{ items: Item[]; nextCursor: string | null }>();
    expect(page.items.map((i) => `${i.itemName}/${i.unit}`)).toEqual([
      '口罩/个',
      '消毒液/瓶',
      '消毒液（桶装）/升',
    ]);
    const next = await coordinator('GET', `/api/v1/donation-items?cursor=${page.nextCursor}`);
    expect(next.json<{ items: Item[] }>().items.map((i) => i.itemName)).toContain('学习用品');
  });

  it('lets lists.manage add, rename and retire items, audited; others get 403', async () => {
    const denied = await coordinator('POST', '/api/v1/donation-items', {
      itemName: '棉被',
      unit: '床',
    });
    expect(denied.statusCode).toBe(403);
    const created = await admin('POST', '/api/v1/donation-items', { itemName: '棉被', unit: '床' });
    expect(created.statusCode, created.body).toBe(201);
    const item = created.json<Item>();
    expect(item).toMatchObject({ itemName: '棉被', unit: '床', active: true });
    const again = await admin('POST', '/api/v1/donation-items', { itemName: '棉被', unit: '床' });
    expect(again.statusCode).toBe(422);
    expect(again.json()).toMatchObject({ error: { fields: [{ path: 'itemName' }] } });
    const retired = await admin('PATCH', `/api/v1/donation-items/${item.id}`, { active: false });
    expect(retired.json()).toMatchObject({ active: false, itemName: '棉被' });
    expect(
      (await coordinator('PATCH', `/api/v1/donation-items/${item.id}`, { active: true }))
        .statusCode,
    ).toBe(403);
    const audit = await auditOf(t.db, 'donation_item', item.id);
    expect(audit.map((a) => a.action)).toEqual(['create', 'update']);
    expect(audit[1]).toMatchObject({ before: { active: true }, after: { active: false } });
    const active = await coordinator('GET', '/api/v1/donation-items?active=true&limit=200');
    expect(active.json<{ items: Item[] }>().items.map((i) => i.id)).not.toContain(item.id);
  });

  it('refuses a retired item in a new donation but keeps it on an old one being corrected', async () => {
    const family = await buildFamily(t.db);
    const blanket = (
      await admin('POST', '/api/v1/donation-items', { itemName: '毛毯', unit: '条' })
    ).json<Item>();
    const donation = {
      ...inputs.donationToHouseholds([family.householdId]),
      recipients: [
        { householdId: family.householdId, items: [{ itemId: blanket.id, quantity: 2 }] },
      ],
    };
    const created = await coordinator('POST', '/api/v1/assistance', donation);
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<{ id: string }>().id;
    await admin('PATCH', `/api/v1/donation-items/${blanket.id}`, { active: false });
    const refused = await coordinator('POST', '/api/v1/assistance', donation);
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({
      error: { fields: [{ path: 'recipients.0.items.0.itemId' }] },
    });
    const corrected = await coordinator('PATCH', `/api/v1/assistance/${id}`, {
      kind: 'donation',
      donor: '爱心企业',
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    const added = await coordinator('PATCH', `/api/v1/assistance/${id}`, {
      kind: 'donation',
      recipients: [
        {
          householdId: family.householdId,
          items: [
            { itemId: blanket.id, quantity: 2 },
            { itemId: MASKS, quantity: 10 },
          ],
        },
      ],
    });
    expect(added.json()).toMatchObject({
      donor: '爱心企业',
      totals: [
        { itemName: '毛毯', quantity: 2 },
        { itemName: '口罩', quantity: 10 },
      ],
    });
  });

  it('validates item input', async () => {
    const res = await admin('POST', '/api/v1/donation-items', { itemName: '', unit: '个' });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      error: { fields: [{ path: 'itemName', message: '物资名称：必填' }] },
    });
  });
});
