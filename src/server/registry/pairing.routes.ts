/** /api/v1/pairings and /api/v1/cadres/:id/handover: auth → validate → one service call. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { page, zIdParam } from '../../domain/common.schema.js';
import {
  Handover,
  HandoverResult,
  Pairing,
  PairingCreate,
  PairingEnd,
  PairingListQuery,
} from '../../domain/registry/pairing.schema.js';
import { actorOf } from '../auth/guard.js';
import type { RouteDeps } from '../route-deps.js';
import {
  endPairing,
  handOver,
  listPairingsFor,
  pairCadre,
  readPairing,
} from './pairing.service.js';

export const pairingRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { handle }) => {
  const db = handle.db;
  const tags = ['pairings'];
  app.get(
    '/pairings',
    {
      schema: {
        tags,
        summary: 'List pairings, newest start first (keyset pages); cadres see their own',
        querystring: PairingListQuery,
        response: { 200: page(Pairing) },
      },
    },
    async (request) => listPairingsFor(db, actorOf(request), request.query),
  );
  app.get(
    '/pairings/:id',
    { schema: { tags, summary: 'One pairing', params: zIdParam, response: { 200: Pairing } } },
    async (request) => readPairing(db, actorOf(request), request.params.id),
  );
  app.post(
    '/pairings',
    {
      schema: {
        tags,
        summary: 'Pair an active cadre with a household (one current lead per household)',
        body: PairingCreate,
        response: { 201: Pairing },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await pairCadre(db, actorOf(request), request.body)),
  );
  app.post(
    '/pairings/:id/end',
    {
      schema: {
        tags,
        summary: 'End a current pairing; it stays in the history',
        params: zIdParam,
        body: PairingEnd,
        response: { 200: Pairing },
      },
    },
    async (request) => endPairing(db, actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/cadres/:id/handover',
    {
      schema: {
        tags,
        summary:
          "Hand all of a cadre's current pairings to another cadre in one act (all or nothing)",
        params: zIdParam,
        body: Handover,
        response: { 200: HandoverResult },
      },
    },
    async (request) => handOver(db, actorOf(request), request.params.id, request.body),
  );
};
