/** /api/v1/imports: the roster template, uploads run as jobs (dry run, then apply), progress, error reports. */
import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { zIdParam } from '../../domain/common.schema.js';
import { ApplyInput, ImportJob, MAX_IMPORT_BYTES } from '../../domain/imports/import.schema.js';
import { pickLocale, translate } from '../../domain/messages/i18n.js';
import { newId } from '../../db/ids.js';
import { actorOf } from '../auth/guard.js';
import type { RouteDeps } from '../route-deps.js';
import { contentDisposition, fileResponse, XLSX_TYPE as XLSX } from '../exports/export-files.js';
import {
  applyImport,
  assertImporter,
  importReport,
  readImport,
  startImport,
  type JobDeps,
} from './import-jobs.service.js';
import { readRosterUpload } from './import-upload.js';
import { rosterTemplate } from './roster-template.js';

const tags = ['imports'];
const Accepted = z.object({ id: z.string().describe('Poll GET /imports/{id} for progress') });

export const importRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, deps) => {
  await app.register(fastifyMultipart, { limits: { fileSize: MAX_IMPORT_BYTES, files: 1 } });
  const jobs: JobDeps = { handle: deps.handle, dataDir: deps.dataDir };
  app.get(
    '/imports/households/template.xlsx',
    {
      schema: {
        tags,
        summary: 'The roster template (.xlsx, one row per person)',
        response: { 200: fileResponse('The template', [XLSX]) },
      },
    },
    async function template(request, reply) {
      assertImporter(actorOf(request));
      const locale = pickLocale(request.headers['accept-language']);
      const name = `${translate(locale, 'import.template.sheet')}-template.xlsx`;
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', contentDisposition(name))
        .send(await rosterTemplate(locale));
    },
  );
  app.post(
    '/imports/households',
    {
      schema: {
        tags,
        summary:
          'Upload a roster (multipart: one .xlsx/.csv file, fields dryRun, mode, mapping, encoding); runs as a job',
        consumes: ['multipart/form-data'],
        response: { 202: Accepted },
      },
    },
    async function uploadRoster(request, reply) {
      const actor = actorOf(request);
      assertImporter(actor);
      const upload = await readRosterUpload(request, deps.dataDir, newId());
      const id = await startImport(
        jobs,
        actor,
        upload,
        pickLocale(request.headers['accept-language']),
      );
      return reply.status(202).send({ id });
    },
  );
  app.get(
    '/imports/:id',
    {
      schema: {
        tags,
        summary: 'An import job: status, progress, summary and the first bad rows',
        params: zIdParam,
        response: { 200: ImportJob },
      },
    },
    async (request) =>
      readImport(jobs, actorOf(request), {
        id: request.params.id,
        locale: pickLocale(request.headers['accept-language']),
      }),
  );
  app.post(
    '/imports/:id/apply',
    {
      schema: {
        tags,
        summary: "Import a finished dry run's file for real, all or nothing or the valid rows only",
        params: zIdParam,
        body: ApplyInput,
        response: { 202: Accepted },
      },
    },
    async (request, reply) => {
      const id = await applyImport(jobs, actorOf(request), {
        id: request.params.id,
        mode: request.body.mode,
        locale: pickLocale(request.headers['accept-language']),
      });
      return reply.status(202).send({ id });
    },
  );
  app.get(
    '/imports/:id/report',
    {
      schema: {
        tags,
        summary:
          'The error report: the rows not imported, as uploaded, with row numbers and reasons',
        params: zIdParam,
        response: { 200: fileResponse('The error report, as uploaded', [XLSX, 'text/csv']) },
      },
    },
    async (request, reply) => {
      const locale = pickLocale(request.headers['accept-language']);
      const report = await importReport(jobs, actorOf(request), request.params.id);
      const base = report.fileName.replace(/\.(xlsx|csv)$/i, '');
      const name = `${base}-${translate(locale, 'import.report.errors')}.${report.format}`;
      return reply
        .header('content-type', report.format === 'xlsx' ? XLSX : 'text/csv; charset=utf-8')
        .header('content-disposition', contentDisposition(name))
        .send(report.stream);
    },
  );
};
