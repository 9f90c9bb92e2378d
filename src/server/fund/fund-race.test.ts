import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, buildTestApp, signIn } from '../../../test/helpers/app.js';
import { buildUser } from '../../../test/helpers/builders.js';
import { dialects, openTestDb, type TestDb } from '../../../test/helpers/db.js';
import { buildRule, buildStudent } from '../../../test/helpers/fund-builders.js';

interface Balance {
  balanceFen: number;
  donationsFen: number;
  paymentsFen: number;
  ledgerSumFen: number;
}
type Client = ReturnType<typeof as>;

describe.each(dialects)('approvals racing for the last money on %s', (dialect) => {
  let t: TestDb;
  let app: FastifyInstance;
  let maker: Client;
  let finance1: Client;
  let finance2: Client;

  const balance = async () => (await finance1('GET', '/api/v1/fund/balance')).json<Balance>();
  const submittedRun = async (semester: string) => {
    const built = await maker('POST', '/api/v1/fund/runs', { semester });
    expect(built.statusCode, built.body).toBe(201);
    const id = built.json<{ id: string; totalFen: number }>().id;
    expect((await maker('POST', `/api/v1/fund/runs/${id}/submit`)).statusCode).toBe(200);
    return id;
  };
  const topUpTo = async (target: number) => {
    const missing = target - (await balance()).balanceFen;
    const res = await maker('POST', '/api/v1/fund/donations', {
      donor: '自治区机关事务管理局',
      donorKind: 'unit',
      amountFen: missing,
      receivedOn: '2025-06-01',
    });
    expect(res.statusCode, res.body).toBe(201);
  };
  const statusOf = async (id: string) =>
    (await finance1('GET', `/api/v1/fund/runs/${id}`)).json<{ status: string }>().status;

  beforeAll(async () => {
    t = await openTestDb(dialect);
    app = await buildTestApp(t);
    maker = as(app, await signIn(app, await buildUser(t.db, 'coordinator')));
    finance1 = as(app, await signIn(app, await buildUser(t.db, 'finance')));
    finance2 = as(app, await signIn(app, await buildUser(t.db, 'finance')));
    await buildRule(t.db);
    await buildStudent(t.db, { stage: 'university', admittedOn: '2025-08-20' });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it.each([2027, 2028, 2029])(
    'two runs that each fit the balance but not both: exactly one is paid (%i)',
    async (year) => {
      await topUpTo(300_000);
      const spring = await submittedRun(`${year}-spring`);
      const autumn = await submittedRun(`${year}-autumn`);
      const before = await balance();
      const results = await Promise.all([
        finance1('POST', `/api/v1/fund/runs/${spring}/approve`, {}),
        finance2('POST', `/api/v1/fund/runs/${autumn}/approve`, {}),
      ]);
      expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
      const refused = results.find((r) => r.statusCode === 409);
      expect(refused?.json<{ error: { message: string } }>().error.message).toContain('余额不足');
      const after = await balance();
      expect(after.balanceFen).toBe(100_000);
      expect(after.balanceFen).toBeGreaterThanOrEqual(0);
      expect(after.balanceFen).toBe(after.donationsFen - after.paymentsFen);
      expect(after.ledgerSumFen).toBe(after.balanceFen);
      expect(after.paymentsFen - before.paymentsFen).toBe(200_000);
      expect([await statusOf(spring), await statusOf(autumn)].sort()).toEqual([
        'approved',
        'submitted',
      ]);
    },
  );

  it('two checkers approving the same run at once pay it once', async () => {
    await topUpTo(1_000_000);
    const run = await submittedRun('2030-spring');
    const before = await balance();
    const results = await Promise.all([
      finance1('POST', `/api/v1/fund/runs/${run}/approve`, {}),
      finance2('POST', `/api/v1/fund/runs/${run}/approve`, {}),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const after = await balance();
    expect(before.balanceFen - after.balanceFen).toBe(200_000);
    const payments = await t.db
      .selectFrom('fund_ledger as l')
      .innerJoin('fund_grants as g', 'g.id', 'l.grant_id')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('g.run_id', '=', run)
      .executeTakeFirstOrThrow();
    expect(Number(payments.n)).toBe(1);
  });
});
