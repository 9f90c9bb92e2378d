/** /api/v1/fund/runs: per-semester grant runs, draft → submitted → approved | rejected. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { page, zIdParam } from '../../domain/common.schema.js';
import {
  GrantRun,
  GrantRunDetail,
  RunApproval,
  RunCreate,
  RunListQuery,
  RunRejection,
} from '../../domain/fund/run.schema.js';
import { actorOf } from '../auth/guard.js';
import type { FundDeps } from './fund-deps.js';
import { approveRun, rejectRun, submitRun } from './run-decision.service.js';
import { buildRun, listRunsFor, readRun } from './run.service.js';

const tags = ['fund'];

export const runRoutes: FastifyPluginAsyncZod<{ deps: FundDeps }> = async (app, { deps }) => {
  app.get(
    '/fund/runs',
    {
      schema: {
        tags,
        summary: 'Grant runs (keyset pages, newest first)',
        querystring: RunListQuery,
        response: { 200: page(GrantRun) },
      },
    },
    async (request) => listRunsFor(deps, actorOf(request), request.query),
  );
  app.post(
    '/fund/runs',
    {
      schema: {
        tags,
        summary: "Build a semester's draft run from the registry and the rule",
        body: RunCreate,
        response: { 201: GrantRunDetail },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const id = await buildRun(deps, actor, request.body);
      return reply.status(201).send(await readRun(deps, actor, { id, ip: request.ip }));
    },
  );
  app.get(
    '/fund/runs/:id',
    {
      schema: {
        tags,
        summary: 'A run with its grant lines (audited read)',
        params: zIdParam,
        response: { 200: GrantRunDetail },
      },
    },
    async (request) => readRun(deps, actorOf(request), { id: request.params.id, ip: request.ip }),
  );
  app.post(
    '/fund/runs/:id/submit',
    {
      schema: {
        tags,
        summary: 'Send a draft run for approval',
        params: zIdParam,
        response: { 200: GrantRun },
      },
    },
    async (request) => submitRun(deps, actorOf(request), request.params.id),
  );
  app.post(
    '/fund/runs/:id/approve',
    {
      schema: {
        tags,
        summary: 'Approve and pay (finance, not the maker): all payments or none',
        params: zIdParam,
        body: RunApproval,
        response: { 200: GrantRun },
      },
    },
    async (request) =>
      approveRun(deps, actorOf(request), { id: request.params.id, input: request.body }),
  );
  app.post(
    '/fund/runs/:id/reject',
    {
      schema: {
        tags,
        summary: 'Reject a submitted run (finance, not the maker)',
        params: zIdParam,
        body: RunRejection,
        response: { 200: GrantRun },
      },
    },
    async (request) =>
      rejectRun(deps, actorOf(request), { id: request.params.id, input: request.body }),
  );
};
