import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, buildTestApp, signIn } from '../../../test/helpers/app.js';
import { buildCadre, buildPairing, buildUser } from '../../../test/helpers/builders.js';
import { dialects, openTestDb, type TestDb } from '../../../test/helpers/db.js';
import { buildRule, buildStudent } from '../../../test/helpers/fund-builders.js';

interface GrantBody {
  id: string;
  personId: string;
  stage: string;
  schoolName: string;
  admittedOn: string;
  amountFen: number;
  status: string;
  exclusion: string | null;
  paymentEntryId: string | null;
  runStatus?: string;
}
interface RunBody {
  id: string;
  status: string;
  totalFen: number;
  grantCount: number;
  excludedCount: number;
  grants: GrantBody[];
}
interface ErrorBody {
  error: { code: string; message: string; fields: { path: string; message: string }[] };
}
type Client = ReturnType<typeof as>;

describe.each(dialects)('grant runs on %s', (dialect) => {
  let t: TestDb;
  let app: FastifyInstance;
  let maker: Client;
  let checker: Client;
  const students: Record<string, { id: string; personId: string; householdId: string }> = {};
  let firstRun: RunBody;
  let thirdRun: RunBody;

  const balance = async () =>
    (await checker('GET', '/api/v1/fund/balance')).json<{ balanceFen: number }>().balanceFen;
  const ledgerCount = async () =>
    Number(
      (
        await t.db
          .selectFrom('fund_ledger')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const build = async (semester: string) => {
    const res = await maker('POST', '/api/v1/fund/runs', { semester });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<RunBody>();
  };

  beforeAll(async () => {
    t = await openTestDb(dialect);
    app = await buildTestApp(t);
    maker = as(app, await signIn(app, await buildUser(t.db, 'finance')));
    checker = as(app, await signIn(app, await buildUser(t.db, 'finance')));
    await buildRule(t.db);
    students.university = await buildStudent(t.db, { stage: 'university', schoolName: '新疆大学' });
    students.junior = await buildStudent(t.db, {
      stage: 'inland_junior',
      schoolName: '天津一中内初班',
      admittedOn: '2025-08-25',
    });
    students.senior = await buildStudent(t.db, {
      stage: 'inland_senior',
      schoolName: '北京潞河中学内高班',
    });
    await buildStudent(t.db, { stage: 'other', schoolName: '阿图什市职业技术学校' });
    await buildStudent(t.db, { active: false });
    await buildStudent(t.db, { voided: true });
    await buildStudent(t.db, { admittedOn: '2026-10-01' });
    await buildStudent(t.db, { admittedOn: '2022-08-20', expectedEnd: '2026-07-01' });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('lists exactly the qualifying students, with the rule applied and the reasons', async () => {
    firstRun = await build('2026-autumn');
    expect(firstRun).toMatchObject({
      status: 'draft',
      totalFen: 400_000,
      grantCount: 3,
      excludedCount: 0,
    });
    const byPerson = new Map(firstRun.grants.map((g) => [g.personId, g]));
    expect([...byPerson.keys()].sort()).toEqual(
      [students.university, students.junior, students.senior].map((s) => s?.personId).sort(),
    );
    expect(byPerson.get(students.university?.personId ?? '')).toMatchObject({
      stage: 'university',
      schoolName: '新疆大学',
      admittedOn: '2025-08-20',
      amountFen: 200_000,
      status: 'proposed',
      exclusion: null,
    });
    expect(byPerson.get(students.junior?.personId ?? '')).toMatchObject({
      stage: 'inland_junior',
      schoolName: '天津一中内初班',
      admittedOn: '2025-08-25',
      amountFen: 100_000,
    });
  });

  it('refuses a second open run for a semester, a bad semester and a semester without a rule', async () => {
    const again = await maker('POST', '/api/v1/fund/runs', { semester: '2026-autumn' });
    expect(again.statusCode).toBe(409);
    const bad = await maker('POST', '/api/v1/fund/runs', { semester: '2026-summer' });
    expect(bad.statusCode).toBe(422);
    expect(bad.json<ErrorBody>().error.fields).toEqual([
      { path: 'semester', message: '学期：格式应为“年份-spring”或“年份-autumn”，如 2026-autumn' },
    ]);
    const badEn = await maker(
      'POST',
      '/api/v1/fund/runs',
      { semester: 'autumn' },
      { 'accept-language': 'en' },
    );
    expect(badEn.json<ErrorBody>().error.fields[0]?.message).toBe(
      'Semester: write YYYY-spring or YYYY-autumn, e.g. 2026-autumn',
    );
    const noRule = await maker('POST', '/api/v1/fund/runs', { semester: '2019-autumn' });
    expect(noRule.statusCode).toBe(409);
    expect(noRule.json<ErrorBody>().error.message).toContain('2019-autumn');
  });

  it('keeps maker and checker apart: the creator, trainers, cadres and coordinators may not approve', async () => {
    const early = await checker('POST', `/api/v1/fund/runs/${firstRun.id}/approve`, {});
    expect(early.statusCode).toBe(409);
    const submitted = await maker('POST', `/api/v1/fund/runs/${firstRun.id}/submit`);
    expect(submitted.json<RunBody>().status).toBe('submitted');
    const own = await maker('POST', `/api/v1/fund/runs/${firstRun.id}/approve`, {});
    expect(own.statusCode).toBe(403);
    expect(own.json<ErrorBody>().error.message).toContain('制单人不能审批');
    const ownEn = await maker(
      'POST',
      `/api/v1/fund/runs/${firstRun.id}/reject`,
      { reason: 'x' },
      {
        'accept-language': 'en',
      },
    );
    expect(ownEn.json<ErrorBody>().error.message).toContain('Whoever created a grant run');
    for (const role of ['trainer', 'cadre', 'coordinator'] as const) {
      const other = as(app, await signIn(app, await buildUser(t.db, role)));
      const res = await other('POST', `/api/v1/fund/runs/${firstRun.id}/approve`, {});
      expect(res.statusCode, role).toBe(403);
    }
  });

  it('fails an approval whole with 409 when the balance is short, writing nothing', async () => {
    await maker('POST', '/api/v1/fund/donations', {
      donor: '鱼智栋',
      donorKind: 'cadre',
      amountFen: 399_999,
      receivedOn: '2025-06-01',
    });
    const entries = await ledgerCount();
    const res = await checker('POST', `/api/v1/fund/runs/${firstRun.id}/approve`, {});
    expect(res.statusCode).toBe(409);
    expect(res.json<ErrorBody>().error.message).toContain('余额不足');
    expect(await ledgerCount()).toBe(entries);
    expect(await balance()).toBe(399_999);
    const run = (await checker('GET', `/api/v1/fund/runs/${firstRun.id}`)).json<RunBody>();
    expect(run.status).toBe('submitted');
    expect(run.grants.every((g) => g.status === 'proposed')).toBe(true);
  });

  it('approves: one payment per grant, the balance reduced, everything audited', async () => {
    await maker('POST', '/api/v1/fund/donations', {
      donor: '自治区机关事务管理局',
      donorKind: 'unit',
      amountFen: 600_001,
      receivedOn: '2025-06-02',
    });
    const res = await checker('POST', `/api/v1/fund/runs/${firstRun.id}/approve`, {
      paidOn: '2025-09-10',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<RunBody>().status).toBe('approved');
    expect(await balance()).toBe(1_000_000 - 400_000);
    const run = (await checker('GET', `/api/v1/fund/runs/${firstRun.id}`)).json<RunBody>();
    expect(run.grants.every((g) => g.status === 'paid' && g.paymentEntryId !== null)).toBe(true);
    const payments = await checker('GET', '/api/v1/fund/ledger?kind=payment_out');
    const items = payments.json<{
      items: { grantId: string; amountFen: number; entryDate: string }[];
    }>().items;
    expect(items.map((p) => p.grantId).sort()).toEqual(run.grants.map((g) => g.id).sort());
    expect(items.every((p) => p.entryDate === '2025-09-10')).toBe(true);
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['before', 'after'])
      .where('entity', '=', 'grant_run')
      .where('entity_id', '=', firstRun.id)
      .where('action', '=', 'update')
      .execute();
    const approval = audit.find((a) => a.after?.includes('"approved"'));
    expect(JSON.parse(approval?.before ?? '{}')).toMatchObject({ status: 'submitted' });
    expect(JSON.parse(approval?.after ?? '{}')).toMatchObject({ status: 'approved' });
    const paymentIds = run.grants.map((g) => g.paymentEntryId ?? '');
    const paymentAudits = await t.db
      .selectFrom('audit_log')
      .select('entity_id')
      .where('entity', '=', 'fund_ledger')
      .where('action', '=', 'create')
      .where('entity_id', 'in', paymentIds)
      .execute();
    expect(paymentAudits.map((a) => a.entity_id).sort()).toEqual([...paymentIds].sort());
  });

  it('excludes students already paid for the semester, with the reason, and rejects a run', async () => {
    students.late = await buildStudent(t.db, { admittedOn: '2026-08-30', schoolName: '喀什大学' });
    const second = await build('2026-autumn');
    expect(second).toMatchObject({ grantCount: 1, excludedCount: 3, totalFen: 200_000 });
    const excluded = second.grants.filter((g) => g.status === 'excluded');
    expect(excluded.every((g) => g.exclusion === 'already_paid' && g.amountFen === 0)).toBe(true);
    await maker('POST', `/api/v1/fund/runs/${second.id}/submit`);
    const noReason = await checker('POST', `/api/v1/fund/runs/${second.id}/reject`, {});
    expect(noReason.statusCode).toBe(422);
    const rejected = await checker('POST', `/api/v1/fund/runs/${second.id}/reject`, {
      reason: '名单待核实',
    });
    expect(rejected.json<RunBody>().status).toBe('rejected');
    const after = (await checker('GET', `/api/v1/fund/runs/${second.id}`)).json<RunBody>();
    expect(after.grants.find((g) => g.status === 'proposed')).toBeUndefined();
    const list = await checker('GET', '/api/v1/fund/runs?status=rejected');
    expect(list.json<{ items: { id: string }[] }>().items.map((r) => r.id)).toEqual([second.id]);
  });

  it("shows each student's grant history, to a cadre only within their pairings", async () => {
    const { personId, householdId } = students.university ?? { personId: '', householdId: '' };
    const history = await checker('GET', `/api/v1/students/${personId}/grants`);
    const items = history.json<{ items: GrantBody[] }>().items;
    expect(items.map((g) => [g.status, g.runStatus])).toEqual([
      ['excluded', 'rejected'],
      ['paid', 'approved'],
    ]);
    const cadreId = await buildCadre(t.db);
    await buildPairing(t.db, cadreId, householdId);
    const cadre = as(app, await signIn(app, await buildUser(t.db, 'cadre', { cadreId })));
    expect((await cadre('GET', `/api/v1/students/${personId}/grants`)).statusCode).toBe(200);
    const other = students.junior?.personId ?? '';
    expect((await cadre('GET', `/api/v1/students/${other}/grants`)).statusCode).toBe(404);
    expect((await cadre('GET', `/api/v1/fund/runs/${firstRun.id}`)).statusCode).toBe(403);
  });

  it('reverses a payment: the grant is marked reversed and a new run may pay the student again', async () => {
    const grant = firstRun.grants.find((g) => g.personId === students.university?.personId);
    const run = (await checker('GET', `/api/v1/fund/runs/${firstRun.id}`)).json<RunBody>();
    const paid = run.grants.find((g) => g.id === grant?.id);
    const before = await balance();
    const res = await maker('POST', `/api/v1/fund/ledger/${paid?.paymentEntryId}/reverse`, {
      reason: '学生已退学，款项退回',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(await balance()).toBe(before + 200_000);
    const history = await checker(
      'GET',
      `/api/v1/students/${students.university?.personId}/grants`,
    );
    expect(history.json<{ items: GrantBody[] }>().items[1]?.status).toBe('reversed');
    thirdRun = await build('2026-autumn');
    const again = thirdRun.grants.find((g) => g.personId === students.university?.personId);
    expect(again).toMatchObject({ status: 'proposed', amountFen: 200_000 });
  });

  it('refuses with 409 to reverse a donation the balance no longer covers', async () => {
    expect(thirdRun.totalFen).toBe(400_000);
    await maker('POST', `/api/v1/fund/runs/${thirdRun.id}/submit`);
    const approved = await checker('POST', `/api/v1/fund/runs/${thirdRun.id}/approve`, {});
    expect(approved.statusCode, approved.body).toBe(200);
    const gifts = await checker('GET', '/api/v1/fund/ledger?kind=donation_in');
    const big = gifts
      .json<{ items: { id: string; amountFen: number }[] }>()
      .items.find((g) => g.amountFen === 600_001);
    const before = await balance();
    expect(before).toBeLessThan(600_001);
    const res = await maker('POST', `/api/v1/fund/ledger/${big?.id}/reverse`, {
      reason: '捐赠撤回',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json<ErrorBody>().error.message).toContain('余额不足');
    expect(await balance()).toBe(before);
  });
});
