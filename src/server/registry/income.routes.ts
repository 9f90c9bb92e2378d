/** /api/v1/income-records: auth → validate → one service call → present. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { page, zIdParam } from '../../domain/common.schema.js';
import {
  IncomeCreate,
  IncomeListQuery,
  IncomePatch,
  IncomeRecord,
} from '../../domain/registry/income.schema.js';
import { actorOf } from '../auth/guard.js';
import type { RouteDeps } from '../route-deps.js';
import {
  correctIncome,
  listIncomeFor,
  readIncome,
  recordIncome,
  removeIncome,
} from './income.service.js';

export const incomeRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { handle }) => {
  const db = handle.db;
  const tags = ['income'];
  app.get(
    '/income-records',
    {
      schema: {
        tags,
        summary: 'List yearly income records, newest year first (keyset pages)',
        querystring: IncomeListQuery,
        response: { 200: page(IncomeRecord) },
      },
    },
    async (request) => listIncomeFor(db, actorOf(request), request.query),
  );
  app.get(
    '/income-records/:id',
    {
      schema: {
        tags,
        summary: 'One income record with total and per-capita income',
        params: zIdParam,
        response: { 200: IncomeRecord },
      },
    },
    async (request) => readIncome(db, actorOf(request), request.params.id),
  );
  app.post(
    '/income-records',
    {
      schema: {
        tags,
        summary: "Record a household's income for a year (one per household and year)",
        body: IncomeCreate,
        response: { 201: IncomeRecord },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await recordIncome(db, actorOf(request), request.body)),
  );
  app.patch(
    '/income-records/:id',
    {
      schema: {
        tags,
        summary: 'Correct amounts or household size',
        params: zIdParam,
        body: IncomePatch,
        response: { 200: IncomeRecord },
      },
    },
    async (request) => correctIncome(db, actorOf(request), request.params.id, request.body),
  );
  app.delete(
    '/income-records/:id',
    {
      schema: {
        tags,
        summary: 'Remove a record entered in error (coordinators and admins)',
        params: zIdParam,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await removeIncome(db, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
