/** End-to-end harness: build the web app, serve it with the real server on a fresh database, drive Chromium. */
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { serveWebApp } from '../../src/server/static.js';
import { openTestDb, type TestDb } from '../helpers/db.js';

export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = join(process.cwd(), 'test-output', 'screenshots');

/** Whether the browser is here; under CI it must be (a skipped e2e suite would hide failures). */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) {
    return true;
  }
  if (process.env.CI === 'true') {
    throw new Error(`CI=true but ${CHROMIUM} is missing: install Debian's chromium (.ci/run does)`);
  }
  return false;
}

/** The web app built once for this test run by test/e2e/global-setup.ts (never the shared web/dist). */
export function buildWeb(): string {
  return inject('webRoot');
}

export interface E2eServer {
  readonly db: TestDb;
  readonly app: FastifyInstance;
  readonly url: string;
  close(): Promise<void>;
}

/**
 * The real server with the built web app, listening on a free loopback port; `dataDir` (photos)
 * when a test writes files the server must serve, as the demo does.
 */
export async function startE2eServer(options: { dataDir?: string } = {}): Promise<E2eServer> {
  const root = buildWeb();
  const db = await openTestDb('sqlite');
  const app = await buildApp({
    handle: db,
    sessionSecret: 'e2e-secret-e2e-secret-e2e-secret-e2e-0123',
    cookieSecure: 'false',
    dataDir: options.dataDir ?? mkdtempSync(join(tmpdir(), 'bangfu-e2e-')),
    extend: (instance) => serveWebApp(instance, root),
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    db,
    app,
    url: `http://127.0.0.1:${port}`,
    async close() {
      await app.close();
      await db.dispose();
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh browser context (its own cookies) with console errors collected. */
export async function newPage(
  browser: Browser,
  options: {
    viewport?: { width: number; height: number };
    locale?: string;
    /** The browser's time zone (the machine's unless given). */
    timezoneId?: string;
  } = {},
): Promise<{ context: BrowserContext; page: Page; consoleErrors: string[] }> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    locale: options.locale ?? 'zh-CN',
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
    // As a user who asks for less motion: antd's zooms and slides are off. With them on, a click
    // on a dialog still zooming in could miss its button on a loaded machine (5 sign-outs in 25
    // beside a test run; none in 25 with this).
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      consoleErrors.push(msg.text());
    }
  });
  page.on('pageerror', (err) => consoleErrors.push(String(err)));
  return { context, page, consoleErrors };
}

/** Sign in through the login form. */
export async function signInAs(
  page: Page,
  baseUrl: string,
  username: string,
  password: string,
): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
