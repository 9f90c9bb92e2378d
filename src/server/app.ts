/** buildApp: the whole HTTP API as a fastify instance, separate from listen() so tests inject. */
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySession from '@fastify/session';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { DbHandle } from '../db/connect.js';
import { authRoutes } from './auth/auth.routes.js';
import { loadActor } from './auth/auth.service.js';
import { createSessionStore } from './auth/session-store.js';
import { installErrorHandler } from './http/errors.js';
import { validatorCompiler } from './http/validation.js';
import { apiRoutes } from './api.routes.js';

export interface AppDeps {
  readonly handle: DbHandle;
  readonly sessionSecret: string;
  /** Data directory for files (photos). */
  readonly dataDir: string;
  readonly sessionIdleMinutes?: number;
  readonly cookieSecure?: 'true' | 'false' | 'auto';
  readonly logger?: FastifyServerOptions['logger'];
  /** Proxy addresses whose X-Forwarded-For is believed (fastify's trustProxy); none by default. */
  readonly trustProxy?: FastifyServerOptions['trustProxy'];
  /** Extra plugins (the web app's static files) registered last. */
  readonly extend?: (app: FastifyInstance) => Promise<void>;
}

/** Build the app with every route registered; call `ready()` or `inject()` on it. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger ?? false,
    trustProxy: deps.trustProxy ?? false,
    bodyLimit: 1_048_576,
    ajv: { customOptions: { coerceTypes: false } },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);

  await app.register(fastifyHelmet, { contentSecurityPolicy: false });
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifyCookie);
  const secure = deps.cookieSecure ?? 'auto';
  await app.register(fastifySession, {
    secret: deps.sessionSecret,
    cookieName: 'bangfu_session',
    saveUninitialized: false,
    rolling: true,
    store: createSessionStore(deps.handle.db, {
      idleMinutes: deps.sessionIdleMinutes ?? 30,
      maxHours: 12,
    }),
    cookie: {
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
      secure: secure === 'auto' ? 'auto' : secure === 'true',
      maxAge: (deps.sessionIdleMinutes ?? 30) * 60_000,
    },
  });
  app.decorateRequest('actor', null);
  // Before validation, so a request without a session answers 401 rather than 422.
  app.addHook('preValidation', async function identify(request) {
    const userId = request.session.userId;
    request.actor = userId ? await loadActor(deps.handle.db, userId) : null;
  });

  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'bangfu API', version: '1', description: '帮扶 — paired-assistance programs' },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'bangfu_session' } },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, function openapi() {
    return app.swagger();
  });

  app.get(
    '/api/health',
    {
      schema: {
        tags: ['system'],
        summary: 'Liveness and database check',
        response: {
          200: z.object({ status: z.literal('ok'), database: z.enum(['sqlite', 'postgres']) }),
        },
      },
    },
    async function health() {
      await deps.handle.db.selectFrom('regions').select('code').limit(1).execute();
      return { status: 'ok' as const, database: deps.handle.dialect };
    },
  );

  await app.register(authRoutes, { prefix: '/api/v1', db: deps.handle.db });
  await app.register(apiRoutes, { prefix: '/api/v1', handle: deps.handle, dataDir: deps.dataDir });
  if (deps.extend) {
    await deps.extend(app);
  }
  return app;
}
