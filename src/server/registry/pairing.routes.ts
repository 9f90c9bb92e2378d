/** /api/v1/pairings and cadre handover (to be filled in). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteDeps } from '../route-deps.js';

// eslint-disable-next-line @typescript-eslint/require-await
export const pairingRoutes: FastifyPluginAsyncZod<RouteDeps> = async (_app, _deps) => {};
