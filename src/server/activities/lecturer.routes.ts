/** /api/v1/lecturers: paired relatives trained to lecture other villagers. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { page } from '../../domain/common.schema.js';
import {
  Lecturer,
  LecturerCreate,
  LecturerListQuery,
} from '../../domain/activities/lecturer.schema.js';
import type { Db } from '../../db/connect.js';
import { actorOf } from '../auth/guard.js';
import { addLecturer, listLecturersFor } from './lecturer.service.js';

const tags = ['activities'];

export const lecturerRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/lecturers',
    {
      schema: {
        tags,
        summary: 'Relative lecturers, most recently trained first, with lectures led and reach',
        querystring: LecturerListQuery,
        response: { 200: page(Lecturer) },
      },
    },
    async (request) => listLecturersFor(db, actorOf(request), request.query),
  );
  app.post(
    '/lecturers',
    {
      schema: {
        tags,
        summary: 'Flag a person of a paired household as a trained lecturer',
        body: LecturerCreate,
        response: { 201: Lecturer },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addLecturer(db, actorOf(request), request.body)),
  );
};
