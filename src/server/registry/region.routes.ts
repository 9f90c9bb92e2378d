/** /api/v1/regions and /api/v1/villages (to be filled in). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteDeps } from '../route-deps.js';

// eslint-disable-next-line @typescript-eslint/require-await
export const regionRoutes: FastifyPluginAsyncZod<RouteDeps> = async (_app, _deps) => {};
