import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/server/app.js';
import { as, buildTestApp, signIn } from './helpers/app.js';
import { buildUser, buildVillage, householdInput } from './helpers/builders.js';
import { dialects, openTestDb, type TestDb } from './helpers/db.js';

interface ErrorBody {
  error: { code: string; message: string; fields: { path: string; message: string }[] };
}

/** The one shape of every error: exactly {error: {code, message, fields}}. */
function expectErrorShape(res: LightMyRequestResponse, status: number, code: string): ErrorBody {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toMatch(/application\/json/);
  const body = res.json<ErrorBody>();
  expect(Object.keys(body)).toEqual(['error']);
  expect(Object.keys(body.error).sort()).toEqual(['code', 'fields', 'message']);
  expect(body.error.code).toBe(code);
  expect(body.error.message).toEqual(expect.any(String));
  expect(body.error.message.length).toBeGreaterThan(0);
  expect(Array.isArray(body.error.fields)).toBe(true);
  return body;
}

describe.each(dialects)('error answers on %s', (dialect) => {
  let t: TestDb;
  let app: FastifyInstance;
  let cookie: string;
  let coordinator: ReturnType<typeof as>;

  beforeAll(async () => {
    t = await openTestDb(dialect);
    app = await buildApp({
      handle: t,
      sessionSecret: 'test-secret-test-secret-test-secret-0123',
      cookieSecure: 'false',
      dataDir: mkdtempSync(join(tmpdir(), 'bangfu-test-')),
      // A route that fails the way a bug would, to see what the client is told.
      extend: async (instance) => {
        instance.get('/api/v1/test-crash', () => {
          throw new Error('secret detail: password_hash column');
        });
        await Promise.resolve();
      },
    });
    await app.ready();
    await buildVillage(t.db);
    cookie = await signIn(app, await buildUser(t.db, 'coordinator'));
    coordinator = as(app, cookie);
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('answers malformed JSON with 400 bad_request', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/households',
      headers: { cookie, 'content-type': 'application/json' },
      payload: '{"villageCode": "653021203201", members: [',
    });
    const body = expectErrorShape(res, 400, 'bad_request');
    expect(body.error.message).toBe('请求体不是合法的 JSON');
  });

  it('answers an unknown route with a 404 JSON error', async () => {
    for (const url of ['/api/v1/no-such-thing', '/api/v2/households', '/api/v1/households/x/y/z']) {
      const body = expectErrorShape(await coordinator('GET', url), 404, 'not_found');
      expect(body.error.fields).toEqual([]);
    }
    expectErrorShape(await app.inject({ method: 'DELETE', url: '/api/v1/me' }), 404, 'not_found');
  });

  it('answers an unknown body field with 422 naming it, in Chinese and in English', async () => {
    const input = { ...householdInput(), nickname: 'x' };
    const zh = expectErrorShape(
      await coordinator('POST', '/api/v1/households', input),
      422,
      'validation',
    );
    expect(zh.error.fields).toEqual([
      { path: 'nickname', message: 'nickname：不接受此字段，请删除' },
    ]);
    const nested = householdInput();
    const withExtra = { ...nested, members: [{ ...nested.members[0], religion: 'x' }] };
    const deep = await coordinator('POST', '/api/v1/households', withExtra, {
      'accept-language': 'en-US,en;q=0.9',
    });
    expect(expectErrorShape(deep, 422, 'validation').error.fields).toEqual([
      {
        path: 'members.0.religion',
        message: 'religion: this field is not accepted here; remove it',
      },
    ]);
  });

  it('answers a bad cursor with 422 on cursor', async () => {
    for (const cursor of ['garbage', Buffer.from('[1,2,3]').toString('base64url'), 'eyJ']) {
      const res = await coordinator('GET', `/api/v1/households?cursor=${cursor}`);
      const body = expectErrorShape(res, 422, 'validation');
      expect(body.error.fields.map((f) => f.path)).toEqual(['cursor']);
      expect(body.error.fields[0]?.message).toMatch(/^分页游标：/);
    }
  });

  it('speaks English when Accept-Language prefers it, and Chinese otherwise', async () => {
    const bad = { villageCode: '65', members: [] };
    const headers = [
      [{ 'accept-language': 'en' }, 'en'],
      [{ 'accept-language': 'en-GB;q=0.9, zh-CN;q=0.5' }, 'en'],
      [{ 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' }, 'zh'],
      [{ 'accept-language': 'fr, en;q=0' }, 'zh'],
      [{}, 'zh'],
    ] as const;
    for (const [header, language] of headers) {
      const res = await coordinator('POST', '/api/v1/households', bad, { ...header });
      const body = expectErrorShape(res, 422, 'validation');
      const members = body.error.fields.find((f) => f.path === 'members')?.message;
      expect(members, JSON.stringify(header)).toBe(
        language === 'en' ? 'Members: at least 1 items' : '家庭成员：至少 1 项',
      );
      expect(body.error.message).toBe(
        language === 'en'
          ? 'Some input is not valid; correct it as shown and try again'
          : '输入有误，请按提示修改后重试',
      );
    }
  });

  it('names a missing body and missing fields as required', async () => {
    const empty = await app.inject({
      method: 'POST',
      url: '/api/v1/households',
      headers: { cookie },
    });
    expect(expectErrorShape(empty, 422, 'validation').error.fields).toEqual([
      { path: 'body', message: '请求体：必填' },
    ]);
    const partial = await coordinator('POST', '/api/v1/households', { members: [] });
    expect(expectErrorShape(partial, 422, 'validation').error.fields).toContainEqual({
      path: 'villageCode',
      message: '所在村：必填',
    });
  });

  it('keeps the shape for 401, 403, 413, 415 and a taken ID number too', async () => {
    expectErrorShape(
      await app.inject({ method: 'GET', url: '/api/v1/me' }),
      401,
      'unauthenticated',
    );
    expectErrorShape(await coordinator('GET', '/api/v1/users'), 403, 'forbidden');
    const input = householdInput();
    expect((await coordinator('POST', '/api/v1/households', input)).statusCode).toBe(201);
    const again = await coordinator('POST', '/api/v1/households', input);
    const taken = expectErrorShape(again, 422, 'validation');
    expect(taken.error.fields.map((f) => f.path)).toEqual(['members.0.idNumber']);
    const text = await app.inject({
      method: 'POST',
      url: '/api/v1/households',
      headers: { cookie, 'content-type': 'application/xml' },
      payload: '<household/>',
    });
    expectErrorShape(text, 415, 'unsupported_media');
    const huge = await app.inject({
      method: 'POST',
      url: '/api/v1/households',
      headers: { cookie, 'content-type': 'application/json' },
      payload: JSON.stringify({ address: 'x'.repeat(1_100_000) }),
    });
    expectErrorShape(huge, 413, 'too_large');
  });

  it('hides an unexpected error behind a generic 500', async () => {
    const res = await coordinator('GET', '/api/v1/test-crash');
    const body = expectErrorShape(res, 500, 'internal');
    expect(body.error.message).toBe('服务器内部错误，请稍后重试；如持续出现请联系管理员');
    expect(res.body).not.toContain('secret');
  });
});

describe('rate limit on sign-in', () => {
  let t: TestDb;
  let app: FastifyInstance;

  beforeAll(async () => {
    t = await openTestDb('sqlite');
    app = await buildTestApp(t);
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('answers 429 rate_limited after 30 sign-in attempts a minute from one address', async () => {
    const attempt = () =>
      app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress: '203.0.113.9',
        payload: { username: 'nobody', password: 'wrong' },
      });
    const statuses: number[] = [];
    for (let i = 0; i < 30; i += 1) {
      statuses.push((await attempt()).statusCode);
    }
    expect(new Set(statuses)).toEqual(new Set([401]));
    const limited = await attempt();
    const body = expectErrorShape(limited, 429, 'rate_limited');
    expect(body.error.message).toBe('请求过于频繁，请稍后再试');
    const other = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress: '203.0.113.10',
      payload: { username: 'nobody', password: 'wrong' },
    });
    expect(other.statusCode).toBe(401);
  });
});
