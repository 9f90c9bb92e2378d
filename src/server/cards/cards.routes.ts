/** Household cards: /households/:id/card (data), /households/:id/card.pdf, /villages/:code/cards.pdf. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { HouseholdCard } from '../../domain/cards/card.schema.js';
import { page, zIdParam, zPageQuery } from '../../domain/common.schema.js';
import { pickLocale } from '../../domain/messages/i18n.js';
import { RegionCodeParam } from '../../domain/registry/region.schema.js';
import { actorOf } from '../auth/guard.js';
import { contentDisposition, fileResponse } from '../exports/export-files.js';
import type { RouteDeps } from '../route-deps.js';
import { householdCardPdf, readCard, type CardFile, type CardOptions } from './card.service.js';
import { villageCardPage, villageCardsPdf } from './village-cards.service.js';

const tags = ['cards'];
const PDF = 'application/pdf';

/** The QR code opens the household on the origin the card was asked from. */
function optionsOf(request: FastifyRequest): CardOptions {
  return {
    baseUrl: `${request.protocol}://${request.host}`,
    locale: pickLocale(request.headers['accept-language']),
    ip: request.ip,
  };
}

/** Send a PDF as an attachment named for what it holds. */
function sendPdf(reply: FastifyReply, file: CardFile): FastifyReply {
  return reply
    .header('content-type', PDF)
    .header('content-disposition', contentDisposition(file.fileName))
    .header('cache-control', 'no-store')
    .header('x-card-count', String(file.count))
    .send(file.pdf);
}

export const cardRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { handle }) => {
  const db = handle.db;
  app.get(
    '/households/:id/card',
    {
      schema: {
        tags,
        summary: "A household's card (帮扶明白卡) as data, for the print view (audited read)",
        params: zIdParam,
        response: { 200: HouseholdCard },
      },
    },
    async (request) => readCard(db, actorOf(request), request.params.id, optionsOf(request)),
  );

  app.get(
    '/households/:id/card.pdf',
    {
      schema: {
        tags,
        summary: "A household's card as a one-page A4 PDF (audited)",
        params: zIdParam,
        response: { 200: fileResponse('The card (PDF)', [PDF]) },
      },
    },
    async function householdCardFile(request, reply) {
      const file = await householdCardPdf(
        db,
        actorOf(request),
        request.params.id,
        optionsOf(request),
      );
      return sendPdf(reply, file);
    },
  );

  app.get(
    '/villages/:code/cards',
    {
      schema: {
        tags,
        summary:
          "A village's cards as data in print order (keyset pages), for the batch print view; each card is an audited read",
        params: RegionCodeParam,
        querystring: zPageQuery,
        response: { 200: page(HouseholdCard) },
      },
    },
    async (request) =>
      villageCardPage(db, actorOf(request), request.params.code, request.query, optionsOf(request)),
  );

  app.get(
    '/villages/:code/cards.pdf',
    {
      schema: {
        tags,
        summary:
          "Every card of a village, one A4 page per household the caller may see (a cadre: their own), ordered by address and head's name (audited per household)",
        params: RegionCodeParam,
        response: { 200: fileResponse('The cards (PDF)', [PDF]) },
      },
    },
    async function villageCardsFile(request, reply) {
      const file = await villageCardsPdf(
        db,
        actorOf(request),
        request.params.code,
        optionsOf(request),
      );
      return sendPdf(reply, file);
    },
  );
};
