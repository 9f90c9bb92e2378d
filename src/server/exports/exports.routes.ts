/** /api/v1/exports (to be filled in). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteDeps } from '../route-deps.js';

export const exportRoutes: FastifyPluginAsyncZod<RouteDeps> = async (_app, _deps) => {};
