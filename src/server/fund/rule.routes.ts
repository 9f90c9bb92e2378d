/** /api/v1/fund/rules: who qualifies for a study grant and how much per semester. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { page, zIdParam } from '../../domain/common.schema.js';
import { GrantRule, RuleCreate, RuleListQuery, RulePatch } from '../../domain/fund/rule.schema.js';
import { actorOf } from '../auth/guard.js';
import type { FundDeps } from './fund-deps.js';
import { correctRule, createRule, listRulesFor, readRule } from './rule.service.js';

const tags = ['fund'];

export const ruleRoutes: FastifyPluginAsyncZod<{ deps: FundDeps }> = async (app, { deps }) => {
  app.get(
    '/fund/rules',
    {
      schema: {
        tags,
        summary: 'Grant rules (keyset pages, latest first)',
        querystring: RuleListQuery,
        response: { 200: page(GrantRule) },
      },
    },
    async (request) => listRulesFor(deps, actorOf(request), request.query),
  );
  app.post(
    '/fund/rules',
    {
      schema: {
        tags,
        summary: 'Create a grant rule',
        body: RuleCreate,
        response: { 201: GrantRule },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createRule(deps, actorOf(request), request.body)),
  );
  app.get(
    '/fund/rules/:id',
    { schema: { tags, summary: 'One grant rule', params: zIdParam, response: { 200: GrantRule } } },
    async (request) => readRule(deps, actorOf(request), request.params.id),
  );
  app.patch(
    '/fund/rules/:id',
    {
      schema: {
        tags,
        summary: 'Correct a grant rule (amounts are replaced as a whole)',
        params: zIdParam,
        body: RulePatch,
        response: { 200: GrantRule },
      },
    },
    async (request) =>
      correctRule(deps, actorOf(request), { id: request.params.id, patch: request.body }),
  );
};
