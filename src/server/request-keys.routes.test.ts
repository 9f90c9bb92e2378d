/**
 * Idempotency keys on the creates a phone sends: the same request sent again (its answer lost)
 * answers with the first record; the same key with another body is refused; no key, no change.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, buildVillage } from '../../test/helpers/builders.js';
import { buildPairedCadre, inputs } from '../../test/helpers/assistance-builders.js';
import { daysAgo } from '../../test/helpers/activity-builders.js';
import { as, buildTestApp, signIn } from '../../test/helpers/app.js';
import { dialects, openTestDb, type TestDb } from '../../test/helpers/db.js';

interface ErrorBody {
  error: { code: string; message: string; fields: { path: string; message: string }[] };
}

let sequence = 0;
/** A fresh key of the shape the web app makes (32 hex digits). */
function newKey(): string {
  sequence += 1;
  return `${Date.now().toString(16)}${sequence.toString(16)}`.padEnd(32, '0');
}

describe.each(dialects)('idempotency keys on creates, on %s', (dialect) => {
  let t: TestDb;
  let app: FastifyInstance;
  let cadre: ReturnType<typeof as>;
  let otherCadre: ReturnType<typeof as>;
  let finance: ReturnType<typeof as>;
  let family: string;
  let otherFamily: string;

  /** A visit's body; the same arguments give the same body, as a retry sends it. */
  const yesterday = daysAgo(1);
  const visit = (householdId: string, topic = '走访入户') => ({
    measure: 'relief',
    typeCode: 'home_visit',
    occurredAt: yesterday,
    householdId,
    topic,
  });
  /** Rows in a table (only this file writes to its database). */
  const count = async (table: 'activities' | 'assistance' | 'fund_ledger') => {
    const row = await t.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  const createsAudited = async (entityId: string) => {
    const rows = await t.db
      .selectFrom('audit_log')
      .select('id')
      .where('entity_id', '=', entityId)
      .where('action', '=', 'create')
      .execute();
    return rows.length;
  };

  beforeAll(async () => {
    t = await openTestDb(dialect);
    app = await buildTestApp(t);
    await buildVillage(t.db);
    const mine = await buildPairedCadre(t.db);
    const theirs = await buildPairedCadre(t.db);
    family = mine.householdId;
    otherFamily = theirs.householdId;
    cadre = as(app, await signIn(app, mine.username));
    otherCadre = as(app, await signIn(app, theirs.username));
    finance = as(app, await signIn(app, await buildUser(t.db, 'finance')));
  });

  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('answers a repeated visit with the first record, and keeps one record and one audit entry', async () => {
    const key = newKey();
    const before = await count('activities');
    const first = await cadre('POST', '/api/v1/activities', visit(family), {
      'idempotency-key': key,
    });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const again = await cadre('POST', '/api/v1/activities', visit(family), {
      'idempotency-key': key,
    });
    expect(again.statusCode, again.body).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    const id = first.json<{ id: string }>().id;
    expect(again.json<{ id: string }>().id).toBe(id);
    expect(await count('activities')).toBe(before + 1);
    expect(await createsAudited(id)).toBe(1);
  });

  it('makes one record of two identical requests racing each other', async () => {
    const key = newKey();
    const before = await count('activities');
    const answers = await Promise.all(
      [0, 1, 2].map(() =>
        cadre('POST', '/api/v1/activities', visit(family, '同时发出'), { 'idempotency-key': key }),
      ),
    );
    for (const answer of answers) {
      expect(answer.statusCode, answer.body).toBe(201);
    }
    const ids = new Set(answers.map((a) => a.json<{ id: string }>().id));
    expect(ids.size).toBe(1);
    expect(await count('activities')).toBe(before + 1);
    expect(answers.filter((a) => a.headers['idempotent-replayed'] === 'true')).toHaveLength(2);
  });

  it('refuses the same key with another request, naming the key, and records nothing', async () => {
    const key = newKey();
    const first = await cadre('POST', '/api/v1/activities', visit(family, '第一次'), {
      'idempotency-key': key,
    });
    expect(first.statusCode, first.body).toBe(201);
    const before = await count('activities');
    const other = await cadre('POST', '/api/v1/activities', visit(family, '换了内容'), {
      'idempotency-key': key,
    });
    expect(other.statusCode, other.body).toBe(409);
    expect(other.json<ErrorBody>().error.message).toContain('Idempotency-Key');
    // Nor may a visit's key make a record of help.
    const help = await cadre('POST', '/api/v1/assistance', inputs.goodDeed(family), {
      'idempotency-key': key,
      'accept-language': 'en',
    });
    expect(help.statusCode, help.body).toBe(409);
    expect(help.json<ErrorBody>().error.message).toBe(
      'This Idempotency-Key was used for a different request; use a new key for a new record',
    );
    expect(await count('activities')).toBe(before);
  });

  it("keeps each user's keys apart, and binds a key only when its record is made", async () => {
    const key = newKey();
    const mine = await cadre('POST', '/api/v1/activities', visit(family), {
      'idempotency-key': key,
    });
    const theirs = await otherCadre('POST', '/api/v1/activities', visit(otherFamily), {
      'idempotency-key': key,
    });
    expect(mine.statusCode, mine.body).toBe(201);
    expect(theirs.statusCode, theirs.body).toBe(201);
    expect(theirs.json<{ id: string }>().id).not.toBe(mine.json<{ id: string }>().id);
    // A refused request leaves its key free: the corrected request with the same key is made.
    const fresh = newKey();
    const refused = await cadre('POST', '/api/v1/activities', visit(otherFamily), {
      'idempotency-key': fresh,
    });
    expect(refused.statusCode, refused.body).toBe(404);
    const corrected = await cadre('POST', '/api/v1/activities', visit(family), {
      'idempotency-key': fresh,
    });
    expect(corrected.statusCode, corrected.body).toBe(201);
    expect(corrected.headers['idempotent-replayed']).toBeUndefined();
  });

  it('records twice without a key, as before', async () => {
    const before = await count('activities');
    for (const _ of [0, 1]) {
      const res = await cadre('POST', '/api/v1/activities', visit(family));
      expect(res.statusCode, res.body).toBe(201);
    }
    expect(await count('activities')).toBe(before + 2);
  });

  it('answers a repeated act of help with the first record', async () => {
    const key = newKey();
    const before = await count('assistance');
    const first = await cadre('POST', '/api/v1/assistance', inputs.goodDeed(family), {
      'idempotency-key': key,
    });
    const again = await cadre('POST', '/api/v1/assistance', inputs.goodDeed(family), {
      'idempotency-key': key,
    });
    expect(first.statusCode, first.body).toBe(201);
    expect(again.statusCode, again.body).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json<{ id: string }>().id).toBe(first.json<{ id: string }>().id);
    expect(await count('assistance')).toBe(before + 1);
  });

  it('enters a donation sent again once, so the fund’s balance counts it once', async () => {
    const key = newKey();
    const donation = {
      donor: '自治区机关事务管理局',
      donorKind: 'unit',
      amountFen: 500_000,
      receivedOn: '2026-09-01',
    };
    const balance = async () =>
      (await finance('GET', '/api/v1/fund/balance')).json<{ balanceFen: number }>().balanceFen;
    const [entries, before] = [await count('fund_ledger'), await balance()];
    const first = await finance('POST', '/api/v1/fund/donations', donation, {
      'idempotency-key': key,
    });
    const again = await finance('POST', '/api/v1/fund/donations', donation, {
      'idempotency-key': key,
    });
    expect(first.statusCode, first.body).toBe(201);
    expect(again.statusCode, again.body).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json<{ id: string }>().id).toBe(first.json<{ id: string }>().id);
    expect(await count('fund_ledger')).toBe(entries + 1);
    expect(await balance()).toBe(before + 500_000);
    // Another amount under the same key is refused, not entered.
    const other = await finance(
      'POST',
      '/api/v1/fund/donations',
      { ...donation, amountFen: 5_000_000 },
      { 'idempotency-key': key },
    );
    expect(other.statusCode, other.body).toBe(409);
    expect(await balance()).toBe(before + 500_000);
  });

  it('refuses a malformed key at the header, in the caller’s language', async () => {
    const before = await count('activities');
    const res = await cadre('POST', '/api/v1/activities', visit(family), {
      'idempotency-key': 'short',
    });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json<ErrorBody>().error.fields).toEqual([
      {
        path: 'idempotency-key',
        message: 'Idempotency-Key 请求头：须为 16–100 个字母、数字、- 或 _',
      },
    ]);
    expect(await count('activities')).toBe(before);
  });

  it('forgets a user’s keys after a week', async () => {
    const key = newKey();
    const first = await cadre('POST', '/api/v1/activities', visit(family), {
      'idempotency-key': key,
    });
    expect(first.statusCode, first.body).toBe(201);
    await t.db
      .updateTable('request_keys')
      .set({ created_at: new Date(Date.now() - 8 * 24 * 3600 * 1000).toISOString() })
      .where('key', '=', key)
      .execute();
    // The next key this user sends sweeps the old one away.
    const next = await cadre('POST', '/api/v1/activities', visit(family), {
      'idempotency-key': newKey(),
    });
    expect(next.statusCode, next.body).toBe(201);
    const left = await t.db
      .selectFrom('request_keys')
      .select('key')
      .where('key', '=', key)
      .execute();
    expect(left).toEqual([]);
  });
});
