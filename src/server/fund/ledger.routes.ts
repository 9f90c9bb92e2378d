/** /api/v1/fund/ledger, /fund/balance, /fund/donations: the append-only ledger of the study fund. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { page, zIdParam } from '../../domain/common.schema.js';
import {
  DonationCreate,
  FundBalance,
  LedgerEntry,
  LedgerQuery,
  ReversalCreate,
} from '../../domain/fund/ledger.schema.js';
import { actorOf } from '../auth/guard.js';
import { IdempotencyHeaders, requestKeyOf } from '../request-keys.js';
import type { FundDeps } from './fund-deps.js';
import {
  listLedgerFor,
  readBalance,
  readEntry,
  recordDonation,
  reverseEntry,
} from './ledger.service.js';

const tags = ['fund'];

export const ledgerRoutes: FastifyPluginAsyncZod<{ deps: FundDeps }> = async (app, { deps }) => {
  app.get(
    '/fund/ledger',
    {
      schema: {
        tags,
        summary: 'Ledger entries (keyset pages, newest value date first)',
        querystring: LedgerQuery,
        response: { 200: page(LedgerEntry) },
      },
    },
    async (request) => listLedgerFor(deps, actorOf(request), request.query),
  );
  app.get(
    '/fund/ledger/:id',
    {
      schema: {
        tags,
        summary: 'One ledger entry',
        params: zIdParam,
        response: { 200: LedgerEntry },
      },
    },
    async (request) => readEntry(deps, actorOf(request), request.params.id),
  );
  app.get(
    '/fund/balance',
    {
      schema: {
        tags,
        summary: 'The balance, and the ledger sums behind it',
        response: { 200: FundBalance },
      },
    },
    async (request) => readBalance(deps, actorOf(request)),
  );
  app.post(
    '/fund/donations',
    {
      schema: {
        tags,
        summary: 'Record a donation into the fund',
        headers: IdempotencyHeaders,
        body: DonationCreate,
        response: { 201: LedgerEntry },
      },
    },
    async (request, reply) => {
      const key = requestKeyOf(request.headers['idempotency-key'], request.body);
      const { entry, replayed } = await recordDonation(deps, actorOf(request), request.body, key);
      if (replayed) {
        reply.header('idempotent-replayed', 'true');
      }
      return reply.status(201).send(entry);
    },
  );
  app.post(
    '/fund/ledger/:id/reverse',
    {
      schema: {
        tags,
        summary: 'Reverse one earlier entry, once, with a reason',
        params: zIdParam,
        body: ReversalCreate,
        response: { 201: LedgerEntry },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await reverseEntry(deps, actorOf(request), {
          id: request.params.id,
          input: request.body,
        }),
      ),
  );
};
