/** /api/v1/courses: auth → validated input → one service call → the response schema. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { page, zIdParam } from '../../domain/common.schema.js';
import {
  Course,
  CourseCreate,
  CourseListQuery,
  CoursePatch,
} from '../../domain/training/course.schema.js';
import { Enrollment, EnrollmentCreate } from '../../domain/training/enrollment.schema.js';
import { VoidInput } from '../../domain/training/record.schema.js';
import type { Db } from '../../db/connect.js';
import { actorOf } from '../auth/guard.js';
import {
  correctCourse,
  createCourse,
  listCoursesFor,
  visibleCourse,
  voidCourse,
} from './course.service.js';
import { enroll } from './enrollment.service.js';

const tags = ['training'];

export const courseRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/courses',
    {
      schema: {
        tags,
        summary: 'List courses, newest first (filters: village, from, to, skill, placeKind)',
        querystring: CourseListQuery,
        response: { 200: page(Course) },
      },
    },
    async (request) => listCoursesFor(db, actorOf(request), request.query),
  );
  app.post(
    '/courses',
    {
      schema: { tags, summary: 'Create a course', body: CourseCreate, response: { 201: Course } },
    },
    async (request, reply) =>
      reply.status(201).send(await createCourse(db, actorOf(request), request.body)),
  );
  app.get(
    '/courses/:id',
    { schema: { tags, summary: 'A course', params: zIdParam, response: { 200: Course } } },
    async (request) => visibleCourse(db, actorOf(request), request.params.id),
  );
  app.patch(
    '/courses/:id',
    {
      schema: {
        tags,
        summary: 'Correct a course (audited)',
        params: zIdParam,
        body: CoursePatch,
        response: { 200: Course },
      },
    },
    async (request) => correctCourse(db, actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/courses/:id/void',
    {
      schema: {
        tags,
        summary: 'Void a course entered in error',
        params: zIdParam,
        body: VoidInput,
        response: { 200: Course },
      },
    },
    async (request) => voidCourse(db, actorOf(request), request.params.id, request.body.reason),
  );
  app.post(
    '/courses/:id/enrollments',
    {
      schema: {
        tags,
        summary: 'Enroll a household member (409 when full or already enrolled)',
        params: zIdParam,
        body: EnrollmentCreate,
        response: { 201: Enrollment },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await enroll(db, actorOf(request), request.params.id, request.body)),
  );
};
