/** /api/v1/income-records (to be filled in). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteDeps } from '../route-deps.js';

// eslint-disable-next-line @typescript-eslint/require-await
export const incomeRoutes: FastifyPluginAsyncZod<RouteDeps> = async (_app, _deps) => {};
