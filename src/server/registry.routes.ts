/** Every registry route under /api/v1. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { DbHandle } from '../db/connect.js';
import { householdRoutes } from './registry/household.routes.js';

export const registryRoutes: FastifyPluginAsyncZod<{ handle: DbHandle }> = async (
  app,
  { handle },
) => {
  await app.register(householdRoutes, { db: handle.db });
};
