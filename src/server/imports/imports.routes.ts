/** /api/v1/imports (to be filled in). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteDeps } from '../route-deps.js';

export const importRoutes: FastifyPluginAsyncZod<RouteDeps> = async (_app, _deps) => {};
