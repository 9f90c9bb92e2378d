/** /api/v1/exports/{list}.{xlsx|csv}: every list as a file, with the list's own filters and scope. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ExportOptions, ExportParams } from '../../domain/exports/export.schema.js';
import { pickLocale } from '../../domain/messages/i18n.js';
import { actorOf } from '../auth/guard.js';
import type { RouteDeps } from '../route-deps.js';
import { contentDisposition, fileResponse, XLSX_TYPE } from './export-files.js';
import { startExport } from './export.service.js';

export const exportRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { handle }) => {
  app.get(
    '/exports/:list.:format',
    {
      schema: {
        tags: ['exports'],
        summary:
          'A list as .xlsx or CSV (UTF-8 with BOM): the list endpoint’s own filters, scope and permissions; money in 元; ID numbers masked unless idNumbers=whole (roles with id_number.reveal; audited); every export audited',
        params: ExportParams,
        querystring: z
          .looseObject({ idNumbers: ExportOptions.shape.idNumbers.optional() })
          .describe('The filters of the list endpoint (e.g. village, from, to), and idNumbers'),
        response: { 200: fileResponse('The list as a file', [XLSX_TYPE, 'text/csv']) },
      },
    },
    async function exportList(request, reply) {
      const started = await startExport(handle.db, actorOf(request), {
        list: request.params.list,
        format: request.params.format,
        query: request.query,
        locale: pickLocale(request.headers['accept-language']),
        ip: request.ip,
      });
      void reply
        .header('content-type', started.contentType)
        .header('content-disposition', contentDisposition(started.fileName))
        .header('cache-control', 'no-store')
        .send(started.stream);
      await started.done.catch((error: unknown) => {
        request.log.error({ err: error }, 'export failed after it started');
      });
      return reply;
    },
  );
};
