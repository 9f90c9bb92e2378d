/** GET /api/v1/households/:id/timeline: everything done with and for a household, newest first. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { page } from '../../domain/common.schema.js';
import { can } from '../../domain/roles.js';
import {
  TimelineEntry,
  TimelineQuery,
  zHouseholdParam,
} from '../../domain/timeline/timeline.schema.js';
import { householdTimeline } from '../../db/timeline.repository.js';
import { actorOf } from '../auth/guard.js';
import { assertCan, visibleHousehold } from '../registry/scope.js';
import type { RouteDeps } from '../route-deps.js';

export const timelineRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { handle }) => {
  app.get(
    '/households/:id/timeline',
    {
      schema: {
        tags: ['households'],
        summary: "A household's timeline across every kind of record, newest first (keyset pages)",
        params: zHouseholdParam,
        querystring: TimelineQuery,
        response: { 200: page(TimelineEntry) },
      },
    },
    async function timeline(request) {
      const actor = actorOf(request);
      assertCan(actor, 'registry.read');
      await visibleHousehold(handle.db, actor, request.params.id);
      // Stories without consent stay with those who may edit them (and the family's own cadre).
      return householdTimeline(handle.db, request.params.id, {
        ...request.query,
        withUnconsentedStories: can(actor.role, 'story.write'),
      });
    },
  );
};
