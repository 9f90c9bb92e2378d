/** /api/v1/indicators (to be filled in). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteDeps } from '../route-deps.js';

export const indicatorRoutes: FastifyPluginAsyncZod<RouteDeps> = async (_app, _deps) => {};
