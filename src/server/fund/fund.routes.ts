/** /api/v1/fund: ledger, grant rules, grant runs (to be filled in). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteDeps } from '../route-deps.js';

// eslint-disable-next-line @typescript-eslint/require-await
export const fundRoutes: FastifyPluginAsyncZod<RouteDeps> = async (_app, _deps) => {};
