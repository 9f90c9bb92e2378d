/** The study fund 爱心·梦想 under /api/v1: students, ledger, grant rules and grant runs. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteDeps } from '../route-deps.js';
import { systemClock, type FundDeps } from './fund-deps.js';
import { ledgerRoutes } from './ledger.routes.js';
import { ruleRoutes } from './rule.routes.js';
import { runRoutes } from './run.routes.js';
import { studentRoutes } from './student.routes.js';

export const fundRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { handle }) => {
  const deps: FundDeps = { db: handle.db, clock: systemClock };
  for (const feature of [studentRoutes, ledgerRoutes, ruleRoutes, runRoutes]) {
    await app.register(feature, { deps });
  }
};
