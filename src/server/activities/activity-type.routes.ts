/** /api/v1/activity-types: the list everyone reads; admins add, rename and deactivate. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { page } from '../../domain/common.schema.js';
import {
  ActivityType,
  ActivityTypeCreate,
  ActivityTypeListQuery,
  ActivityTypePatch,
  zTypeCodeParam,
} from '../../domain/activities/activity-type.schema.js';
import type { Db } from '../../db/connect.js';
import { actorOf } from '../auth/guard.js';
import { addActivityType, changeActivityType, listTypesFor } from './activity-type.service.js';

const tags = ['activity types'];

export const activityTypeRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/activity-types',
    {
      schema: {
        tags,
        summary: 'Activity types in display order (active ones unless includeInactive=true)',
        querystring: ActivityTypeListQuery,
        response: { 200: page(ActivityType) },
      },
    },
    async (request) => listTypesFor(db, actorOf(request), request.query),
  );
  app.post(
    '/activity-types',
    {
      schema: {
        tags,
        summary: 'Add an activity type (lists.manage)',
        body: ActivityTypeCreate,
        response: { 201: ActivityType },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addActivityType(db, actorOf(request), request.body)),
  );
  app.patch(
    '/activity-types/:typeCode',
    {
      schema: {
        tags,
        summary: 'Rename, reorder or (de)activate an activity type (lists.manage)',
        params: zTypeCodeParam,
        body: ActivityTypePatch,
        response: { 200: ActivityType },
      },
    },
    async (request) =>
      changeActivityType(db, actorOf(request), request.params.typeCode, request.body),
  );
};
