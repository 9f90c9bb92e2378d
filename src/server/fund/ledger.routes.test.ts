import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId, nowIso } from '../../db/ids.js';
import { as, buildTestApp, signIn } from '../../../test/helpers/app.js';
import { buildUser } from '../../../test/helpers/builders.js';
import { dialects, openTestDb, type TestDb } from '../../../test/helpers/db.js';

interface Entry {
  id: string;
  kind: string;
  amountFen: number;
  effectFen: number;
  reversesId: string | null;
  reversedById: string | null;
}
interface Balance {
  balanceFen: number;
  donationsFen: number;
  reversalsFen: number;
  ledgerSumFen: number;
}
interface ErrorBody {
  error: { code: string; message: string; fields: { path: string; message: string }[] };
}

describe.each(dialects)('the fund ledger on %s', (dialect) => {
  let t: TestDb;
  let app: FastifyInstance;
  let finance: ReturnType<typeof as>;

  const balance = async () => (await finance('GET', '/api/v1/fund/balance')).json<Balance>();
  const donate = async (amountFen: number, donor = '自治区机关事务管理局') => {
    const res = await finance('POST', '/api/v1/fund/donations', {
      donor,
      donorKind: 'unit',
      amountFen,
      receivedOn: '2025-06-01',
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<Entry>();
  };

  beforeAll(async () => {
    t = await openTestDb(dialect);
    app = await buildTestApp(t);
    finance = as(app, await signIn(app, await buildUser(t.db, 'finance')));
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('records donations, keeps the balance as the sum of effects, and lists newest first', async () => {
    const start = await balance();
    const first = await donate(500_000, '鱼智栋');
    const second = await donate(1_000_000);
    expect(second).toMatchObject({
      kind: 'donation_in',
      amountFen: 1_000_000,
      effectFen: 1_000_000,
    });
    const after = await balance();
    expect(after.balanceFen).toBe(start.balanceFen + 1_500_000);
    expect(after.ledgerSumFen).toBe(after.balanceFen);
    const page1 = await finance('GET', '/api/v1/fund/ledger?limit=1&kind=donation_in');
    const body = page1.json<{ items: Entry[]; nextCursor: string }>();
    expect(body.items.map((e) => e.id)).toEqual([second.id]);
    const page2 = await finance(
      'GET',
      `/api/v1/fund/ledger?limit=1&kind=donation_in&cursor=${body.nextCursor}`,
    );
    expect(page2.json<{ items: Entry[] }>().items.map((e) => e.id)).toEqual([first.id]);
  });

  it('reverses an entry once, with a reason, and refuses to reverse it again or a reversal', async () => {
    const gift = await donate(30_000);
    const before = await balance();
    const res = await finance('POST', `/api/v1/fund/ledger/${gift.id}/reverse`, {
      reason: '重复录入',
    });
    expect(res.statusCode, res.body).toBe(201);
    const reversal = res.json<Entry>();
    expect(reversal).toMatchObject({
      kind: 'reversal',
      amountFen: 30_000,
      effectFen: -30_000,
      reversesId: gift.id,
    });
    expect((await balance()).balanceFen).toBe(before.balanceFen - 30_000);
    const original = await finance('GET', `/api/v1/fund/ledger/${gift.id}`);
    expect(original.json<Entry>().reversedById).toBe(reversal.id);

    const again = await finance('POST', `/api/v1/fund/ledger/${gift.id}/reverse`, {
      reason: '再冲',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json<ErrorBody>().error.message).toContain('已冲正');
    const ofReversal = await finance('POST', `/api/v1/fund/ledger/${reversal.id}/reverse`, {
      reason: '撤销冲正',
    });
    expect(ofReversal.statusCode).toBe(409);
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['before', 'after'])
      .where('entity', '=', 'fund_ledger')
      .where('entity_id', '=', reversal.id)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.before ?? '{}')).toMatchObject({ id: gift.id });
    expect(JSON.parse(audit.after ?? '{}')).toMatchObject({ reason: '重复录入' });
  });

  it('refuses in the database itself an entry that would take the balance below zero', async () => {
    const gift = await donate(10_000);
    const left = (await balance()).balanceFen;
    const count = async () =>
      Number(
        (
          await t.db
            .selectFrom('fund_ledger')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const entries = await count();
    const overdraw = t.db
      .insertInto('fund_ledger')
      .values({
        id: newId(),
        fund_id: 'aixin-mengxiang',
        kind: 'reversal',
        amount_fen: left + 1,
        effect_fen: -(left + 1),
        entry_date: '2025-07-01',
        donor_name: null,
        donor_kind: null,
        grant_id: null,
        reverses_id: gift.id,
        reason: 'test',
        note: '',
        created_at: nowIso(),
        created_by: null,
      })
      .execute();
    await expect(overdraw).rejects.toThrow(/funds_balance_not_negative/);
    expect(await count()).toBe(entries);
    expect((await balance()).balanceFen).toBe(left);
  });

  it('refuses UPDATE and DELETE on the ledger in the database', async () => {
    const gift = await donate(1_000);
    await expect(
      t.db
        .updateTable('fund_ledger')
        .set({ amount_fen: 2_000 })
        .where('id', '=', gift.id)
        .execute(),
    ).rejects.toThrow(/append-only/);
    await expect(
      t.db.deleteFrom('fund_ledger').where('id', '=', gift.id).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(sql`delete from fund_ledger`.execute(t.db)).rejects.toThrow(/append-only/);
    const row = await t.db
      .selectFrom('fund_ledger')
      .select('amount_fen')
      .where('id', '=', gift.id)
      .executeTakeFirstOrThrow();
    expect(Number(row.amount_fen)).toBe(1_000);
  });

  it('answers 422 on a zero amount and a missing donor, in Chinese and English', async () => {
    const body = { donor: '', amountFen: 0, receivedOn: '2025-06-01' };
    const zh = await finance('POST', '/api/v1/fund/donations', body);
    expect(zh.statusCode).toBe(422);
    const fields = zh.json<ErrorBody>().error.fields;
    expect(fields.map((f) => f.path).sort()).toEqual(['amountFen', 'donor']);
    expect(fields.find((f) => f.path === 'amountFen')?.message).toBe('金额（分）：不能小于 1');
    const en = await finance('POST', '/api/v1/fund/donations', body, { 'accept-language': 'en' });
    expect(en.json<ErrorBody>().error.fields.find((f) => f.path === 'amountFen')?.message).toBe(
      'Amount (fen): must be at least 1',
    );
  });

  it('lets only fund managers write, and only fund roles and auditors read the ledger', async () => {
    for (const role of ['trainer', 'cadre', 'leader', 'auditor'] as const) {
      const user = as(app, await signIn(app, await buildUser(t.db, role)));
      const res = await user('POST', '/api/v1/fund/donations', {
        donor: '某人',
        amountFen: 100,
        receivedOn: '2025-06-01',
      });
      expect(res.statusCode, role).toBe(403);
      const read = await user('GET', '/api/v1/fund/ledger');
      expect(read.statusCode, role).toBe(role === 'auditor' ? 200 : 403);
    }
    const leader = as(app, await signIn(app, await buildUser(t.db, 'leader')));
    expect((await leader('GET', '/api/v1/fund/balance')).statusCode).toBe(200);
  });
});
