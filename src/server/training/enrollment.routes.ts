/** /api/v1/enrollments and their follow-ups at 3, 6 and 12 months. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { page, zIdParam } from '../../domain/common.schema.js';
import {
  Enrollment,
  EnrollmentDetail,
  EnrollmentListQuery,
  EnrollmentPatch,
} from '../../domain/training/enrollment.schema.js';
import { FollowUp, FollowUpInput, FollowUpParams } from '../../domain/training/follow-up.schema.js';
import { VoidInput } from '../../domain/training/record.schema.js';
import type { Db } from '../../db/connect.js';
import { actorOf } from '../auth/guard.js';
import {
  correctEnrollment,
  listEnrollmentsFor,
  readEnrollment,
  voidEnrollment,
} from './enrollment.service.js';
import { putFollowUp, readFollowUp, voidFollowUp } from './follow-up.service.js';

const tags = ['training'];

export const enrollmentRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/enrollments',
    {
      schema: {
        tags,
        summary: 'List trainees, newest first (a cadre: only their paired households)',
        querystring: EnrollmentListQuery,
        response: { 200: page(Enrollment) },
      },
    },
    async (request) => listEnrollmentsFor(db, actorOf(request), request.query),
  );
  app.get(
    '/enrollments/:id',
    {
      schema: {
        tags,
        summary: 'A trainee with credentials and follow-ups',
        params: zIdParam,
        response: { 200: EnrollmentDetail },
      },
    },
    async (request) => readEnrollment(db, actorOf(request), request.params.id),
  );
  app.patch(
    '/enrollments/:id',
    {
      schema: {
        tags,
        summary: 'Record attendance, completion, credentials, recommendation (audited)',
        params: zIdParam,
        body: EnrollmentPatch,
        response: { 200: Enrollment },
      },
    },
    async (request) => correctEnrollment(db, actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/enrollments/:id/void',
    {
      schema: {
        tags,
        summary: 'Void an enrollment; the seat is given back',
        params: zIdParam,
        body: VoidInput,
        response: { 200: Enrollment },
      },
    },
    async (request) => voidEnrollment(db, actorOf(request), request.params.id, request.body.reason),
  );
  app.get(
    '/enrollments/:id/follow-ups/:month',
    {
      schema: {
        tags,
        summary: 'The follow-up at 3, 6 or 12 months',
        params: FollowUpParams,
        response: { 200: FollowUp },
      },
    },
    async (request) =>
      readFollowUp(db, actorOf(request), {
        enrollmentId: request.params.id,
        month: request.params.month,
      }),
  );
  app.put(
    '/enrollments/:id/follow-ups/:month',
    {
      schema: {
        tags,
        summary: 'Record or replace the follow-up at 3, 6 or 12 months (audited)',
        params: FollowUpParams,
        body: FollowUpInput,
        response: { 200: FollowUp, 201: FollowUp },
      },
    },
    async (request, reply) => {
      const target = { enrollmentId: request.params.id, month: request.params.month };
      const result = await putFollowUp(db, actorOf(request), target, request.body);
      return reply.status(result.created ? 201 : 200).send(result.followUp);
    },
  );
  app.post(
    '/enrollments/:id/follow-ups/:month/void',
    {
      schema: {
        tags,
        summary: 'Void a follow-up recorded in error',
        params: FollowUpParams,
        body: VoidInput,
        response: { 200: FollowUp },
      },
    },
    async (request) =>
      voidFollowUp(
        db,
        actorOf(request),
        { enrollmentId: request.params.id, month: request.params.month },
        request.body.reason,
      ),
  );
};
