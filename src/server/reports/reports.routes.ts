/** /api/v1/reports: the work brief (工作简报) as a Word document. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { BriefQuery } from '../../domain/reports/brief.schema.js';
import { actorOf } from '../auth/guard.js';
import { contentDisposition, fileResponse } from '../exports/export-files.js';
import type { RouteDeps } from '../route-deps.js';
import { DOCX_TYPE, workBriefFile } from './brief.service.js';

export const reportRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { handle, dataDir }) => {
  app.get(
    '/reports/brief',
    {
      schema: {
        tags: ['reports'],
        summary:
          'The work brief for a period (and region, unit) as .docx: figures as sentences with a footnote tracing each to its records, dated activity photos, consented quotes; in the actor’s scope; audited',
        querystring: BriefQuery,
        response: { 200: fileResponse('The brief (.docx)', [DOCX_TYPE]) },
      },
    },
    async function downloadBrief(request, reply) {
      const actor = actorOf(request);
      const file = await workBriefFile(handle.db, actor, request.query, {
        dataDir,
        auditActor: actor,
        ip: request.ip,
      });
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', contentDisposition(file.fileName))
        .header('cache-control', 'no-store')
        .send(file.bytes);
    },
  );
};
