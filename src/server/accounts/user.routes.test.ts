import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, buildTestApp, signIn } from '../../../test/helpers/app.js';
import { buildCadre, buildUser, TEST_PASSWORD } from '../../../test/helpers/builders.js';
import { dialects, openTestDb, type TestDb } from '../../../test/helpers/db.js';

interface UserBody {
  id: string;
  username: string;
  displayName: string;
  role: string;
  cadreId: string | null;
  active: boolean;
  lockedUntil: string | null;
}
interface ErrorBody {
  error: { code: string; message: string; fields: { path: string; message: string }[] };
}

const NEW_PASSWORD = 'Reset-passw0rd-1';

describe.each(dialects)('/users on %s', (dialect) => {
  let t: TestDb;
  let app: FastifyInstance;
  let admin: ReturnType<typeof as>;
  let adminId: string;

  async function create(body: Record<string, unknown>) {
    return admin('POST', '/api/v1/users', {
      displayName: '阿依古丽·买买提',
      role: 'coordinator',
      password: TEST_PASSWORD,
      ...body,
    });
  }

  async function me(cookie: string) {
    return app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });
  }

  beforeAll(async () => {
    t = await openTestDb(dialect);
    app = await buildTestApp(t);
    const adminName = await buildUser(t.db, 'admin');
    const cookie = await signIn(app, adminName);
    admin = as(app, cookie);
    adminId = (await me(cookie)).json<{ user: UserBody }>().user.id;
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('creates an account that can sign in, and audits it without the password', async () => {
    const cadreId = await buildCadre(t.db);
    const res = await create({ username: 'ayguli.m', role: 'cadre', cadreId });
    expect(res.statusCode, res.body).toBe(201);
    const user = res.json<UserBody>();
    expect(user).toMatchObject({ username: 'ayguli.m', role: 'cadre', cadreId, active: true });
    expect(res.body).not.toMatch(/argon|password/i);
    expect((await admin('GET', `/api/v1/users/${user.id}`)).json<UserBody>()).toEqual(user);
    await signIn(app, 'ayguli.m');
    const audit = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity_id', '=', user.id)
      .where('action', '=', 'create')
      .executeTakeFirstOrThrow();
    expect(audit.user_id).toBe(adminId);
    expect(JSON.parse(audit.after ?? '{}')).toMatchObject({ username: 'ayguli.m', role: 'cadre' });
    expect(audit.after).not.toMatch(/argon|password/i);
  });

  it('answers 409 when the username is taken', async () => {
    expect((await create({ username: 'taken.name' })).statusCode).toBe(201);
    const again = await create({ username: 'taken.name' });
    expect(again.statusCode).toBe(409);
    expect(again.json<ErrorBody>().error).toMatchObject({
      code: 'conflict',
      message: '用户名“taken.name”已被使用',
    });
  });

  it('names each bad field: username rules, weak password, unknown role, unknown cadre', async () => {
    const res = await create({
      username: 'Bad Name',
      password: 'short',
      role: 'boss',
      cadreId: 'not-a-uuid',
    });
    expect(res.statusCode).toBe(422);
    const fields = res.json<ErrorBody>().error.fields;
    expect(fields.map((f) => f.path).sort()).toEqual(['cadreId', 'password', 'role', 'username']);
    expect(fields.find((f) => f.path === 'username')?.message).toBe(
      '用户名：3–32 位，只能用小写字母、数字和 . _ -，并以字母开头',
    );
    const unknownCadre = await create({
      username: 'no.cadre',
      role: 'cadre',
      cadreId: '01930000-0000-7000-8000-000000000000',
    });
    expect(unknownCadre.statusCode).toBe(422);
    expect(unknownCadre.json<ErrorBody>().error.fields).toEqual([
      { path: 'cadreId', message: '结亲干部：没有这名干部' },
    ]);
    for (const username of ['ab', '1abc', 'a'.repeat(33), 'abc!']) {
      const bad = await create({ username });
      expect(bad.statusCode, username).toBe(422);
    }
  });

  it('lists accounts in username order, page by page, filtered by role', async () => {
    for (const name of ['list.c', 'list.a', 'list.b']) {
      await create({ username: name, role: 'trainer' });
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : '';
      const res = await admin('GET', `/api/v1/users?role=trainer&limit=2${query}`);
      expect(res.statusCode, res.body).toBe(200);
      const page = res.json<{ items: UserBody[]; nextCursor: string | null }>();
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((u) => u.username));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['list.a', 'list.b', 'list.c']);
  });

  it('changes role at once, and deactivation ends every session of the user', async () => {
    const username = await buildUser(t.db, 'leader');
    const cookie = await signIn(app, username);
    const id = (await me(cookie)).json<{ user: UserBody }>().user.id;
    const promoted = await admin('PATCH', `/api/v1/users/${id}`, {
      role: 'coordinator',
      displayName: '新名字',
    });
    expect(promoted.statusCode, promoted.body).toBe(200);
    expect(promoted.json<UserBody>()).toMatchObject({ role: 'coordinator', displayName: '新名字' });
    const now = (await me(cookie)).json<{ permissions: string[] }>().permissions;
    expect(now).toContain('registry.write');

    const off = await admin('PATCH', `/api/v1/users/${id}`, { active: false });
    expect(off.json<UserBody>().active).toBe(false);
    expect((await me(cookie)).statusCode).toBe(401);
    const sessions = await t.db
      .selectFrom('sessions')
      .select('id')
      .where('user_id', '=', id)
      .execute();
    expect(sessions).toEqual([]);
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['before', 'after'])
      .where('entity_id', '=', id)
      .where('action', '=', 'update')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.before ?? '{}')).toMatchObject({ active: true });
    expect(JSON.parse(audit.after ?? '{}')).toMatchObject({ active: false });
  });

  it('refuses to let an administrator deactivate or demote themselves', async () => {
    const off = await admin('PATCH', `/api/v1/users/${adminId}`, { active: false });
    expect(off.statusCode).toBe(409);
    expect(off.json<ErrorBody>().error.code).toBe('conflict');
    const demote = await admin('PATCH', `/api/v1/users/${adminId}`, { role: 'leader' });
    expect(demote.statusCode).toBe(409);
    const rename = await admin('PATCH', `/api/v1/users/${adminId}`, { displayName: '管理员' });
    expect(rename.statusCode).toBe(200);
  });

  it('resets a password: unlocks the account and ends its sessions', async () => {
    const username = await buildUser(t.db, 'finance');
    const cookie = await signIn(app, username);
    const id = (await me(cookie)).json<{ user: UserBody }>().user.id;
    await t.db
      .updateTable('users')
      .set({ locked_until: new Date(Date.now() + 600_000).toISOString() })
      .where('id', '=', id)
      .execute();
    const res = await admin('POST', `/api/v1/users/${id}/reset-password`, {
      password: NEW_PASSWORD,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<UserBody>().lockedUntil).toBeNull();
    expect((await me(cookie)).statusCode).toBe(401);
    await signIn(app, username, NEW_PASSWORD);
    const weak = await admin('POST', `/api/v1/users/${id}/reset-password`, { password: 'abc' });
    expect(weak.statusCode).toBe(422);
    expect(weak.json<ErrorBody>().error.fields[0]?.path).toBe('password');
  });

  it('answers 404 for an unknown account and 403 to anyone but an administrator', async () => {
    const unknown = '01930000-0000-7000-8000-000000000000';
    expect((await admin('GET', `/api/v1/users/${unknown}`)).statusCode).toBe(404);
    expect((await admin('PATCH', `/api/v1/users/${unknown}`, { active: true })).statusCode).toBe(
      404,
    );
    const coordinator = as(app, await signIn(app, await buildUser(t.db, 'coordinator')));
    const attempts = [
      await coordinator('GET', '/api/v1/users'),
      await coordinator('POST', '/api/v1/users', {
        username: 'sneaky',
        displayName: 'x',
        role: 'admin',
        password: TEST_PASSWORD,
      }),
      await coordinator('PATCH', `/api/v1/users/${adminId}`, { active: false }),
      await coordinator('POST', `/api/v1/users/${adminId}/reset-password`, {
        password: NEW_PASSWORD,
      }),
    ];
    expect(attempts.map((r) => r.statusCode)).toEqual([403, 403, 403, 403]);
    const sneaky = await t.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'sneaky')
      .execute();
    expect(sneaky).toEqual([]);
  });
});
