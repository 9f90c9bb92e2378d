/**
 * SQLite has one writer. While another connection holds it (a roster import's transaction runs in
 * a worker thread over its own connection), a write waits five seconds and is then answered 503
 * "busy" with a message to try again, not a 500; once the writer commits, writes go through.
 */
import Sqlite from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type DbHandle } from '../src/db/connect.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { buildTestApp, signIn } from './helpers/app.js';
import { buildUser, TEST_PASSWORD } from './helpers/builders.js';

describe('a write while SQLite is busy with another writer', () => {
  let handle: DbHandle;
  let app: FastifyInstance;
  let other: Sqlite.Database;
  let username: string;

  beforeAll(async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'bangfu-busy-')), 'bangfu.db');
    handle = connect({ url: file });
    await migrateToLatest(handle.db);
    username = await buildUser(handle.db, 'coordinator');
    app = await buildTestApp({ ...handle, dispose: () => handle.close() });
    other = new Sqlite(file);
  });

  afterAll(async () => {
    other.close();
    await app.close();
    await handle.close();
  });

  it('answers 503 busy in the user’s language, and works again once the writer is done', async () => {
    other.exec('BEGIN IMMEDIATE');
    const login = () =>
      app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { 'accept-language': 'zh-CN' },
        payload: { username, password: TEST_PASSWORD },
      });
    const busy = await login();
    expect(busy.statusCode, busy.body).toBe(503);
    const body = busy.json<{ error: { code: string; message: string } }>();
    expect(body.error.code).toBe('busy');
    expect(body.error.message).toContain('请几分钟后再试');
    other.exec('ROLLBACK');
    expect((await login()).statusCode).toBe(200);
  }, 20_000);

  it('still answers a signed-in read: only the session’s time would be written, and it waits', async () => {
    const cookie = await signIn(app, username);
    const me = () => app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });
    const session = () =>
      handle.db
        .selectFrom('sessions')
        .select(['last_seen_at', 'expires_at'])
        .where('data', 'like', '%userId%')
        .orderBy('created_at', 'desc')
        .executeTakeFirstOrThrow();
    other.exec('BEGIN IMMEDIATE');
    try {
      // Written at sign-in a moment ago: the read does not try to write it at all.
      expect((await me()).statusCode).toBe(200);
    } finally {
      other.exec('ROLLBACK');
    }
    const old = new Date(Date.now() - 2 * 60_000).toISOString();
    await handle.db.updateTable('sessions').set({ last_seen_at: old }).execute();
    const stale = await session();
    other.exec('BEGIN IMMEDIATE');
    try {
      // Due for a touch, which waits out the busy timeout and is let go: the read still answers.
      expect((await me()).statusCode).toBe(200);
    } finally {
      other.exec('ROLLBACK');
    }
    expect(await session()).toEqual(stale);
    expect((await me()).statusCode).toBe(200);
    expect(await session()).not.toEqual(stale);
  }, 20_000);
});
