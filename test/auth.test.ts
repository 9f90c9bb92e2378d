import type { FastifyInstance } from 'fastify';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/server/app.js';
import { createSessionStore, hashSessionId } from '../src/server/auth/session-store.js';
import { as, cookieOf, signIn } from './helpers/app.js';
import { buildUser, TEST_PASSWORD } from './helpers/builders.js';
import { dialects, openTestDb, type TestDb } from './helpers/db.js';

interface ErrorBody {
  error: { code: string; message: string; fields: { path: string; message: string }[] };
}

const NEW_PASSWORD = 'Another-passw0rd';

function login(app: FastifyInstance, username: string, password: string, cookie?: string) {
  return app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
    ...(cookie ? { headers: { cookie } } : {}),
  });
}

async function me(app: FastifyInstance, cookie: string): Promise<number> {
  return (await app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } })).statusCode;
}

describe.each(dialects)('sign-in and sessions on %s', (dialect) => {
  let t: TestDb;
  let app: FastifyInstance;

  async function userId(username: string): Promise<string> {
    const row = await t.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', username)
      .executeTakeFirstOrThrow();
    return row.id;
  }

  beforeAll(async () => {
    t = await openTestDb(dialect);
    app = await buildApp({
      handle: t,
      sessionSecret: 'test-secret-test-secret-test-secret-0123',
      cookieSecure: 'false',
      sessionIdleMinutes: 5,
      dataDir: mkdtempSync(join(tmpdir(), 'bangfu-test-')),
    });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('sets an HttpOnly, SameSite session cookie and stores only a hash of the session id', async () => {
    const username = await buildUser(t.db, 'coordinator');
    const res = await login(app, username, TEST_PASSWORD);
    expect(res.statusCode, res.body).toBe(200);
    const header = String(res.headers['set-cookie']);
    expect(header).toMatch(/^bangfu_session=/);
    expect(header).toMatch(/HttpOnly/i);
    expect(header).toMatch(/SameSite=Lax/i);
    expect(header).toMatch(/Path=\//);
    expect(res.json<{ user: { username: string } }>().user.username).toBe(username);
    const rawId = decodeURIComponent(cookieOf(res).split('=')[1] ?? '').split('.')[0] ?? '';
    const rows = await t.db.selectFrom('sessions').select('id').execute();
    expect(rows.map((r) => r.id)).toContain(hashSessionId(rawId));
    expect(rows.map((r) => r.id)).not.toContain(rawId);
  });

  it('answers 401 with the same message for an unknown user and a wrong password', async () => {
    const username = await buildUser(t.db, 'leader');
    const wrong = await login(app, username, 'Wrong-passw0rd');
    const unknown = await login(app, 'nobody-here', 'Wrong-passw0rd');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json<ErrorBody>().error.message).toBe('用户名或密码不正确');
    expect(unknown.json<ErrorBody>().error.message).toBe(wrong.json<ErrorBody>().error.message);
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('rotates the session id at every sign-in; the cookie from before no longer works', async () => {
    const username = await buildUser(t.db, 'coordinator');
    const first = cookieOf(await login(app, username, TEST_PASSWORD));
    expect(await me(app, first)).toBe(200);
    const again = await login(app, username, TEST_PASSWORD, first);
    expect(again.statusCode).toBe(200);
    const second = cookieOf(again);
    expect(second).toMatch(/^bangfu_session=/);
    expect(second).not.toBe(first);
    expect(await me(app, second)).toBe(200);
    expect(await me(app, first)).toBe(401);
  });

  it('ends the session at logout: the old cookie then gets 401, and the logout is audited', async () => {
    const username = await buildUser(t.db, 'coordinator');
    const cookie = await signIn(app, username);
    const out = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie },
    });
    expect(out.statusCode).toBe(204);
    expect(await me(app, cookie)).toBe(401);
    const id = await userId(username);
    const actions = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('user_id', '=', id)
      .orderBy('id')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['login', 'logout']);
  });

  it('ends the other sessions at a password change but keeps the current one', async () => {
    const username = await buildUser(t.db, 'finance');
    const here = await signIn(app, username);
    const elsewhere = await signIn(app, username);
    const res = await as(app, here)('POST', '/api/v1/me/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: NEW_PASSWORD,
    });
    expect(res.statusCode, res.body).toBe(204);
    expect(await me(app, here)).toBe(200);
    expect(await me(app, elsewhere)).toBe(401);
    expect((await login(app, username, TEST_PASSWORD)).statusCode).toBe(401);
    expect((await login(app, username, NEW_PASSWORD)).statusCode).toBe(200);
  });

  it('answers 422 on currentPassword when the current password is wrong, and changes nothing', async () => {
    const username = await buildUser(t.db, 'trainer');
    const cookie = await signIn(app, username);
    const body = { currentPassword: 'Wrong-passw0rd', newPassword: NEW_PASSWORD };
    const zh = await as(app, cookie)('POST', '/api/v1/me/password', body);
    expect(zh.statusCode).toBe(422);
    expect(zh.json<ErrorBody>().error.fields).toEqual([
      { path: 'currentPassword', message: '当前密码：当前密码不正确' },
    ]);
    const en = await as(app, cookie)('POST', '/api/v1/me/password', body, {
      'accept-language': 'en',
    });
    expect(en.json<ErrorBody>().error.fields[0]?.message).toBe(
      'Current password: the current password is wrong',
    );
    const weak = await as(app, cookie)('POST', '/api/v1/me/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'short1',
    });
    expect(weak.statusCode).toBe(422);
    expect(weak.json<ErrorBody>().error.fields[0]?.path).toBe('newPassword');
    expect((await login(app, username, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('locks the account for 15 minutes after five wrong passwords, even for the right one', async () => {
    const username = await buildUser(t.db, 'cadre');
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      statuses.push((await login(app, username, `Wrong-passw0rd${i}`)).statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 403]);
    const before = Date.now();
    const sixth = await login(app, username, TEST_PASSWORD);
    expect(sixth.statusCode).toBe(403);
    expect(sixth.json<ErrorBody>().error.code).toBe('account_locked');
    expect(sixth.json<ErrorBody>().error.message).toContain('15 分钟');
    expect(sixth.headers['set-cookie']).toBeUndefined();
    const row = await t.db
      .selectFrom('users')
      .select('locked_until')
      .where('username', '=', username)
      .executeTakeFirstOrThrow();
    const lockedFor = Date.parse(row.locked_until ?? '') - before;
    expect(lockedFor).toBeGreaterThan(14 * 60_000);
    expect(lockedFor).toBeLessThanOrEqual(15 * 60_000);
    const en = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'accept-language': 'en' },
      payload: { username, password: TEST_PASSWORD },
    });
    expect(en.json<ErrorBody>().error.message).toContain('15 minutes');
    // Fifteen minutes later the right password works again.
    await t.db
      .updateTable('users')
      .set({ locked_until: new Date(Date.now() - 1000).toISOString() })
      .where('username', '=', username)
      .execute();
    expect((await login(app, username, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('ends an idle session: the cookie gets 401 once expires_at has passed', async () => {
    const username = await buildUser(t.db, 'auditor');
    const cookie = await signIn(app, username);
    const id = await userId(username);
    const before = Date.now();
    expect(await me(app, cookie)).toBe(200);
    const touched = await t.db
      .selectFrom('sessions')
      .select('expires_at')
      .where('user_id', '=', id)
      .executeTakeFirstOrThrow();
    // Each request moves the idle deadline to five minutes (sessionIdleMinutes) from now.
    expect(Date.parse(touched.expires_at) - before).toBeGreaterThanOrEqual(5 * 60_000 - 1000);
    expect(Date.parse(touched.expires_at) - before).toBeLessThanOrEqual(5 * 60_000 + 5000);
    await t.db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('user_id', '=', id)
      .execute();
    expect(await me(app, cookie)).toBe(401);
  });

  it('moves the idle deadline at most once a minute, and again on the first request after', async () => {
    const username = await buildUser(t.db, 'auditor');
    const cookie = await signIn(app, username);
    const id = await userId(username);
    const session = () =>
      t.db
        .selectFrom('sessions')
        .select(['last_seen_at', 'expires_at'])
        .where('user_id', '=', id)
        .executeTakeFirstOrThrow();
    const written = await session();
    expect(await me(app, cookie)).toBe(200);
    expect(await session()).toEqual(written);
    const twoMinutesAgo = Date.now() - 2 * 60_000;
    await t.db
      .updateTable('sessions')
      .set({
        last_seen_at: new Date(twoMinutesAgo).toISOString(),
        expires_at: new Date(twoMinutesAgo + 5 * 60_000).toISOString(),
      })
      .where('user_id', '=', id)
      .execute();
    const before = Date.now();
    expect(await me(app, cookie)).toBe(200);
    const moved = await session();
    expect(Date.parse(moved.last_seen_at)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(moved.expires_at) - before).toBeGreaterThanOrEqual(5 * 60_000 - 1000);
  });

  it('ends a session twelve hours after sign-in, however active', async () => {
    const username = await buildUser(t.db, 'auditor');
    const cookie = await signIn(app, username);
    await t.db
      .updateTable('sessions')
      .set({ created_at: new Date(Date.now() - 13 * 3_600_000).toISOString() })
      .where('user_id', '=', await userId(username))
      .execute();
    expect(await me(app, cookie)).toBe(401);
  });

  it("stops a deactivated user's session at once, and refuses their sign-in", async () => {
    const username = await buildUser(t.db, 'coordinator');
    const cookie = await signIn(app, username);
    await t.db.updateTable('users').set({ active: 0 }).where('username', '=', username).execute();
    expect(await me(app, cookie)).toBe(401);
    expect((await login(app, username, TEST_PASSWORD)).statusCode).toBe(401);
  });

  it('never brings back an ended session when a request still in flight saves it', async () => {
    const username = await buildUser(t.db, 'coordinator');
    const id = await userId(username);
    const store = createSessionStore(t.db, { idleMinutes: 5, maxHours: 12 });
    const save = (sid: string, data: object) =>
      new Promise<void>((resolve, reject) => {
        store.set(sid, data as never, (err) =>
          err ? reject(new Error('session store failed', { cause: err })) : resolve(),
        );
      });
    await save('fresh-session-id', {});
    await save('fresh-session-id', { userId: id });
    const stored = () =>
      t.db.selectFrom('sessions').select('user_id').where('user_id', '=', id).execute();
    expect(await stored()).toHaveLength(1);
    await t.db.deleteFrom('sessions').where('user_id', '=', id).execute();
    await save('fresh-session-id', { userId: id });
    expect(await stored()).toHaveLength(0);
  });

  it('answers 401 to every signed-in route without a session', async () => {
    for (const url of ['/api/v1/me', '/api/v1/households', '/api/v1/users', '/api/v1/audit']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(401);
      expect(res.json<ErrorBody>().error.code).toBe('unauthenticated');
    }
  });
});
