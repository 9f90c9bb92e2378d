/** /api/v1/students: enrollments of household members, and each student's grant history. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { page, zIdParam } from '../../domain/common.schema.js';
import { GrantHistoryEntry, PersonIdParam } from '../../domain/fund/run.schema.js';
import {
  Student,
  StudentCreate,
  StudentListQuery,
  StudentPatch,
  VoidInput,
} from '../../domain/fund/student.schema.js';
import { actorOf } from '../auth/guard.js';
import type { FundDeps } from './fund-deps.js';
import { grantHistory } from './run.service.js';
import {
  correctStudent,
  listStudentsFor,
  readStudent,
  registerStudent,
  voidStudent,
} from './student.service.js';

const tags = ['students'];

export const studentRoutes: FastifyPluginAsyncZod<{ deps: FundDeps }> = async (app, { deps }) => {
  app.get(
    '/students',
    {
      schema: {
        tags,
        summary: 'List students (keyset pages, latest admission first)',
        querystring: StudentListQuery,
        response: { 200: page(Student) },
      },
    },
    async (request) => listStudentsFor(deps, actorOf(request), request.query),
  );
  app.post(
    '/students',
    {
      schema: {
        tags,
        summary: 'Enroll a household member (university, 内高班, 内初班, other)',
        body: StudentCreate,
        response: { 201: Student },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await registerStudent(deps, actorOf(request), request.body)),
  );
  app.get(
    '/students/:id',
    {
      schema: {
        tags,
        summary: 'One enrollment (audited read)',
        params: zIdParam,
        response: { 200: Student },
      },
    },
    async (request) =>
      readStudent(deps, actorOf(request), { id: request.params.id, ip: request.ip }),
  );
  app.patch(
    '/students/:id',
    {
      schema: {
        tags,
        summary: 'Correct an enrollment, or end it with active=false',
        params: zIdParam,
        body: StudentPatch,
        response: { 200: Student },
      },
    },
    async (request) =>
      correctStudent(deps, actorOf(request), { id: request.params.id, patch: request.body }),
  );
  app.post(
    '/students/:id/void',
    {
      schema: {
        tags,
        summary: 'Void an enrollment registered in error',
        params: zIdParam,
        body: VoidInput,
        response: { 200: Student },
      },
    },
    async (request) =>
      voidStudent(deps, actorOf(request), { id: request.params.id, input: request.body }),
  );
  app.get(
    '/students/:personId/grants',
    {
      schema: {
        tags,
        summary: "A student's grant history, by person id (audited read)",
        params: PersonIdParam,
        response: { 200: z.object({ items: z.array(GrantHistoryEntry) }) },
      },
    },
    async (request) => ({
      items: await grantHistory(deps, actorOf(request), {
        personId: request.params.personId,
        ip: request.ip,
      }),
    }),
  );
};
