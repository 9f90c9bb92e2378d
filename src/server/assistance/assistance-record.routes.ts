/** /api/v1/assistance: every kind of help given; routes do auth → validate → one service call → present. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { page, zIdParam } from '../../domain/common.schema.js';
import { AssistanceRecord } from '../../domain/assistance/assistance-record.schema.js';
import {
  AssistanceCreate,
  AssistanceListQuery,
  AssistancePatch,
  VoidInput,
} from '../../domain/assistance/assistance.schema.js';
import type { Db } from '../../db/connect.js';
import { actorOf } from '../auth/guard.js';
import { IdempotencyHeaders, requestKeyOf } from '../request-keys.js';
import {
  correctAssistance,
  listAssistance,
  readAssistance,
  recordOneAssistance,
  voidAssistanceRecord,
} from './assistance.service.js';

const tags = ['assistance'];

export const assistanceRecordRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.post(
    '/assistance',
    {
      schema: {
        tags,
        summary:
          'Record help given: a job, medical aid, health check, donation, project, loan or good deed',
        headers: IdempotencyHeaders,
        body: AssistanceCreate,
        response: { 201: AssistanceRecord },
      },
    },
    async (request, reply) => {
      const key = requestKeyOf(request.headers['idempotency-key'], request.body);
      const { record, replayed } = await recordOneAssistance(
        db,
        actorOf(request),
        request.body,
        key,
      );
      if (replayed) {
        reply.header('idempotent-replayed', 'true');
      }
      return reply.status(201).send(record);
    },
  );
  app.get(
    '/assistance',
    {
      schema: {
        tags,
        summary: 'List assistance records, newest first (keyset pages), with filters',
        querystring: AssistanceListQuery,
        response: { 200: page(AssistanceRecord) },
      },
    },
    async (request) => listAssistance(db, actorOf(request), request.query),
  );
  app.get(
    '/assistance/:id',
    {
      schema: {
        tags,
        summary: 'One assistance record (reading medical aid is audited)',
        params: zIdParam,
        response: { 200: AssistanceRecord },
      },
    },
    async (request) => readAssistance(db, actorOf(request), request.params.id, request.ip),
  );
  app.patch(
    '/assistance/:id',
    {
      schema: {
        tags,
        summary: 'Correct a record; `kind` must name its kind, which never changes',
        params: zIdParam,
        body: AssistancePatch,
        response: { 200: AssistanceRecord },
      },
    },
    async (request) => correctAssistance(db, actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/assistance/:id/void',
    {
      schema: {
        tags,
        summary: 'Void a record with a reason; it drops out of lists unless ?includeVoided=true',
        params: zIdParam,
        body: VoidInput,
        response: { 200: AssistanceRecord },
      },
    },
    async (request) =>
      voidAssistanceRecord(db, actorOf(request), request.params.id, request.body.reason),
  );
};
