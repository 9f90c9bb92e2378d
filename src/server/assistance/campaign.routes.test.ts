import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, buildTestApp, signIn } from '../../../test/helpers/app.js';
import { buildAssistance, buildFamily, inputs } from '../../../test/helpers/assistance-builders.js';
import {
  buildCadre,
  buildPairing,
  buildUnit,
  buildUser,
  buildVillage,
} from '../../../test/helpers/builders.js';
import { dialects, openTestDb, type TestDb } from '../../../test/helpers/db.js';
import { auditOf } from '../../../test/helpers/registry-builders.js';

const OTHER_VILLAGE = '653021203202';
type Item = { item: string; done: boolean; date: string | null };
type Checklist = { id: string; cadreId: string; householdId: string; items: Item[] };
type Page = { items: Checklist[]; nextCursor: string | null };
type Row = {
  id: string;
  name: string;
  checklists: number;
  items: number;
  done: number;
  percent: number;
};

describe.each(dialects)('the five-ones campaign on %s', (dialect) => {
  let t: TestDb;
  let app: FastifyInstance;
  let coordinatorName: string;
  let coordinator: ReturnType<typeof as>;
  let a1: ReturnType<typeof as>;
  const ids = { unitA: '', unitB: '', a1: '', a2: '', b1: '', ended: '', farHousehold: '' };
  let campaignId = '';

  async function checklists(who: ReturnType<typeof as>, query = ''): Promise<Checklist[]> {
    const res = await who('GET', `/api/v1/campaigns/${campaignId}/checklists?limit=200${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Page>().items;
  }

  function tick(who: ReturnType<typeof as>, checklistId: string, item: string, body: object) {
    return who(
      'PUT',
      `/api/v1/campaigns/${campaignId}/checklists/${checklistId}/items/${item}`,
      body,
    );
  }

  beforeAll(async () => {
    t = await openTestDb(dialect);
    app = await buildTestApp(t);
    await buildVillage(t.db);
    await buildVillage(t.db, OTHER_VILLAGE, '阿湖村');
    ids.unitA = await buildUnit(t.db, '办公室');
    ids.unitB = await buildUnit(t.db, '财务处');
    ids.a1 = await buildCadre(t.db, { unitId: ids.unitA, name: '艾力·买买提' });
    ids.a2 = await buildCadre(t.db, { unitId: ids.unitA, name: '鱼智栋' });
    ids.b1 = await buildCadre(t.db, { unitId: ids.unitB, name: '徐傲' });
    for (const cadre of [ids.a1, ids.a1, ids.a2]) {
      await buildPairing(t.db, cadre, (await buildFamily(t.db)).householdId);
    }
    ids.farHousehold = (await buildFamily(t.db, OTHER_VILLAGE)).householdId;
    await buildPairing(t.db, ids.b1, ids.farHousehold);
    ids.ended = await buildPairing(t.db, ids.b1, (await buildFamily(t.db)).householdId);
    await t.db
      .updateTable('pairings')
      .set({ end_date: '2026-06-30' })
      .where('id', '=', ids.ended)
      .execute();
    coordinatorName = await buildUser(t.db, 'coordinator');
    coordinator = as(app, await signIn(app, coordinatorName));
    a1 = as(app, await signIn(app, await buildUser(t.db, 'cadre', { cadreId: ids.a1 })));
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('makes one checklist of five undone items for every current pairing', async () => {
    expect(
      (
        await a1('POST', '/api/v1/campaigns', {
          title: 'x',
          startDate: '2026-11-01',
          endDate: '2026-12-31',
        })
      ).statusCode,
    ).toBe(403);
    const res = await coordinator('POST', '/api/v1/campaigns', {
      title: '石榴花开·我与亲戚共战疫',
      startDate: '2026-11-01',
      endDate: '2026-12-31',
    });
    expect(res.statusCode, res.body).toBe(201);
    const campaign = res.json<{ id: string }>();
    campaignId = campaign.id;
    expect(campaign).toMatchObject({
      measure: 'epidemic',
      checklistCount: 4,
      itemCount: 20,
      doneCount: 0,
      percentDone: 0,
    });
    const all = await checklists(coordinator);
    expect(all).toHaveLength(4);
    expect(all.map((c) => c.items.map((i) => i.item).join())).toEqual(
      Array(4).fill('micro_lecture,epidemic_knowledge,good_deed,relief_tip,study_aid_gift'),
    );
    expect(all.every((c) => c.items.every((i) => !i.done))).toBe(true);
    const pairingIds = (
      await t.db.selectFrom('campaign_checklists').select('pairing_id').execute()
    ).map((r) => r.pairing_id);
    expect(pairingIds).not.toContain(ids.ended);
    const list = await coordinator('GET', '/api/v1/campaigns');
    expect(list.json<{ items: { id: string }[] }>().items.map((c) => c.id)).toContain(campaignId);
  });

  it('filters checklists by cadre, unit and village, and shows a cadre only their own', async () => {
    expect(await checklists(coordinator, `&cadre=${ids.a1}`)).toHaveLength(2);
    expect(await checklists(coordinator, `&unit=${ids.unitA}`)).toHaveLength(3);
    const far = await checklists(coordinator, `&village=${OTHER_VILLAGE}`);
    expect(far.map((c) => c.householdId)).toEqual([ids.farHousehold]);
    const own = await checklists(a1);
    expect(own.map((c) => c.cadreId)).toEqual([ids.a1, ids.a1]);
    expect(await checklists(a1, `&cadre=${ids.a2}`)).toEqual([]);
    const page = await coordinator('GET', `/api/v1/campaigns/${campaignId}/checklists?limit=3`);
    const next = page.json<Page>().nextCursor;
    const rest = await coordinator(
      'GET',
      `/api/v1/campaigns/${campaignId}/checklists?cursor=${next}`,
    );
    expect(rest.json<Page>().items).toHaveLength(1);
  });

  it('lets the paired cadre tick their own items only, and a coordinator any; audited', async () => {
    const [mine] = await checklists(a1);
    const [theirs] = await checklists(coordinator, `&cadre=${ids.a2}`);
    const done = await tick(a1, mine?.id ?? '', 'micro_lecture', {
      done: true,
      date: '2026-11-10',
      note: '讲惠民政策',
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ item: 'micro_lecture', done: true, date: '2026-11-10' });
    expect((await tick(a1, theirs?.id ?? '', 'micro_lecture', { done: true })).statusCode).toBe(
      404,
    );
    const leader = as(app, await signIn(app, await buildUser(t.db, 'leader')));
    expect((await tick(leader, theirs?.id ?? '', 'micro_lecture', { done: true })).statusCode).toBe(
      403,
    );
    const byCoordinator = await tick(coordinator, theirs?.id ?? '', 'good_deed', {
      done: true,
      date: '2026-11-12',
    });
    expect(byCoordinator.statusCode).toBe(200);
    const audit = await auditOf(t.db, 'campaign_item', `${mine?.id ?? ''}:micro_lecture`);
    expect(audit).toMatchObject([
      {
        action: 'update',
        before: { done: false, date: null },
        after: { done: true, date: '2026-11-10' },
      },
    ]);
  });

  it('dates items within the campaign and links them to real assistance records', async () => {
    const [mine, second] = await checklists(a1);
    const outside = await tick(a1, mine?.id ?? '', 'relief_tip', {
      done: true,
      date: '2026-10-01',
    });
    expect(outside.statusCode).toBe(422);
    expect(outside.json()).toMatchObject({ error: { fields: [{ path: 'date' }] } });
    const unknown = await tick(a1, mine?.id ?? '', 'good_deed', {
      done: true,
      assistanceId: '01900000-0000-7000-8000-00000000beef',
    });
    expect(unknown.json()).toMatchObject({ error: { fields: [{ path: 'assistanceId' }] } });
    const noActivity = await tick(a1, mine?.id ?? '', 'micro_lecture', {
      done: true,
      activityId: '01900000-0000-7000-8000-00000000cafe',
    });
    expect(noActivity.statusCode).toBe(422);
    expect(noActivity.json()).toMatchObject({ error: { fields: [{ path: 'activityId' }] } });
    const deed = await buildAssistance(t.db, coordinatorName, {
      ...inputs.goodDeed(mine?.householdId ?? ''),
      date: '2026-11-15',
    });
    const linked = await tick(a1, mine?.id ?? '', 'good_deed', {
      done: true,
      date: '2026-11-15',
      assistanceId: deed,
    });
    expect(linked.json()).toMatchObject({ done: true, assistanceId: deed });
    const today = await tick(a1, second?.id ?? '', 'epidemic_knowledge', { done: true });
    expect(today.json<Item>().date).toMatch(/^2\d{3}-\d{2}-\d{2}$/);
    const undone = await tick(a1, second?.id ?? '', 'epidemic_knowledge', { done: false });
    expect(undone.json()).toMatchObject({ done: false, date: null });
  });

  it('computes the percent done per cadre and per unit', async () => {
    const b1Lists = await checklists(coordinator, `&cadre=${ids.b1}`);
    for (const item of [
      'micro_lecture',
      'epidemic_knowledge',
      'good_deed',
      'relief_tip',
      'study_aid_gift',
    ]) {
      await tick(coordinator, b1Lists[0]?.id ?? '', item, { done: true, date: '2026-11-20' });
    }
    // a1: micro_lecture + good_deed done on one checklist (2 of 10); a2: good_deed (1 of 5); b1: 5 of 5.
    const byCadre = await coordinator('GET', `/api/v1/campaigns/${campaignId}/progress?by=cadre`);
    const cadreRows = byCadre.json<{ rows: Row[] }>().rows;
    expect(
      Object.fromEntries(cadreRows.map((r) => [r.id, [r.checklists, r.items, r.done, r.percent]])),
    ).toEqual({
      [ids.a1]: [2, 10, 2, 20],
      [ids.a2]: [1, 5, 1, 20],
      [ids.b1]: [1, 5, 5, 100],
    });
    const byUnit = await coordinator('GET', `/api/v1/campaigns/${campaignId}/progress?by=unit`);
    const unitRows = byUnit.json<{ rows: Row[] }>().rows;
    expect(
      Object.fromEntries(unitRows.map((r) => [r.id, [r.name, r.done, r.items, r.percent]])),
    ).toEqual({
      [ids.unitA]: ['办公室', 3, 15, 20],
      [ids.unitB]: ['财务处', 5, 5, 100],
    });
    const own = await a1('GET', `/api/v1/campaigns/${campaignId}/progress`);
    expect(own.json<{ rows: Row[] }>().rows.map((r) => r.id)).toEqual([ids.a1]);
    const campaign = await coordinator('GET', `/api/v1/campaigns/${campaignId}`);
    expect(campaign.json()).toMatchObject({ doneCount: 8, itemCount: 20, percentDone: 40 });
  });

  it('rejects a campaign ending before it starts, and an unknown grouping', async () => {
    const res = await coordinator('POST', '/api/v1/campaigns', {
      title: '第二期',
      startDate: '2026-11-01',
      endDate: '2026-10-01',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ error: { fields: [{ path: 'endDate' }] } });
    const by = await coordinator('GET', `/api/v1/campaigns/${campaignId}/progress?by=village`);
    expect(by.statusCode).toBe(422);
    expect(
      (await coordinator('GET', '/api/v1/campaigns/01900000-0000-7000-8000-00000000dead'))
        .statusCode,
    ).toBe(404);
  });
});
