/** /api/v1/assistance, /donation-items and the five-ones /campaigns. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteDeps } from '../route-deps.js';
import { assistanceRecordRoutes } from './assistance-record.routes.js';
import { campaignRoutes } from './campaign.routes.js';
import { donationItemRoutes } from './donation-item.routes.js';

export const assistanceRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, deps) => {
  const db = deps.handle.db;
  await app.register(assistanceRecordRoutes, { db });
  await app.register(donationItemRoutes, { db });
  await app.register(campaignRoutes, { db });
};
