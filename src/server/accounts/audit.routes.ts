/** /api/v1/audit: the append-only audit log, for auditors and administrators. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { page } from '../../domain/common.schema.js';
import { AuditEntry, AuditQuery } from '../../domain/registry/user.schema.js';
import { requirePermission } from '../auth/guard.js';
import type { RouteDeps } from '../route-deps.js';
import { queryAudit } from './audit.service.js';

export const auditRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { handle }) => {
  app.get(
    '/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Audit entries, newest first: who created, changed, read or revealed what, when',
        querystring: AuditQuery,
        response: { 200: page(AuditEntry) },
      },
    },
    async function listAuditEntries(request) {
      requirePermission(request, 'audit.read');
      return queryAudit(handle.db, request.query);
    },
  );
};
