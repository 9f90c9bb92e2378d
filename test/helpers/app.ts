/** An app over a test database, and signing in through the real login route. */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../../src/server/app.js';
import type { TestDb } from './db.js';
import { TEST_PASSWORD } from './builders.js';

export async function buildTestApp(handle: TestDb): Promise<FastifyInstance> {
  const app = await buildApp({
    handle,
    sessionSecret: 'test-secret-test-secret-test-secret-0123',
    cookieSecure: 'false',
    dataDir: mkdtempSync(join(tmpdir(), 'bangfu-test-')),
  });
  await app.ready();
  return app;
}

/** Sign in and return the cookie header to send with later requests. */
export async function signIn(
  app: FastifyInstance,
  username: string,
  password = TEST_PASSWORD,
): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
  });
  if (res.statusCode !== 200) {
    throw new Error(`sign-in of ${username} failed: ${res.statusCode} ${res.body}`);
  }
  return cookieOf(res);
}

export function cookieOf(res: LightMyRequestResponse): string {
  const set = res.headers['set-cookie'];
  const first = Array.isArray(set) ? set[0] : set;
  return (first ?? '').split(';')[0] ?? '';
}

/** A request helper bound to a cookie. */
export function as(app: FastifyInstance, cookie: string) {
  return (
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ) =>
    app.inject({
      method,
      url,
      headers: { cookie, ...headers },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
}
