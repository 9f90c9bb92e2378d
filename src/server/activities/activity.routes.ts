/** /api/v1/activities, activity types, photos (to be filled in). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteDeps } from '../route-deps.js';

// eslint-disable-next-line @typescript-eslint/require-await
export const activityRoutes: FastifyPluginAsyncZod<RouteDeps> = async (_app, _deps) => {};
