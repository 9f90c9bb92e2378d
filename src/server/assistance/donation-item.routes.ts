/** /api/v1/donation-items: the admin-extendable list donations are counted in. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { page, zIdParam } from '../../domain/common.schema.js';
import {
  DonationItem,
  DonationItemCreate,
  DonationItemListQuery,
  DonationItemPatch,
} from '../../domain/assistance/donation-item.schema.js';
import type { Db } from '../../db/connect.js';
import { actorOf } from '../auth/guard.js';
import {
  addDonationItem,
  correctDonationItem,
  listDonationItemsFor,
} from './donation-item.service.js';

const tags = ['donation items'];

export const donationItemRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/donation-items',
    {
      schema: {
        tags,
        summary: 'List donation items (keyset pages)',
        querystring: DonationItemListQuery,
        response: { 200: page(DonationItem) },
      },
    },
    async (request) => listDonationItemsFor(db, actorOf(request), request.query),
  );
  app.post(
    '/donation-items',
    {
      schema: {
        tags,
        summary: 'Add a donation item (lists.manage)',
        body: DonationItemCreate,
        response: { 201: DonationItem },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addDonationItem(db, actorOf(request), request.body)),
  );
  app.patch(
    '/donation-items/:id',
    {
      schema: {
        tags,
        summary: 'Rename, change the unit, or retire a donation item (lists.manage)',
        params: zIdParam,
        body: DonationItemPatch,
        response: { 200: DonationItem },
      },
    },
    async (request) => correctDonationItem(db, actorOf(request), request.params.id, request.body),
  );
};
