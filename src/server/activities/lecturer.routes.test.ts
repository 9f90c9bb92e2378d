import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildActivity,
  buildLecturer,
  daysAgo,
  memberIds,
} from '../../../test/helpers/activity-builders.js';
import {
  buildCadre,
  buildHousehold,
  buildPairing,
  buildUser,
  buildVillage,
} from '../../../test/helpers/builders.js';
import { as, buildTestApp, signIn } from '../../../test/helpers/app.js';
import { dialects, openTestDb, type TestDb } from '../../../test/helpers/db.js';

interface ErrorBody {
  error: { code: string; fields: { path: string; message: string }[] };
}

describe.each(dialects)('relative lecturers and the cascade on %s', (dialect) => {
  let t: TestDb;
  let app: FastifyInstance;
  let coordinator: ReturnType<typeof as>;
  let cadre: ReturnType<typeof as>;
  let cadreId: string;
  let paired: string;
  let unpaired: string;

  beforeAll(async () => {
    t = await openTestDb(dialect);
    app = await buildTestApp(t);
    await buildVillage(t.db);
    coordinator = as(app, await signIn(app, await buildUser(t.db, 'coordinator')));
    cadreId = await buildCadre(t.db);
    paired = await buildHousehold(t.db);
    unpaired = await buildHousehold(t.db);
    await buildPairing(t.db, cadreId, paired);
    cadre = as(app, await signIn(app, await buildUser(t.db, 'cadre', { cadreId })));
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('flags a paired relative as a lecturer once; others are refused or hidden', async () => {
    const [head] = await memberIds(t.db, paired);
    const res = await cadre('POST', '/api/v1/lecturers', {
      personId: head,
      trainedOn: '2026-03-01',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ personId: head, householdId: paired, lecturesLed: 0 });
    expect(
      (await cadre('POST', '/api/v1/lecturers', { personId: head, trainedOn: '2026-03-01' }))
        .statusCode,
    ).toBe(409);
    const [stranger] = await memberIds(t.db, unpaired);
    expect(
      (await cadre('POST', '/api/v1/lecturers', { personId: stranger, trainedOn: '2026-03-01' }))
        .statusCode,
    ).toBe(404);
    const notPaired = await coordinator('POST', '/api/v1/lecturers', {
      personId: stranger,
      trainedOn: '2026-03-01',
    });
    expect(notPaired.statusCode).toBe(422);
    expect(notPaired.json<ErrorBody>().error.fields.map((f) => f.path)).toEqual(['personId']);
    const list = await cadre('GET', '/api/v1/lecturers');
    expect(list.json<{ items: { personId: string }[] }>().items.map((l) => l.personId)).toEqual([
      head,
    ]);
  });

  it('accepts only registered lecturers trained before the activity', async () => {
    const [, child] = await memberIds(t.db, paired);
    const base = {
      measure: 'education',
      typeCode: 'lecture',
      occurredAt: daysAgo(1),
      householdId: paired,
      topic: '宣讲惠民政策',
      headcount: 20,
    };
    const notLecturer = await coordinator('POST', '/api/v1/activities', {
      ...base,
      lecturerPersonId: child,
    });
    expect(notLecturer.json<ErrorBody>().error.fields).toEqual([
      { path: 'lecturerPersonId', message: '宣讲员：此人尚未登记为宣讲员' },
    ]);
    await buildLecturer(t.db, child ?? '', daysAgo(-400).slice(0, 10));
    const early = await coordinator('POST', '/api/v1/activities', {
      ...base,
      lecturerPersonId: child,
    });
    expect(early.statusCode).toBe(422);
    expect(early.json<ErrorBody>().error.fields[0]?.path).toBe('lecturerPersonId');
  });

  it('counts the cadre → relative → villager cascade over a period and a village', async () => {
    const village = await buildVillage(t.db, '653021203209', '铁提尔村');
    const household = await buildHousehold(t.db, { villageCode: village });
    const leadCadre = await buildCadre(t.db);
    await buildPairing(t.db, leadCadre, household);
    const [first, second] = await memberIds(t.db, household);
    await buildLecturer(t.db, first ?? '', '2025-06-01');
    await buildLecturer(t.db, second ?? '', '2025-06-01');
    const at = { villageCode: village, occurredAt: daysAgo(10) };
    await buildActivity(t.db, { ...at, organizerCadreId: leadCadre, headcount: 8 });
    await buildActivity(t.db, { ...at, organizerCadreId: leadCadre, typeCode: 'lecture' });
    await buildActivity(t.db, {
      ...at,
      typeCode: 'lecture',
      lecturerPersonId: first,
      headcount: 30,
    });
    await buildActivity(t.db, {
      ...at,
      typeCode: 'lecture',
      lecturerPersonId: first,
      headcount: 25,
    });
    await buildActivity(t.db, {
      ...at,
      typeCode: 'lecture',
      lecturerPersonId: second,
      headcount: 45,
    });
    const voided = await buildActivity(t.db, {
      ...at,
      typeCode: 'lecture',
      lecturerPersonId: second,
      headcount: 99,
    });
    await coordinator('POST', `/api/v1/activities/${voided}/void`, { reason: '重复' });
    await buildActivity(t.db, {
      ...at,
      occurredAt: daysAgo(90),
      lecturerPersonId: second,
      headcount: 70,
    });

    const from = daysAgo(30).slice(0, 10);
    const res = await coordinator(
      'GET',
      `/api/v1/activities/cascade?village=${village}&from=${from}`,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      cadreLedActivities: 2,
      lecturerLedActivities: 3,
      villagersReachedByLecturers: 100,
      activeLecturers: 2,
      lecturersTrained: 0,
    });
    const all = await coordinator(
      'GET',
      `/api/v1/activities/cascade?village=${village}&from=2025-01-01`,
    );
    expect(all.json()).toMatchObject({
      lecturerLedActivities: 4,
      villagersReachedByLecturers: 170,
      lecturersTrained: 2,
    });
    const lecturers = await coordinator('GET', `/api/v1/lecturers?village=${village}`);
    expect(
      lecturers.json<{
        items: { personId: string; lecturesLed: number; villagersReached: number }[];
      }>().items,
    ).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ personId: first, lecturesLed: 2, villagersReached: 55 }),
        expect.objectContaining({ personId: second, lecturesLed: 2, villagersReached: 115 }),
      ]),
    );
    const bad = await coordinator(
      'GET',
      '/api/v1/activities/cascade?from=2026-05-01&to=2026-04-01',
    );
    expect(bad.statusCode).toBe(422);
    expect(bad.json<ErrorBody>().error.fields.map((f) => f.path)).toEqual(['to']);
  });
});
