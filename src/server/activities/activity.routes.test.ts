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
import { activityInput, daysAgo, memberIds } from '../../../test/helpers/activity-builders.js';
import { as, buildTestApp, signIn } from '../../../test/helpers/app.js';
import { dialects, openTestDb, type TestDb } from '../../../test/helpers/db.js';

interface Detail {
  id: string;
  measure: string;
  typeCode: string;
  villageCode: string | null;
  villageName: string | null;
  householdId: string | null;
  organizer: { id: string; name: string } | null;
  cadres: { id: string; name: string }[];
  households: { id: string }[];
  persons: { id: string; householdId: string }[];
  headcount: number;
  topic: string;
  occurredOn: string;
  voidedAt: string | null;
  voidReason: string | null;
}
interface Page {
  items: { id: string }[];
  nextCursor: string | null;
}
interface ErrorBody {
  error: { code: string; fields: { path: string; message: string }[] };
}

describe.each(dialects)('activities over HTTP on %s', (dialect) => {
  let t: TestDb;
  let app: FastifyInstance;
  let coordinator: ReturnType<typeof as>;
  let cadre: ReturnType<typeof as>;
  let cadreId: string;
  let otherCadreId: string;
  let mine: string;
  let theirs: string;

  beforeAll(async () => {
    t = await openTestDb(dialect);
    app = await buildTestApp(t);
    await buildVillage(t.db);
    coordinator = as(app, await signIn(app, await buildUser(t.db, 'coordinator')));
    cadreId = await buildCadre(t.db, { name: '鱼智栋' });
    otherCadreId = await buildCadre(t.db, { name: '王卫东' });
    mine = await buildHousehold(t.db);
    theirs = await buildHousehold(t.db);
    await buildPairing(t.db, cadreId, mine);
    await buildPairing(t.db, otherCadreId, theirs);
    cadre = as(app, await signIn(app, await buildUser(t.db, 'cadre', { cadreId })));
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  const post = (who: ReturnType<typeof as>, overrides: Record<string, unknown> = {}) =>
    who('POST', '/api/v1/activities', {
      measure: 'education',
      typeCode: 'micro_classroom',
      occurredAt: daysAgo(1),
      topic: '微课堂：惠民政策',
      ...overrides,
    });

  it('records a home visit with participants and reads it back', async () => {
    const [head, child] = await memberIds(t.db, mine);
    const res = await post(coordinator, {
      measure: 'relief',
      typeCode: 'home_visit',
      householdId: mine,
      organizerCadreId: cadreId,
      cadreIds: [otherCadreId],
      personIds: [head, child],
      topic: '走访入户，了解春耕困难',
    });
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json<Detail>();
    expect(created).toMatchObject({
      measure: 'relief',
      typeCode: 'home_visit',
      villageCode: VILLAGE,
      villageName: '谢依提村',
      householdId: mine,
      organizer: { id: cadreId, name: '鱼智栋' },
      cadres: [{ id: otherCadreId, name: '王卫东' }],
      households: [{ id: mine }],
      headcount: 2,
      voidedAt: null,
    });
    expect(created.persons.map((p) => p.householdId)).toEqual([mine, mine]);
    const read = await coordinator('GET', `/api/v1/activities/${created.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json<Detail>()).toEqual(created);
  });

  it('lists newest first in keyset pages and filters by type, cadre, household and period', async () => {
    const village = await buildVillage(t.db, '653021203202', '阿克苏村');
    const ids: string[] = [];
    for (const days of [40, 30, 20]) {
      const res = await post(coordinator, {
        villageCode: village,
        occurredAt: daysAgo(days),
        organizerCadreId: otherCadreId,
      });
      ids.push(res.json<Detail>().id);
    }
    const first = await coordinator('GET', `/api/v1/activities?village=${village}&limit=2`);
    const page1 = first.json<Page>();
    expect(page1.items.map((i) => i.id)).toEqual([ids[2], ids[1]]);
    const second = await coordinator(
      'GET',
      `/api/v1/activities?village=${village}&limit=2&cursor=${page1.nextCursor ?? ''}`,
    );
    expect(second.json<Page>()).toEqual({
      items: [expect.objectContaining({ id: ids[0] })],
      nextCursor: null,
    });

    const from = daysAgo(35).slice(0, 10);
    const to = daysAgo(25).slice(0, 10);
    const period = await coordinator(
      'GET',
      `/api/v1/activities?village=${village}&from=${from}&to=${to}`,
    );
    expect(period.json<Page>().items.map((i) => i.id)).toEqual([ids[1]]);
    const byCadre = await coordinator('GET', `/api/v1/activities?cadre=${otherCadreId}&limit=200`);
    expect(byCadre.json<Page>().items.map((i) => i.id)).toEqual(expect.arrayContaining(ids));
    const byType = await coordinator('GET', '/api/v1/activities?type=home_visit&limit=200');
    expect(byType.json<Page>().items.every((i) => !ids.includes(i.id))).toBe(true);
    const byHousehold = await coordinator('GET', `/api/v1/activities?household=${mine}`);
    expect(byHousehold.json<Page>().items.length).toBeGreaterThan(0);
    expect(byHousehold.json<Page>().items.some((i) => ids.includes(i.id))).toBe(false);
  });

  it('corrects an activity and writes before and after to the audit log', async () => {
    const id = (await post(coordinator, { villageCode: VILLAGE })).json<Detail>().id;
    const res = await coordinator('PATCH', `/api/v1/activities/${id}`, {
      topic: '微课堂：法律知识',
      headcount: 12,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Detail>()).toMatchObject({ topic: '微课堂：法律知识', headcount: 12 });
    const entries = await t.db
      .selectFrom('audit_log')
      .select(['action', 'before', 'after'])
      .where('entity', '=', 'activity')
      .where('entity_id', '=', id)
      .orderBy('id')
      .execute();
    expect(entries.map((e) => e.action)).toEqual(['create', 'update']);
    const update = entries[1];
    expect(JSON.parse(update?.before ?? '{}')).toMatchObject({
      topic: '微课堂：惠民政策',
      headcount: 0,
    });
    expect(JSON.parse(update?.after ?? '{}')).toMatchObject({
      topic: '微课堂：法律知识',
      headcount: 12,
    });
  });

  it('voids an activity: gone from lists unless asked, still readable, no longer changeable', async () => {
    const village = await buildVillage(t.db, '653021203203', '托帕村');
    const id = (await post(coordinator, { villageCode: village })).json<Detail>().id;
    const noReason = await coordinator('POST', `/api/v1/activities/${id}/void`, {});
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json<ErrorBody>().error.fields[0]?.path).toBe('reason');
    const res = await coordinator('POST', `/api/v1/activities/${id}/void`, { reason: '重复录入' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Detail>()).toMatchObject({ voidReason: '重复录入' });
    expect(res.json<Detail>().voidedAt).not.toBeNull();
    const list = await coordinator('GET', `/api/v1/activities?village=${village}`);
    expect(list.json<Page>().items).toEqual([]);
    const all = await coordinator(
      'GET',
      `/api/v1/activities?village=${village}&includeVoided=true`,
    );
    expect(all.json<Page>().items.map((i) => i.id)).toEqual([id]);
    expect(
      (await coordinator('PATCH', `/api/v1/activities/${id}`, { topic: '改' })).statusCode,
    ).toBe(409);
    expect(
      (await coordinator('POST', `/api/v1/activities/${id}/void`, { reason: '再次' })).statusCode,
    ).toBe(409);
  });

  it('refuses a type of another measure, a future time, too small a headcount and no place', async () => {
    const [head, child] = await memberIds(t.db, mine);
    const mismatch = await post(coordinator, {
      measure: 'relief',
      typeCode: 'lecture',
      villageCode: VILLAGE,
    });
    expect(mismatch.statusCode).toBe(422);
    const field = mismatch.json<ErrorBody>().error.fields[0];
    expect(field).toEqual({
      path: 'typeCode',
      message: expect.stringContaining('宣传教育') as string,
    });
    const en = await coordinator(
      'POST',
      '/api/v1/activities',
      {
        measure: 'relief',
        typeCode: 'lecture',
        occurredAt: daysAgo(1),
        villageCode: VILLAGE,
        topic: 'x',
      },
      { 'accept-language': 'en' },
    );
    expect(en.json<ErrorBody>().error.fields[0]?.message).toBe(
      'Activity type: this activity type belongs to the measure "education"; change the type or the measure',
    );

    const future = await post(coordinator, { villageCode: VILLAGE, occurredAt: daysAgo(-2) });
    expect(future.statusCode).toBe(422);
    expect(future.json<ErrorBody>().error.fields).toEqual([
      { path: 'occurredAt', message: '活动时间：不能晚于现在' },
    ]);

    const headcount = await post(coordinator, {
      householdId: mine,
      personIds: [head, child],
      headcount: 1,
    });
    expect(headcount.statusCode).toBe(422);
    expect(headcount.json<ErrorBody>().error.fields).toEqual([
      { path: 'headcount', message: '参与人数：不能少于列出的参与人员数（2 人）' },
    ]);

    const nowhere = await post(coordinator, {});
    expect(nowhere.json<ErrorBody>().error.fields.map((f) => f.path)).toEqual(['villageCode']);
    const online = await post(coordinator, {
      measure: 'epidemic',
      typeCode: 'online_activity',
      online: true,
    });
    expect(online.statusCode, online.body).toBe(201);

    const count = await t.db
      .selectFrom('activities')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('headcount', '=', 1)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it('lets a cadre record and correct only for their own paired households, as organizer', async () => {
    const own = await post(cadre, { householdId: mine, typeCode: 'micro_classroom' });
    expect(own.statusCode, own.body).toBe(201);
    expect(own.json<Detail>().organizer?.id).toBe(cadreId);
    expect((await post(cadre, { householdId: theirs })).statusCode).toBe(404);
    expect((await post(cadre, { householdId: mine, householdIds: [theirs] })).statusCode).toBe(404);
    const [theirHead] = await memberIds(t.db, theirs);
    expect((await post(cadre, { householdId: mine, personIds: [theirHead] })).statusCode).toBe(404);
    const fixed = await cadre('PATCH', `/api/v1/activities/${own.json<Detail>().id}`, {
      topic: '微课堂：就业信息',
    });
    expect(fixed.statusCode, fixed.body).toBe(200);
    const joined = await post(coordinator, {
      householdId: mine,
      organizerCadreId: otherCadreId,
      cadreIds: [cadreId],
    });
    const joinedId = joined.json<Detail>().id;
    expect((await cadre('GET', `/api/v1/activities/${joinedId}`)).statusCode).toBe(200);
    expect(
      (await cadre('PATCH', `/api/v1/activities/${joinedId}`, { topic: '改' })).statusCode,
    ).toBe(403);
    const other = await post(cadre, { householdId: mine, organizerCadreId: otherCadreId });
    expect(other.statusCode).toBe(422);
    expect(other.json<ErrorBody>().error.fields.map((f) => f.path)).toEqual(['organizerCadreId']);
  });

  it('hides from a cadre what is not theirs, and refuses roles without the permission', async () => {
    const foreign = (
      await post(coordinator, { householdId: theirs, organizerCadreId: otherCadreId })
    ).json<Detail>().id;
    expect((await cadre('GET', `/api/v1/activities/${foreign}`)).statusCode).toBe(404);
    expect(
      (await cadre('PATCH', `/api/v1/activities/${foreign}`, { topic: '改' })).statusCode,
    ).toBe(404);
    const list = await cadre('GET', '/api/v1/activities?limit=200');
    const seen = list.json<Page>().items.map((i) => i.id);
    expect(seen).not.toContain(foreign);
    expect(seen.length).toBeGreaterThan(0);

    const finance = as(app, await signIn(app, await buildUser(t.db, 'finance')));
    expect((await post(finance, { villageCode: VILLAGE })).statusCode).toBe(403);
    const leader = as(app, await signIn(app, await buildUser(t.db, 'leader')));
    expect((await leader('GET', `/api/v1/activities/${foreign}`)).statusCode).toBe(200);
    expect(
      (await leader('PATCH', `/api/v1/activities/${foreign}`, { topic: '改' })).statusCode,
    ).toBe(403);
    expect(
      (await leader('POST', `/api/v1/activities/${foreign}/void`, { reason: '无' })).statusCode,
    ).toBe(403);
  });

  it('shows a cadre only their own households among the participants of a shared activity', async () => {
    const shared = await coordinator('POST', '/api/v1/activities', {
      ...activityInput({ householdIds: [mine, theirs], organizerCadreId: otherCadreId }),
    });
    expect(shared.statusCode, shared.body).toBe(201);
    const seen = await cadre('GET', `/api/v1/activities/${shared.json<Detail>().id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json<Detail>().households.map((h) => h.id)).toEqual([mine]);
  });
});
