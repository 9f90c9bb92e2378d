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
import { daysAgo } from '../../../test/helpers/activity-builders.js';
import { as, buildTestApp, signIn } from '../../../test/helpers/app.js';
import { dialects, openTestDb, type TestDb } from '../../../test/helpers/db.js';

interface Latest {
  items: { householdId: string; occurredAt: string; occurredOn: string }[];
}
interface ErrorBody {
  error: { code: string; fields: { path: string; message: string }[] };
}

describe.each(dialects)('each family’s latest activity in one request, on %s', (dialect) => {
  let t: TestDb;
  let app: FastifyInstance;
  let coordinator: ReturnType<typeof as>;
  let cadre: ReturnType<typeof as>;
  let cadreId: string;
  let otherCadreId: string;
  let mine: string;
  let theirs: string;
  let unvisited: string;
  const at: Record<string, string> = {};

  const record = async (overrides: Record<string, unknown>): Promise<string> => {
    const res = await coordinator('POST', '/api/v1/activities', {
      measure: 'relief',
      typeCode: 'home_visit',
      topic: '走访入户',
      ...overrides,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ id: string }>().id;
  };

  beforeAll(async () => {
    t = await openTestDb(dialect);
    app = await buildTestApp(t);
    await buildVillage(t.db);
    coordinator = as(app, await signIn(app, await buildUser(t.db, 'coordinator')));
    cadreId = await buildCadre(t.db, { name: '鱼智栋' });
    otherCadreId = await buildCadre(t.db, { name: '王卫东' });
    [mine, theirs, unvisited] = [
      await buildHousehold(t.db),
      await buildHousehold(t.db),
      await buildHousehold(t.db),
    ];
    await buildPairing(t.db, cadreId, mine);
    await buildPairing(t.db, otherCadreId, theirs);
    await buildPairing(t.db, cadreId, unvisited);
    cadre = as(app, await signIn(app, await buildUser(t.db, 'cadre', { cadreId })));

    at.mineOld = daysAgo(10);
    await record({ householdId: mine, organizerCadreId: otherCadreId, occurredAt: at.mineOld });
    // Newer, with the family taking part rather than at its home.
    at.mineNew = daysAgo(3);
    await record({
      villageCode: VILLAGE,
      householdIds: [mine],
      organizerCadreId: cadreId,
      occurredAt: at.mineNew,
    });
    // Newer still, but voided: it does not count.
    const voided = await record({
      householdId: mine,
      organizerCadreId: cadreId,
      occurredAt: daysAgo(1),
    });
    const v = await coordinator('POST', `/api/v1/activities/${voided}/void`, { reason: '录错了' });
    expect(v.statusCode, v.body).toBe(200);
    // Another type today: not a home visit.
    await record({
      measure: 'education',
      typeCode: 'micro_classroom',
      householdId: mine,
      occurredAt: daysAgo(1 / 24),
    });
    at.theirs = daysAgo(5);
    await record({ householdId: theirs, organizerCadreId: otherCadreId, occurredAt: at.theirs });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  const latest = (who: ReturnType<typeof as>, households: string[], type = 'home_visit') =>
    who('GET', `/api/v1/activities/latest?type=${type}&householdIds=${households.join(',')}`);

  const byHousehold = (body: Latest) =>
    Object.fromEntries(body.items.map((i) => [i.householdId, i.occurredAt]));

  it('gives each household its newest home visit that is not voided, and leaves out the unvisited', async () => {
    const res = await latest(coordinator, [mine, theirs, unvisited]);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<Latest>();
    expect(byHousehold(body)).toEqual({
      [mine]: new Date(at.mineNew ?? '').toISOString(),
      [theirs]: new Date(at.theirs ?? '').toISOString(),
    });
    const mineItem = body.items.find((i) => i.householdId === mine);
    expect(mineItem?.occurredOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('answers the same as the newest item of the activity list, household by household', async () => {
    const res = await latest(coordinator, [mine, theirs, unvisited]);
    const got = byHousehold(res.json<Latest>());
    for (const id of [mine, theirs, unvisited]) {
      const list = await coordinator(
        'GET',
        `/api/v1/activities?household=${id}&type=home_visit&limit=1`,
      );
      const newest = list.json<{ items: { occurredAt: string }[] }>().items[0];
      expect(got[id]).toBe(newest?.occurredAt);
    }
  });

  it('counts other types when asked for them', async () => {
    const res = await latest(coordinator, [mine, theirs], 'micro_classroom');
    expect(res.json<Latest>().items.map((i) => i.householdId)).toEqual([mine]);
  });

  it('shows a cadre only what their scope lets them see', async () => {
    const res = await latest(cadre, [mine, theirs, unvisited]);
    expect(res.statusCode, res.body).toBe(200);
    expect(byHousehold(res.json<Latest>())).toEqual({
      [mine]: new Date(at.mineNew ?? '').toISOString(),
    });
  });

  it('refuses a bad household list with the field named, in the asker’s language', async () => {
    const bad = await latest(coordinator, ['not-an-id']);
    expect(bad.statusCode).toBe(422);
    expect(bad.json<ErrorBody>().error.fields).toEqual([
      { path: 'householdIds', message: expect.stringContaining('结对户') as string },
    ]);

    const many = Array.from(
      { length: 101 },
      (_, i) => `00000000-0000-7000-8000-${String(i).padStart(12, '0')}`,
    );
    const tooMany = await coordinator(
      'GET',
      `/api/v1/activities/latest?type=home_visit&householdIds=${many.join(',')}`,
      undefined,
      { 'accept-language': 'en' },
    );
    expect(tooMany.statusCode).toBe(422);
    expect(tooMany.json<ErrorBody>().error.fields).toEqual([
      { path: 'householdIds', message: expect.stringMatching(/Households.*100/) as string },
    ]);

    const noType = await coordinator('GET', `/api/v1/activities/latest?householdIds=${mine}`);
    expect(noType.statusCode).toBe(422);
    expect(noType.json<ErrorBody>().error.fields.map((f) => f.path)).toEqual(['type']);
  });
});
