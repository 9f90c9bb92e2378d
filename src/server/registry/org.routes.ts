/** /api/v1/units and /api/v1/cadres: auth → validate → one service call → present. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { page, zIdParam } from '../../domain/common.schema.js';
import {
  Cadre,
  CadreCreate,
  CadreListQuery,
  CadrePatch,
  Unit,
  UnitCreate,
  UnitListQuery,
  UnitPatch,
} from '../../domain/registry/org.schema.js';
import { actorOf } from '../auth/guard.js';
import type { RouteDeps } from '../route-deps.js';
import {
  changeCadre,
  changeUnit,
  createCadre,
  createUnit,
  listCadresFor,
  listUnitsFor,
  readCadre,
  readUnit,
  removeCadre,
  removeUnit,
} from './org.service.js';

export const orgRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { handle }) => {
  const db = handle.db;
  const tags = ['units'];
  app.get(
    '/units',
    {
      schema: {
        tags,
        summary: 'List org units with cadre counts (keyset by id)',
        querystring: UnitListQuery,
        response: { 200: page(Unit) },
      },
    },
    async (request) => listUnitsFor(db, actorOf(request), request.query),
  );
  app.get(
    '/units/:id',
    { schema: { tags, summary: 'One unit', params: zIdParam, response: { 200: Unit } } },
    async (request) => readUnit(db, actorOf(request), request.params.id),
  );
  app.post(
    '/units',
    { schema: { tags, summary: 'Add a unit', body: UnitCreate, response: { 201: Unit } } },
    async (request, reply) =>
      reply.status(201).send(await createUnit(db, actorOf(request), request.body)),
  );
  app.patch(
    '/units/:id',
    {
      schema: {
        tags,
        summary: 'Rename a unit or move it under another',
        params: zIdParam,
        body: UnitPatch,
        response: { 200: Unit },
      },
    },
    async (request) => changeUnit(db, actorOf(request), request.params.id, request.body),
  );
  app.delete(
    '/units/:id',
    {
      schema: {
        tags,
        summary: 'Remove a unit without cadres or sub-units',
        params: zIdParam,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await removeUnit(db, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  const cadreTags = ['cadres'];
  app.get(
    '/cadres',
    {
      schema: {
        tags: cadreTags,
        summary: 'List cadres with current pairing counts (keyset by id); a cadre sees themself',
        querystring: CadreListQuery,
        response: { 200: page(Cadre) },
      },
    },
    async (request) => listCadresFor(db, actorOf(request), request.query),
  );
  app.get(
    '/cadres/:id',
    {
      schema: {
        tags: cadreTags,
        summary: 'One cadre with the number of current pairings',
        params: zIdParam,
        response: { 200: Cadre },
      },
    },
    async (request) => readCadre(db, actorOf(request), request.params.id),
  );
  app.post(
    '/cadres',
    {
      schema: {
        tags: cadreTags,
        summary: 'Add a cadre',
        body: CadreCreate,
        response: { 201: Cadre },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createCadre(db, actorOf(request), request.body)),
  );
  app.patch(
    '/cadres/:id',
    {
      schema: {
        tags: cadreTags,
        summary: 'Correct a cadre, or record the day they left (after a handover)',
        params: zIdParam,
        body: CadrePatch,
        response: { 200: Cadre },
      },
    },
    async (request) => changeCadre(db, actorOf(request), request.params.id, request.body),
  );
  app.delete(
    '/cadres/:id',
    {
      schema: {
        tags: cadreTags,
        summary: 'Remove a cadre entered in error (never paired, no account)',
        params: zIdParam,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await removeCadre(db, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
