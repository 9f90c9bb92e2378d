import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, buildTestApp, signIn } from '../../../test/helpers/app.js';
import { buildUser, VILLAGE } from '../../../test/helpers/builders.js';
import { dialects, openTestDb, type TestDb } from '../../../test/helpers/db.js';
import {
  AS_OF,
  buildFundBasics,
  buildStatsWorld,
  OTHER_VILLAGE,
  type StatsWorld,
} from '../../../test/helpers/stats-builders.js';
import type { StatsOverview } from './stats.schema.js';

interface ErrorBody {
  error: { code: string; fields: { path: string; message: string }[] };
}

const ZERO_KINDS = {
  job: 0,
  medical: 0,
  health_check: 0,
  donation: 0,
  project: 0,
  loan: 0,
  good_deed: 0,
};

describe.each(dialects)('the dashboard overview over HTTP on %s', (dialect) => {
  let t: TestDb;
  let app: FastifyInstance;
  let world: StatsWorld;
  let leader: ReturnType<typeof as>;
  let cadre: ReturnType<typeof as>;

  const overview = async (client: ReturnType<typeof as>, query = '') => {
    const res = await client('GET', `/api/v1/stats/overview?date=${AS_OF}${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<StatsOverview>();
  };

  beforeAll(async () => {
    t = await openTestDb(dialect);
    app = await buildTestApp(t);
    world = await buildStatsWorld(t.db);
    await buildFundBasics(t.db, world.households);
    const maker = as(app, await signIn(app, await buildUser(t.db, 'finance')));
    const checker = as(app, await signIn(app, await buildUser(t.db, 'finance')));
    const run = (await maker('POST', '/api/v1/fund/runs', { semester: '2026-autumn' })).json<{
      id: string;
    }>();
    await maker('POST', `/api/v1/fund/runs/${run.id}/submit`);
    const approved = await checker('POST', `/api/v1/fund/runs/${run.id}/approve`, {
      paidOn: '2026-10-01',
    });
    expect(approved.statusCode, approved.body).toBe(200);
    const open = (await maker('POST', '/api/v1/fund/runs', { semester: '2026-spring' })).json<{
      id: string;
    }>();
    await maker('POST', `/api/v1/fund/runs/${open.id}/submit`);
    leader = as(app, await signIn(app, await buildUser(t.db, 'leader')));
    cadre = as(app, await signIn(app, world.cadreUser));
  }, 60_000);
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('counts the whole program for a leader, month and year taken from the as-of day', async () => {
    const body = await overview(leader);
    expect(body).toMatchObject({
      asOf: AS_OF,
      month: '2026-10',
      lastMonth: '2026-09',
      year: 2026,
      village: null,
      scope: 'program',
    });
    expect(body.households).toEqual({
      total: 4,
      byStatus: { registered_poor: 2, exited: 0, monitored: 1, not_poor: 1 },
      withLeadCadre: 3,
    });
    // The visit at 01:00 on 1 October Beijing time (30 September UTC) is October's.
    expect(body.visits).toEqual({ thisMonth: 3, lastMonth: 1 });
    expect(body.activities).toEqual({
      thisMonth: 5,
      byMeasure: { education: 1, relief: 3, epidemic: 1, training: 0, industry: 0 },
    });
    expect(body.assistance).toEqual({
      thisYear: 5,
      byKind: { ...ZERO_KINDS, job: 1, good_deed: 1, loan: 1, donation: 1, project: 1 },
    });
    expect(body.training).toEqual({ trainees: 2, completions: 1 });
    expect(body.fund).toEqual({
      balanceFen: 600_000,
      studentsPaid: 2,
      runsAwaitingApproval: 1,
    });
    expect(body.industry).toEqual({
      cooperatives: 2,
      salesThisYear: 2,
      salesRevenueFen: 150_000,
    });
  });

  it('narrows every family but the fund balance and runs to one village', async () => {
    const v1 = await overview(leader, `&village=${VILLAGE}`);
    expect(v1.village).toBe(VILLAGE);
    expect(v1.households).toEqual({
      total: 2,
      byStatus: { registered_poor: 1, exited: 0, monitored: 1, not_poor: 0 },
      withLeadCadre: 2,
    });
    expect(v1.visits).toEqual({ thisMonth: 3, lastMonth: 0 });
    expect(v1.activities.byMeasure).toMatchObject({ education: 1, relief: 3, epidemic: 0 });
    expect(v1.assistance.byKind).toEqual({ ...ZERO_KINDS, job: 1, loan: 1, project: 1 });
    expect(v1.training).toEqual({ trainees: 1, completions: 1 });
    expect(v1.fund).toEqual({ balanceFen: 600_000, studentsPaid: 1, runsAwaitingApproval: 1 });
    expect(v1.industry).toEqual({ cooperatives: 1, salesThisYear: 1, salesRevenueFen: 100_000 });
    const v2 = await overview(leader, `&village=${OTHER_VILLAGE}`);
    expect(v2.households.total).toBe(2);
    expect(v2.visits).toEqual({ thisMonth: 0, lastMonth: 1 });
    expect(v2.assistance.byKind).toEqual({ ...ZERO_KINDS, good_deed: 1, donation: 1 });
    expect(v2.industry).toEqual({ cooperatives: 1, salesThisYear: 1, salesRevenueFen: 50_000 });
  });

  it("gives a cadre only their paired households' figures and no fund totals", async () => {
    const body = await overview(cadre);
    expect(body.scope).toBe('cadre');
    expect(body.households).toEqual({
      total: 2,
      byStatus: { registered_poor: 2, exited: 0, monitored: 0, not_poor: 0 },
      withLeadCadre: 2,
    });
    expect(body.visits).toEqual({ thisMonth: 2, lastMonth: 1 });
    expect(body.activities.byMeasure).toMatchObject({ education: 1, relief: 2, epidemic: 0 });
    expect(body.assistance.byKind).toEqual({ ...ZERO_KINDS, job: 1, good_deed: 1 });
    expect(body.training).toEqual({ trainees: 2, completions: 1 });
    expect(body.fund).toEqual({ balanceFen: null, studentsPaid: 2, runsAwaitingApproval: null });
    expect(body.industry).toEqual({ cooperatives: 1, salesThisYear: 1, salesRevenueFen: 100_000 });
  });

  it('counts nothing in another year and defaults to today', async () => {
    const old = (
      await leader('GET', '/api/v1/stats/overview?date=2024-03-01')
    ).json<StatsOverview>();
    expect(old.visits).toEqual({ thisMonth: 0, lastMonth: 0 });
    expect(old.assistance.thisYear).toBe(0);
    expect(old.households.total).toBe(4);
    const now = (await leader('GET', '/api/v1/stats/overview')).json<StatsOverview>();
    expect(now.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(now.month).toBe(now.asOf.slice(0, 7));
  });

  it('names the bad field in Chinese and English, and asks for a session', async () => {
    const zh = await leader('GET', '/api/v1/stats/overview?date=2026-13-01');
    expect(zh.statusCode).toBe(422);
    const field = zh.json<ErrorBody>().error.fields[0];
    expect(field?.path).toBe('date');
    expect(field?.message).toMatch(/[\u4e00-\u9fa5]/);
    const en = await leader('GET', '/api/v1/stats/overview?village=12x', undefined, {
      'accept-language': 'en',
    });
    expect(en.statusCode).toBe(422);
    expect(en.json<ErrorBody>().error.fields[0]?.path).toBe('village');
    expect(en.json<ErrorBody>().error.fields[0]?.message).toMatch(/^[\x20-\x7e]+$/);
    const anonymous = await app.inject({ method: 'GET', url: '/api/v1/stats/overview' });
    expect(anonymous.statusCode).toBe(401);
  });
});
