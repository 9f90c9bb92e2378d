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
import { buildTestApp } from './helpers/app.js';
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
});
