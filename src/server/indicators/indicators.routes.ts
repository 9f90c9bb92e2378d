/** /api/v1/indicators: the catalogue, live values with drill-down, series, and records behind a figure. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { page } from '../../domain/common.schema.js';
import {
  IndicatorDescription,
  IndicatorIdParam,
  IndicatorRecord,
  RecordsQuery,
  SeriesQuery,
  SeriesResponse,
  ValuesQuery,
  ValuesResponse,
} from '../../domain/indicators/indicator.schema.js';
import { pickLocale } from '../../domain/messages/i18n.js';
import { actorOf } from '../auth/guard.js';
import type { RouteDeps } from '../route-deps.js';
import {
  describeIndicators,
  indicatorRecords,
  indicatorSeries,
  indicatorValues,
} from './indicators.service.js';

const tags = ['indicators'];

export const indicatorRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { handle }) => {
  const { db } = handle;
  app.get(
    '/indicators',
    {
      schema: {
        tags,
        summary: 'The indicator catalogue: names, definitions, units, brief sentences, filters',
        response: { 200: z.object({ items: z.array(IndicatorDescription) }) },
      },
    },
    async (request) => ({
      items: describeIndicators(actorOf(request), pickLocale(request.headers['accept-language'])),
    }),
  );
  app.get(
    '/indicators/values',
    {
      schema: {
        tags,
        summary: 'Values of indicators under the filters, each with its drill-down link',
        querystring: ValuesQuery,
        response: { 200: ValuesResponse },
      },
    },
    async (request) =>
      indicatorValues(db, actorOf(request), request.query, {
        locale: pickLocale(request.headers['accept-language']),
      }),
  );
  app.get(
    '/indicators/series',
    {
      schema: {
        tags,
        summary: 'An indicator per month, village or unit',
        querystring: SeriesQuery,
        response: { 200: SeriesResponse },
      },
    },
    async (request) =>
      indicatorSeries(
        db,
        actorOf(request),
        request.query,
        pickLocale(request.headers['accept-language']),
      ),
  );
  app.get(
    '/indicators/:id/records',
    {
      schema: {
        tags,
        summary: 'The records behind a figure (keyset pages, newest first)',
        params: IndicatorIdParam,
        querystring: RecordsQuery,
        response: { 200: page(IndicatorRecord) },
      },
    },
    async (request) => indicatorRecords(db, actorOf(request), request.params.id, request.query),
  );
};
