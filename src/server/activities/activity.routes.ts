/** /api/v1/activities (+ cascade), and the plugins for activity types, lecturers and photos. */
import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { page, zIdParam } from '../../domain/common.schema.js';
import {
  ActivityCreate,
  ActivityDetail,
  ActivityListQuery,
  ActivityPatch,
  ActivitySummary,
  Cascade,
  CascadeQuery,
  LatestActivity,
  LatestQuery,
  VoidInput,
} from '../../domain/activities/activity.schema.js';
import { MAX_PHOTO_BYTES } from '../../domain/activities/photo.schema.js';
import type { Db } from '../../db/connect.js';
import { actorOf } from '../auth/guard.js';
import { IdempotencyHeaders, requestKeyOf } from '../request-keys.js';
import type { RouteDeps } from '../route-deps.js';
import { activityTypeRoutes } from './activity-type.routes.js';
import {
  activityCascade,
  correctActivity,
  latestActivitiesFor,
  listActivitiesFor,
  readActivity,
  recordActivityOnce,
  voidActivityFor,
} from './activity.service.js';
import { lecturerRoutes } from './lecturer.routes.js';
import { photoRoutes } from './photo.routes.js';

const tags = ['activities'];

const activityOnlyRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/activities',
    {
      schema: {
        tags,
        summary: 'List activities, newest first (keyset pages); void ones only with includeVoided',
        querystring: ActivityListQuery,
        response: { 200: page(ActivitySummary) },
      },
    },
    async (request) => listActivitiesFor(db, actorOf(request), request.query),
  );
  app.get(
    '/activities/cascade',
    {
      schema: {
        tags,
        summary:
          'Cadre → relative → villager: activities led by cadres, by relative lecturers, reach',
        querystring: CascadeQuery,
        response: { 200: Cascade },
      },
    },
    async (request) => activityCascade(db, actorOf(request), request.query),
  );
  app.get(
    '/activities/latest',
    {
      schema: {
        tags,
        summary:
          'The newest activity of a type at or with each named household (e.g. last home visits), in one request',
        querystring: LatestQuery,
        response: { 200: z.object({ items: z.array(LatestActivity) }) },
      },
    },
    async (request) => latestActivitiesFor(db, actorOf(request), request.query),
  );
  app.post(
    '/activities',
    {
      schema: {
        tags,
        summary: 'Record an activity',
        headers: IdempotencyHeaders,
        body: ActivityCreate,
        response: { 201: ActivityDetail },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const key = requestKeyOf(request.headers['idempotency-key'], request.body);
      const { id, replayed } = await recordActivityOnce(db, actor, request.body, key);
      if (replayed) {
        reply.header('idempotent-replayed', 'true');
      }
      return reply.status(201).send(await readActivity(db, actor, id));
    },
  );
  app.get(
    '/activities/:id',
    {
      schema: {
        tags,
        summary: 'An activity with participants and photos',
        params: zIdParam,
        response: { 200: ActivityDetail },
      },
    },
    async (request) => readActivity(db, actorOf(request), request.params.id),
  );
  app.patch(
    '/activities/:id',
    {
      schema: {
        tags,
        summary: 'Correct an activity (partial; participant lists given replace the stored ones)',
        params: zIdParam,
        body: ActivityPatch,
        response: { 200: ActivityDetail },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await correctActivity(db, actor, request.params.id, request.body);
      return readActivity(db, actor, request.params.id);
    },
  );
  app.post(
    '/activities/:id/void',
    {
      schema: {
        tags,
        summary: 'Void an activity with a reason (it leaves lists, stays readable)',
        params: zIdParam,
        body: VoidInput,
        response: { 200: ActivityDetail },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      await voidActivityFor(db, actor, request.params.id, request.body.reason);
      return readActivity(db, actor, request.params.id);
    },
  );
};

export const activityRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, deps) => {
  // Multipart only for this feature's routes; the upload limit is checked again while reading.
  await app.register(fastifyMultipart, { limits: { fileSize: MAX_PHOTO_BYTES, files: 1 } });
  const db = deps.handle.db;
  await app.register(activityTypeRoutes, { db });
  await app.register(activityOnlyRoutes, { db });
  await app.register(lecturerRoutes, { db });
  await app.register(photoRoutes, { db, dataDir: deps.dataDir });
};
