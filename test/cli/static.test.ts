import type { FastifyInstance } from 'fastify';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { serveWebApp } from '../../src/server/static.js';
import { dialects, openTestDb, type TestDb } from '../helpers/db.js';

function appOver(t: TestDb, root: string): Promise<FastifyInstance> {
  return buildApp({
    handle: t,
    sessionSecret: 'test-secret-test-secret-test-secret-0123',
    dataDir: mkdtempSync(join(tmpdir(), 'bangfu-static-')),
    extend: (app) => serveWebApp(app, root),
  });
}

describe.each(dialects)('the web root on %s', (dialect) => {
  let t: TestDb;
  let placeholder: FastifyInstance;
  let built: FastifyInstance;

  beforeAll(async () => {
    t = await openTestDb(dialect);
    placeholder = await appOver(t, join(tmpdir(), 'bangfu-no-such-web-dist'));
    const root = mkdtempSync(join(tmpdir(), 'bangfu-web-'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>bangfu web</title>');
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'assets', 'app.js'), 'console.log("bangfu")');
    built = await appOver(t, root);
  });
  afterAll(async () => {
    await placeholder.close();
    await built.close();
    await t.dispose();
  });

  it('shows a small page linking the API docs while the web app is not built', async () => {
    const zh = await placeholder.inject({ method: 'GET', url: '/' });
    expect(zh.statusCode).toBe(200);
    expect(zh.headers['content-type']).toContain('text/html');
    expect(zh.body).toContain('<html lang="zh-CN">');
    expect(zh.body).toContain('href="/api/docs"');
    expect(zh.body).toContain('网页界面尚未构建');
    const en = await placeholder.inject({
      method: 'GET',
      url: '/',
      headers: { 'accept-language': 'en-US,en;q=0.9' },
    });
    expect(en.body).toContain('<html lang="en">');
    expect(en.body).toContain('The web app has not been built yet');
  });

  it('serves the built web app, its client-side routes, and JSON 404s under /api', async () => {
    const index = await built.inject({ method: 'GET', url: '/' });
    expect(index.body).toContain('bangfu web');
    const asset = await built.inject({ method: 'GET', url: '/assets/app.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.body).toContain('console.log');
    const route = await built.inject({ method: 'GET', url: '/households/some-id' });
    expect(route.statusCode).toBe(200);
    expect(route.body).toContain('bangfu web');
    const api = await built.inject({ method: 'GET', url: '/api/v1/no-such-thing' });
    expect(api.statusCode).toBe(404);
    expect(api.json()).toMatchObject({ error: { code: 'not_found' } });
    const health = await built.inject({ method: 'GET', url: '/api/health' });
    expect(health.json()).toEqual({ status: 'ok', database: dialect });
  });
});
