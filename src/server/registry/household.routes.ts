/** /api/v1/households and /api/v1/persons: routes do auth → validate → one service call → present. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { page, zIdParam } from '../../domain/common.schema.js';
import {
  Household,
  HouseholdCreate,
  HouseholdListQuery,
  HouseholdPatch,
  HouseholdSummary,
  StatusChange,
  StatusHistoryEntry,
} from '../../domain/registry/household.schema.js';
import { Person, PersonCreate, PersonPatch } from '../../domain/registry/person.schema.js';
import type { Db } from '../../db/connect.js';
import { actorOf } from '../auth/guard.js';
import {
  changeHouseholdStatus,
  correctHousehold,
  deleteHousehold,
  listHouseholdsFor,
  presentHousehold,
  readHousehold,
  registerHousehold,
} from './household.service.js';
import { addPerson, correctPerson, readPerson, removePerson } from './person.service.js';

const HouseholdDetail = Household.extend({
  members: z.array(Person),
  statusHistory: z.array(StatusHistoryEntry),
});
const tags = ['households'];

export const householdRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/households',
    {
      schema: {
        tags,
        summary: 'List households (keyset pages), filter and search',
        querystring: HouseholdListQuery,
        response: { 200: page(HouseholdSummary) },
      },
    },
    async (request) => listHouseholdsFor(db, actorOf(request), request.query),
  );
  app.post(
    '/households',
    {
      schema: {
        tags,
        summary: 'Register a household with its members',
        body: HouseholdCreate,
        response: { 201: HouseholdDetail },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const id = await registerHousehold(db, actor, request.body);
      return reply.status(201).send(await readHousehold(db, actor, id, request.ip));
    },
  );
  app.get(
    '/households/:id',
    {
      schema: {
        tags,
        summary: 'A household with members and status history (audited read)',
        params: zIdParam,
        response: { 200: HouseholdDetail },
      },
    },
    async (request) => readHousehold(db, actorOf(request), request.params.id, request.ip),
  );
  app.patch(
    '/households/:id',
    {
      schema: {
        tags,
        summary: 'Correct address, phone or village',
        params: zIdParam,
        body: HouseholdPatch,
        response: { 200: Household },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return presentHousehold(
        actor,
        await correctHousehold(db, actor, request.params.id, request.body),
      );
    },
  );
  app.post(
    '/households/:id/status',
    {
      schema: {
        tags,
        summary: 'Record a dated poverty-status change',
        params: zIdParam,
        body: StatusChange,
        response: { 200: Household },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return presentHousehold(
        actor,
        await changeHouseholdStatus(db, actor, request.params.id, request.body),
      );
    },
  );
  app.delete(
    '/households/:id',
    {
      schema: {
        tags,
        summary: 'Remove a household registered in error',
        params: zIdParam,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await deleteHousehold(db, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  const personTags = ['persons'];
  app.post(
    '/persons',
    {
      schema: {
        tags: personTags,
        summary: 'Add a member to a household',
        body: PersonCreate,
        response: { 201: Person },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addPerson(db, actorOf(request), request.body)),
  );
  app.get(
    '/persons/:id',
    {
      schema: {
        tags: personTags,
        summary:
          "A person's full record (audited); ?reveal=idNumber shows the whole ID number to roles allowed it (audited)",
        params: zIdParam,
        querystring: z.object({ reveal: z.enum(['idNumber']).optional() }),
        response: { 200: Person },
      },
    },
    async (request) =>
      readPerson(db, actorOf(request), request.params.id, {
        reveal: request.query.reveal === 'idNumber',
        ip: request.ip,
      }),
  );
  app.patch(
    '/persons/:id',
    {
      schema: {
        tags: personTags,
        summary: 'Correct a person',
        params: zIdParam,
        body: PersonPatch,
        response: { 200: Person },
      },
    },
    async (request) => correctPerson(db, actorOf(request), request.params.id, request.body),
  );
  app.delete(
    '/persons/:id',
    {
      schema: {
        tags: personTags,
        summary: 'Remove a member from a household',
        params: zIdParam,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await removePerson(db, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
