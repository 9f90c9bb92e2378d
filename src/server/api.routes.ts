/** Every API route under /api/v1, one plugin per feature. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditRoutes } from './accounts/audit.routes.js';
import { userRoutes } from './accounts/user.routes.js';
import { activityRoutes } from './activities/activity.routes.js';
import { assistanceRoutes } from './assistance/assistance.routes.js';
import { fundRoutes } from './fund/fund.routes.js';
import { industryRoutes } from './industry/industry.routes.js';
import { householdRoutes } from './registry/household.routes.js';
import { incomeRoutes } from './registry/income.routes.js';
import { orgRoutes } from './registry/org.routes.js';
import { pairingRoutes } from './registry/pairing.routes.js';
import { regionRoutes } from './registry/region.routes.js';
import { actorOf } from './auth/guard.js';
import type { RouteDeps } from './route-deps.js';
import { exportRoutes } from './exports/exports.routes.js';
import { importRoutes } from './imports/imports.routes.js';
import { indicatorRoutes } from './indicators/indicators.routes.js';
import { reportRoutes } from './reports/reports.routes.js';
import { statsRoutes } from './stats/stats.routes.js';
import { timelineRoutes } from './timeline/timeline.routes.js';
import { trainingRoutes } from './training/training.routes.js';
import { cardRoutes } from './cards/cards.routes.js';

const FEATURES = [
  regionRoutes,
  orgRoutes,
  pairingRoutes,
  incomeRoutes,
  userRoutes,
  auditRoutes,
  activityRoutes,
  assistanceRoutes,
  fundRoutes,
  trainingRoutes,
  industryRoutes,
  timelineRoutes,
  statsRoutes,
  indicatorRoutes,
  reportRoutes,
  exportRoutes,
  importRoutes,
  cardRoutes,
] as const;

export const apiRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, deps) => {
  // Every feature route needs a signed-in user; checked before the input is validated.
  app.addHook('preValidation', async function requireSignedIn(request) {
    actorOf(request);
  });
  await app.register(householdRoutes, { db: deps.handle.db });
  for (const feature of FEATURES) {
    // Pass only our deps: the options we received also carry the /api/v1 prefix.
    await app.register(feature, { handle: deps.handle, dataDir: deps.dataDir });
  }
};
