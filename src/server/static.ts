/** The web app's files from web/dist when it is built; otherwise a small page at / linking the API docs. */
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../domain/errors.js';
import { pickLocale, translate } from '../domain/messages/i18n.js';

/** The folder holding package.json, found from this file (src/server or dist/src/server). */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) {
      return process.cwd();
    }
    dir = parent;
  }
  return dir;
}

/** Where the built web app lives: web/dist under the package. */
export function defaultWebRoot(): string {
  return join(packageRoot(), 'web', 'dist');
}

/** The page shown at / while the web app is not built, in the reader's language. */
export function homePage(acceptLanguage: string | undefined): string {
  const locale = pickLocale(acceptLanguage);
  const t = (key: string) => translate(locale, key);
  return [
    '<!doctype html>',
    `<html lang="${locale}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${t('cli.page.title')}</title></head>`,
    '<body style="font-family: sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem">',
    `<h1>${t('cli.page.title')}</h1>`,
    `<p>${t('cli.page.body')} <a href="/api/docs">${t('cli.page.docs')}</a></p>`,
    '</body></html>',
  ].join('\n');
}

async function serveBuiltApp(app: FastifyInstance, root: string): Promise<void> {
  await app.register(fastifyStatic, { root, wildcard: false, index: 'index.html' });
  // Client-side routes (/households/…) get the app's index.html; unknown API paths stay JSON 404s.
  app.get(
    '/*',
    { schema: { hide: true } },
    function webAppRoute(request: FastifyRequest, reply: FastifyReply) {
      if (request.url.startsWith('/api/')) {
        throw new AppError('not_found');
      }
      return reply.sendFile('index.html');
    },
  );
}

/** Register the web app (or the placeholder page) on the app; pass as buildApp's `extend`. */
export async function serveWebApp(app: FastifyInstance, root = defaultWebRoot()): Promise<void> {
  if (existsSync(join(root, 'index.html'))) {
    await serveBuiltApp(app, root);
    return;
  }
  app.get(
    '/',
    { schema: { hide: true } },
    function home(request: FastifyRequest, reply: FastifyReply) {
      return reply
        .type('text/html; charset=utf-8')
        .send(homePage(request.headers['accept-language']));
    },
  );
}
