/** The five routes every voidable record kind has: list, create, read, correct, void. */
import type { FastifyInstance, FastifyRequest, RouteHandlerMethod } from 'fastify';
import type { z } from 'zod';
import { page, zIdParam } from '../../domain/common.schema.js';
import type { Actor } from '../../domain/roles.js';
import { VoidInput } from '../../domain/training/record.schema.js';
import type { Db } from '../../db/connect.js';
import { actorOf } from '../auth/guard.js';

/** One record kind: its path, schemas (validation, types, OpenAPI) and service calls. */
export interface RecordRoutes<
  Q extends z.ZodType,
  C extends z.ZodType,
  P extends z.ZodType,
  R extends z.ZodType,
  D extends z.ZodType,
> {
  readonly path: string;
  readonly tag: string;
  /** The record's name in summaries, e.g. "sale". */
  readonly noun: string;
  readonly schemas: { query: Q; create: C; patch: P; item: R; detail: D };
  readonly list: (
    db: Db,
    actor: Actor,
    query: z.output<Q>,
  ) => Promise<{ items: z.input<R>[]; nextCursor: string | null }>;
  readonly create: (db: Db, actor: Actor, input: z.output<C>) => Promise<z.input<D>>;
  readonly read: (db: Db, actor: Actor, id: string) => Promise<z.input<D>>;
  readonly correct: (db: Db, actor: Actor, id: string, patch: z.output<P>) => Promise<z.input<D>>;
  readonly void: (db: Db, actor: Actor, id: string, reason: string) => Promise<z.input<D>>;
}

/** The validated `:id` of a request (the params schema ran before the handler). */
function idOf(request: FastifyRequest): string {
  return (request.params as { id: string }).id;
}

/** Register list, create, read, correct and void for one record kind. */
export function recordRoutes<
  Q extends z.ZodType,
  C extends z.ZodType,
  P extends z.ZodType,
  R extends z.ZodType,
  D extends z.ZodType,
>(app: FastifyInstance, db: Db, spec: RecordRoutes<Q, C, P, R, D>): void {
  const { path, noun, schemas } = spec;
  const tags = [spec.tag];
  const list: RouteHandlerMethod = async (request) =>
    spec.list(db, actorOf(request), request.query as z.output<Q>);
  const create: RouteHandlerMethod = async (request, reply) =>
    reply.status(201).send(await spec.create(db, actorOf(request), request.body as z.output<C>));
  const read: RouteHandlerMethod = async (request) =>
    spec.read(db, actorOf(request), idOf(request));
  const correct: RouteHandlerMethod = async (request) =>
    spec.correct(db, actorOf(request), idOf(request), request.body as z.output<P>);
  const voidOne: RouteHandlerMethod = async (request) =>
    spec.void(db, actorOf(request), idOf(request), (request.body as VoidInput).reason);

  app.route({
    method: 'GET',
    url: path,
    schema: {
      tags,
      summary: `List ${noun} records, newest first`,
      querystring: schemas.query,
      response: { 200: page(schemas.item) },
    },
    handler: list,
  });
  app.route({
    method: 'POST',
    url: path,
    schema: {
      tags,
      summary: `Record a ${noun}`,
      body: schemas.create,
      response: { 201: schemas.detail },
    },
    handler: create,
  });
  app.route({
    method: 'GET',
    url: `${path}/:id`,
    schema: { tags, summary: `A ${noun}`, params: zIdParam, response: { 200: schemas.detail } },
    handler: read,
  });
  app.route({
    method: 'PATCH',
    url: `${path}/:id`,
    schema: {
      tags,
      summary: `Correct a ${noun} (audited with before and after)`,
      params: zIdParam,
      body: schemas.patch,
      response: { 200: schemas.detail },
    },
    handler: correct,
  });
  app.route({
    method: 'POST',
    url: `${path}/:id/void`,
    schema: {
      tags,
      summary: `Void a ${noun} entered in error; it drops out of lists`,
      params: zIdParam,
      body: VoidInput,
      response: { 200: schemas.detail },
    },
    handler: voidOne,
  });
}
