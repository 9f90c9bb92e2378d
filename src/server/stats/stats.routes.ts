/** /api/v1/stats: the figures of the home dashboard (measures.read; cadres see their own households). */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../auth/guard.js';
import type { RouteDeps } from '../route-deps.js';
import { StatsOverview, StatsQuery } from './stats.schema.js';
import { statsOverview } from './stats.service.js';

export const statsRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { handle }) => {
  app.get(
    '/stats/overview',
    {
      schema: {
        tags: ['stats'],
        summary:
          'Households by status, lead cadres, visits and activities by month, help by kind, training, fund and industry this year',
        querystring: StatsQuery,
        response: { 200: StatsOverview },
      },
    },
    async function readStatsOverview(request) {
      return statsOverview(handle.db, actorOf(request), request.query);
    },
  );
};
