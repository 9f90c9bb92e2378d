/** /api/v1/stats (to be filled in). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteDeps } from '../route-deps.js';

export const statsRoutes: FastifyPluginAsyncZod<RouteDeps> = async (_app, _deps) => {};
