/** /api/v1/campaigns: the five-ones (五个一) campaign, its checklists, items and progress. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { page, zIdParam } from '../../domain/common.schema.js';
import {
  Campaign,
  CampaignCreate,
  CampaignListQuery,
  Checklist,
  ChecklistItem,
  ChecklistListQuery,
  ItemParams,
  ItemUpdate,
  Progress,
  ProgressQuery,
} from '../../domain/assistance/campaign.schema.js';
import type { Db } from '../../db/connect.js';
import { actorOf } from '../auth/guard.js';
import {
  createCampaign,
  listCampaignsFor,
  listChecklistsFor,
  progressOf,
  readCampaign,
  tickItem,
} from './campaign.service.js';

const tags = ['campaigns'];

export const campaignRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.post(
    '/campaigns',
    {
      schema: {
        tags,
        summary: 'Start a five-ones campaign: one checklist for every current pairing',
        body: CampaignCreate,
        response: { 201: Campaign },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createCampaign(db, actorOf(request), request.body)),
  );
  app.get(
    '/campaigns',
    {
      schema: {
        tags,
        summary: 'List campaigns, latest first, with their counts',
        querystring: CampaignListQuery,
        response: { 200: page(Campaign) },
      },
    },
    async (request) => listCampaignsFor(db, actorOf(request), request.query),
  );
  app.get(
    '/campaigns/:id',
    {
      schema: { tags, summary: 'One campaign', params: zIdParam, response: { 200: Campaign } },
    },
    async (request) => readCampaign(db, actorOf(request), request.params.id),
  );
  app.get(
    '/campaigns/:id/checklists',
    {
      schema: {
        tags,
        summary: "A campaign's checklists with their five items (a cadre sees their own)",
        params: zIdParam,
        querystring: ChecklistListQuery,
        response: { 200: page(Checklist) },
      },
    },
    async (request) => listChecklistsFor(db, actorOf(request), request.params.id, request.query),
  );
  app.put(
    '/campaigns/:id/checklists/:checklistId/items/:item',
    {
      schema: {
        tags,
        summary: 'Mark an item done or undone (the paired cadre or a coordinator)',
        params: ItemParams,
        body: ItemUpdate,
        response: { 200: ChecklistItem },
      },
    },
    async (request) => tickItem(db, actorOf(request), request.params, request.body),
  );
  app.get(
    '/campaigns/:id/progress',
    {
      schema: {
        tags,
        summary: 'Percent of items done per cadre or per unit',
        params: zIdParam,
        querystring: ProgressQuery,
        response: { 200: Progress },
      },
    },
    async (request) => progressOf(db, actorOf(request), request.params.id, request.query.by),
  );
};
