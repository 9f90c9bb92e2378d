/** /api/v1/regions and /api/v1/villages: auth → validate → one service call → present. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { page } from '../../domain/common.schema.js';
import {
  Region,
  RegionCodeParam,
  RegionCreate,
  RegionListQuery,
  RegionPatch,
  Village,
  VillageCreate,
  VillageDetail,
  VillageListQuery,
  VillagePatch,
} from '../../domain/registry/region.schema.js';
import { actorOf } from '../auth/guard.js';
import type { RouteDeps } from '../route-deps.js';
import {
  changeVillageFlags,
  createRegion,
  listRegionsFor,
  listVillagesFor,
  readRegion,
  readVillage,
  registerVillage,
  renameRegion,
} from './region.service.js';

export const regionRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { handle }) => {
  const db = handle.db;
  const tags = ['regions'];
  app.get(
    '/regions',
    {
      schema: {
        tags,
        summary: 'List administrative regions by code (keyset pages)',
        querystring: RegionListQuery,
        response: { 200: page(Region) },
      },
    },
    async (request) => listRegionsFor(db, actorOf(request), request.query),
  );
  app.get(
    '/regions/:code',
    {
      schema: { tags, summary: 'One region', params: RegionCodeParam, response: { 200: Region } },
    },
    async (request) => readRegion(db, actorOf(request), request.params.code),
  );
  app.post(
    '/regions',
    {
      schema: {
        tags,
        summary: 'Add a region; level and parent are read from the code',
        body: RegionCreate,
        response: { 201: Region },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createRegion(db, actorOf(request), request.body)),
  );
  app.patch(
    '/regions/:code',
    {
      schema: {
        tags,
        summary: "Correct a region's name",
        params: RegionCodeParam,
        body: RegionPatch,
        response: { 200: Region },
      },
    },
    async (request) => renameRegion(db, actorOf(request), request.params.code, request.body),
  );

  const villageTags = ['villages'];
  app.get(
    '/villages',
    {
      schema: {
        tags: villageTags,
        summary: 'List villages with their region path and household counts (keyset by code)',
        querystring: VillageListQuery,
        response: { 200: page(Village) },
      },
    },
    async (request) => listVillagesFor(db, actorOf(request), request.query),
  );
  app.get(
    '/villages/:code',
    {
      schema: {
        tags: villageTags,
        summary: 'A village with its households counted by poverty status',
        params: RegionCodeParam,
        response: { 200: VillageDetail },
      },
    },
    async (request) => readVillage(db, actorOf(request), request.params.code),
  );
  app.post(
    '/villages',
    {
      schema: {
        tags: villageTags,
        summary: 'Register a village (its region must exist at village level)',
        body: VillageCreate,
        response: { 201: Village },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await registerVillage(db, actorOf(request), request.body)),
  );
  app.patch(
    '/villages/:code',
    {
      schema: {
        tags: villageTags,
        summary: "Change a village's flags",
        params: RegionCodeParam,
        body: VillagePatch,
        response: { 200: Village },
      },
    },
    async (request) => changeVillageFlags(db, actorOf(request), request.params.code, request.body),
  );
};
