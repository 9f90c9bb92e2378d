/** /api/v1/assistance and the five-ones campaigns (to be filled in). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteDeps } from '../route-deps.js';

// eslint-disable-next-line @typescript-eslint/require-await
export const assistanceRoutes: FastifyPluginAsyncZod<RouteDeps> = async (_app, _deps) => {};
