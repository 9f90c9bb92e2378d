import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, buildTestApp, signIn } from '../../../test/helpers/app.js';
import { dialects, openTestDb, type TestDb } from '../../../test/helpers/db.js';
import { buildWorld, V1, type World } from '../../../test/indicators/world.js';

interface Value {
  id: string;
  value: number | null;
  path: string;
  unsupported: string[];
  breakdown: { key: string; label: string; value: number }[];
  parts: Record<string, number>;
  drill: { path: string; query: Record<string, string> };
}
type Client = ReturnType<typeof as>;

async function values(client: Client, query: string): Promise<Map<string, Value>> {
  const res = await client('GET', `/api/v1/indicators/values?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return new Map(res.json<{ items: Value[] }>().items.map((v) => [v.id, v]));
}

/** Every record of a drill-down, page by page. */
async function drillAll(client: Client, drill: Value['drill']) {
  const items: { recordId: string; value: number; householdId: string | null }[] = [];
  let cursor: string | null = null;
  do {
    const query = new URLSearchParams({
      ...drill.query,
      limit: '7',
      ...(cursor ? { cursor } : {}),
    });
    const res = await client('GET', `${drill.path}?${query.toString()}`);
    expect(res.statusCode, res.body).toBe(200);
    const page = res.json<{ items: typeof items; nextCursor: string | null }>();
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

describe.each(dialects)('indicators over HTTP on %s', (dialect) => {
  let t: TestDb;
  let app: FastifyInstance;
  let world: World;
  let coordinator: Client;
  let leader: Client;

  beforeAll(async () => {
    t = await openTestDb(dialect);
    world = await buildWorld(t.db);
    app = await buildTestApp(t);
    coordinator = as(app, await signIn(app, world.coordinator));
    const { buildUser } = await import('../../../test/helpers/builders.js');
    leader = as(app, await signIn(app, await buildUser(t.db, 'leader')));
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('describes the catalogue in Chinese, and in English when asked', async () => {
    const zh = await leader('GET', '/api/v1/indicators');
    expect(zh.statusCode).toBe(200);
    const jobs = zh
      .json<{ items: { id: string; name: string; sentence: string; unitLabel: string }[] }>()
      .items.find((i) => i.id === 'jobs_near_home');
    expect(jobs).toMatchObject({ name: '家门口就业', unitLabel: '人' });
    expect(jobs?.sentence).toContain('家门口就业');
    const en = await leader('GET', '/api/v1/indicators', undefined, { 'accept-language': 'en' });
    expect(en.json<{ items: { id: string; name: string }[] }>().items[4]?.name).toBe(
      'Jobs near home',
    );
  });

  it('drills down to exactly the records behind each figure', async () => {
    const all = await values(leader, 'from=2025-01-01&to=2026-12-31');
    for (const id of [
      'jobs_near_home',
      'jobs_away',
      'donated_items',
      'project_funds',
      'trainees',
      'licences',
      'households_exited',
      'visited_90d',
      'micro_classroom_attendance',
      'sales_revenue',
    ]) {
      const v = all.get(id);
      expect(v?.path, id).toBe('fast');
      expect(v?.drill.path).toBe(`/api/v1/indicators/${id}/records`);
      const records = await drillAll(leader, v?.drill ?? { path: '', query: {} });
      expect(
        records.reduce((s, r) => s + r.value, 0),
        id,
      ).toBe(v?.value);
      expect(records.length, id).toBeGreaterThan(0);
    }
    const jobs = await drillAll(
      leader,
      all.get('jobs_near_home')?.drill ?? { path: '', query: {} },
    );
    expect(jobs.length).toBe(all.get('jobs_near_home')?.value);
    expect(new Set(jobs.map((r) => r.recordId)).size).toBe(jobs.length);
  });

  it('gives series that add up to the figure, by month, village and unit', async () => {
    const total = (
      await values(leader, 'from=2026-01-01&to=2026-12-31&ids=micro_classroom_attendance')
    ).get('micro_classroom_attendance')?.value;
    for (const by of ['month', 'village', 'unit']) {
      const res = await leader(
        'GET',
        `/api/v1/indicators/series?id=micro_classroom_attendance&from=2026-01-01&to=2026-12-31&by=${by}`,
      );
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json<{
        path: string;
        points: { key: string; label: string; value: number }[];
      }>();
      expect(body.path).toBe('fast');
      expect(body.points.reduce((s, p) => s + p.value, 0)).toBe(total);
    }
    const byVillage = await leader(
      'GET',
      `/api/v1/indicators/series?id=jobs_near_home&by=village&region=${V1}`,
    );
    expect(
      byVillage
        .json<{ points: { key: string; label: string }[] }>()
        .points.every((p) => p.key === V1 && p.label === '谢依提村'),
    ).toBe(true);
  });

  it('shows a new record and its voiding in the figure as soon as each commits', async () => {
    const before =
      (await values(coordinator, 'ids=jobs_near_home')).get('jobs_near_home')?.value ?? 0;
    const created = await coordinator('POST', '/api/v1/assistance', {
      kind: 'job',
      date: '2026-09-01',
      status: 'done',
      personId: world.persons[0],
      employer: '合作社',
      jobTitle: '工人',
      place: 'near_home',
      channel: 'other',
      startDate: '2026-09-01',
      endDate: null,
      monthlyWageFen: 200_000,
    });
    expect(created.statusCode, created.body).toBe(201);
    expect((await values(coordinator, 'ids=jobs_near_home')).get('jobs_near_home')?.value).toBe(
      before + 1,
    );
    const id = created.json<{ id: string }>().id;
    const voided = await coordinator('POST', `/api/v1/assistance/${id}/void`, { reason: '录错了' });
    expect(voided.statusCode, voided.body).toBe(200);
    expect((await values(coordinator, 'ids=jobs_near_home')).get('jobs_near_home')?.value).toBe(
      before,
    );
  });

  it("gives a cadre only their own households' figures and records", async () => {
    const cadre = as(app, await signIn(app, world.cadreUser));
    const mine = await values(cadre, '');
    const jobs = mine.get('jobs_near_home');
    expect(jobs?.path).toBe('raw');
    expect(jobs?.drill.query.cadre).toBe(world.cadreId);
    expect(mine.get('sales_revenue')).toMatchObject({ value: null, unsupported: ['cadre'] });
    const asCoordinator = await values(coordinator, `cadre=${world.cadreId}`);
    expect(jobs?.value).toBe(asCoordinator.get('jobs_near_home')?.value);
    const own = await t.db
      .selectFrom('pairings')
      .select('household_id')
      .where('cadre_id', '=', world.cadreId)
      .where('end_date', 'is', null)
      .execute();
    const ownIds = new Set(own.map((p) => p.household_id));
    const records = await drillAll(cadre, {
      path: '/api/v1/indicators/trainees/records',
      query: {},
    });
    expect(records.every((r) => r.householdId !== null && ownIds.has(r.householdId))).toBe(true);
    const everyone = await drillAll(coordinator, {
      path: '/api/v1/indicators/trainees/records',
      query: {},
    });
    expect(everyone.length).toBeGreaterThan(records.length);
  });

  it('names the field of a bad filter, in Chinese and in English', async () => {
    const zh = await leader('GET', '/api/v1/indicators/values?from=2026-02-30');
    expect(zh.statusCode).toBe(422);
    expect(zh.json()).toMatchObject({ error: { code: 'validation', fields: [{ path: 'from' }] } });
    const order = await leader('GET', '/api/v1/indicators/values?from=2026-05-01&to=2026-04-01');
    expect(order.json<{ error: { fields: { path: string }[] } }>().error.fields[0]?.path).toBe(
      'to',
    );
    const unknown = await leader('GET', '/api/v1/indicators/values?ids=jobs_near_home,nope');
    const field = unknown.json<{ error: { fields: { path: string; message: string }[] } }>().error
      .fields[0];
    expect(field).toMatchObject({
      path: 'ids',
      message: expect.stringContaining('指标') as string,
    });
    const en = await leader('GET', '/api/v1/indicators/values?ids=nope', undefined, {
      'accept-language': 'en',
    });
    expect(
      en.json<{ error: { fields: { message: string }[] } }>().error.fields[0]?.message,
    ).toContain('no such indicator');
    const series = await leader('GET', '/api/v1/indicators/series?id=pairing_coverage');
    expect(series.statusCode).toBe(422);
    expect(series.json<{ error: { fields: { path: string }[] } }>().error.fields[0]?.path).toBe(
      'id',
    );
  });

  it('answers 401 without a session', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/indicators/values' });
    expect(res.statusCode).toBe(401);
  });
});
