import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, buildTestApp, signIn } from '../../../test/helpers/app.js';
import { buildUser } from '../../../test/helpers/builders.js';
import { dialects, openTestDb, type TestDb } from '../../../test/helpers/db.js';

interface Entry {
  id: string;
  at: string;
  action: string;
  entity: string;
  entityId: string;
}
interface Page {
  items: Entry[];
  nextCursor: string | null;
}
interface ErrorBody {
  error: { code: string; message: string; fields: { path: string; message: string }[] };
}

/** A UUIDv7 for an instant, as the app makes them, so a row can be dated in the past. */
function uuidAt(at: string): string {
  const hex = Date.parse(at).toString(16).padStart(12, '0') + randomBytes(10).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

// Instants around 1 March 2026 in Asia/Shanghai (UTC+8).
const MOMENTS = [
  '2026-02-28T15:59:59.999Z', // 28 Feb, 23:59:59 in Beijing
  '2026-02-28T16:00:00.000Z', //  1 Mar, 00:00 in Beijing
  '2026-03-01T08:00:00.000Z', //  1 Mar, 16:00
  '2026-03-01T15:59:59.000Z', //  1 Mar, 23:59:59
  '2026-03-01T16:00:00.000Z', //  2 Mar, 00:00
];

describe.each(dialects)('/audit on %s', (dialect) => {
  let t: TestDb;
  let app: FastifyInstance;
  let auditor: ReturnType<typeof as>;
  const ids: string[] = [];

  async function list(query: string): Promise<Page> {
    const res = await auditor('GET', `/api/v1/audit?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Page>();
  }

  beforeAll(async () => {
    t = await openTestDb(dialect);
    app = await buildTestApp(t);
    auditor = as(app, await signIn(app, await buildUser(t.db, 'auditor')));
    for (const [i, at] of MOMENTS.entries()) {
      const id = uuidAt(at);
      ids.push(id);
      await t.db
        .insertInto('audit_log')
        .values({
          id,
          at,
          user_id: null,
          action: i % 2 === 0 ? 'create' : 'update',
          entity: 'sample',
          entity_id: `sample-${i}`,
          before: null,
          after: JSON.stringify({ i }),
          ip: null,
        })
        .execute();
    }
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('reads a whole day in the program time zone, and instants with their offset', async () => {
    const day = await list('entity=sample&from=2026-03-01&to=2026-03-01');
    expect(day.items.map((e) => e.entityId)).toEqual(['sample-3', 'sample-2', 'sample-1']);
    const instants = await list(
      `entity=sample&from=${encodeURIComponent('2026-03-01T00:00:00+08:00')}&to=${encodeURIComponent('2026-03-01T16:00:00+08:00')}`,
    );
    expect(instants.items.map((e) => e.entityId)).toEqual(['sample-1']);
    const utc = await list('entity=sample&from=2026-03-01T15:59:59Z');
    expect(utc.items.map((e) => e.entityId)).toEqual(['sample-4', 'sample-3']);
  });

  it('filters by record and action', async () => {
    expect((await list('entity=sample&action=update')).items.map((e) => e.entityId)).toEqual([
      'sample-3',
      'sample-1',
    ]);
    expect((await list('entity=sample&entityId=sample-2')).items.map((e) => e.id)).toEqual([
      ids[2],
    ]);
  });

  it('walks every entry newest first, page by page, each exactly once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page = await list(`entity=sample&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((e) => e.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...ids].reverse());
  });

  it('does not log its own reads', async () => {
    const count = async () =>
      Number(
        (
          await t.db
            .selectFrom('audit_log')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    await list('limit=50');
    await list('entity=sample');
    expect(await count()).toBe(before);
  });

  it('cannot be changed: UPDATE and DELETE on audit_log fail in the database itself', async () => {
    await expect(
      t.db
        .updateTable('audit_log')
        .set({ action: 'delete' })
        .where('id', '=', ids[0] ?? '')
        .execute(),
    ).rejects.toThrow(/append-only/);
    await expect(
      t.db
        .deleteFrom('audit_log')
        .where('id', '=', ids[0] ?? '')
        .execute(),
    ).rejects.toThrow(/append-only/);
    await expect(t.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
    const row = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('id', '=', ids[0] ?? '')
      .executeTakeFirstOrThrow();
    expect(row.action).toBe('create');
  });

  it('names the bad query field, in Chinese and in English', async () => {
    const cases: [string, string][] = [
      ['from=yesterday', 'from'],
      ['to=2026-02-30', 'to'],
      ['from=2026-03-01T25:00:00Z', 'from'],
      ['action=erase', 'action'],
      ['user=nobody', 'user'],
      ['limit=0', 'limit'],
      ['limit=201', 'limit'],
      ['cursor=not-a-cursor', 'cursor'],
    ];
    for (const [query, path] of cases) {
      const res = await auditor('GET', `/api/v1/audit?${query}`);
      expect(res.statusCode, query).toBe(422);
      expect(
        res.json<ErrorBody>().error.fields.map((f) => f.path),
        query,
      ).toEqual([path]);
    }
    const zh = await auditor('GET', '/api/v1/audit?from=yesterday');
    expect(zh.json<ErrorBody>().error.fields[0]?.message).toMatch(
      /^开始日期：请填写日期（YYYY-MM-DD）或带时区的时间/,
    );
    const en = await auditor('GET', '/api/v1/audit?from=yesterday', undefined, {
      'accept-language': 'en',
    });
    expect(en.json<ErrorBody>().error.fields[0]?.message).toMatch(/^From: enter a date/);
  });

  it('answers 401 without a session and 403 to a coordinator', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/v1/audit' })).statusCode).toBe(401);
    const coordinator = as(app, await signIn(app, await buildUser(t.db, 'coordinator')));
    expect((await coordinator('GET', '/api/v1/audit')).statusCode).toBe(403);
  });
});
