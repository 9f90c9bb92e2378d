/** /api/v1/cooperatives, products, certifications, sales, tourism, collective income, stories (to be filled in). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteDeps } from '../route-deps.js';

// eslint-disable-next-line @typescript-eslint/require-await
export const industryRoutes: FastifyPluginAsyncZod<RouteDeps> = async (_app, _deps) => {};
