/** Roster imports as jobs: start one from an upload, run it in the background, report progress and results. */
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { AppError, notFound } from '../../domain/errors.js';
import type { ImportJob, ImportMode, ImportOptions } from '../../domain/imports/import.schema.js';
import { translate, type Locale } from '../../domain/messages/i18n.js';
import { isPairingScoped, type Actor } from '../../domain/roles.js';
import { appendAudit } from '../../db/audit.repository.js';
import type { DbHandle } from '../../db/connect.js';
import { newId, nowIso } from '../../db/ids.js';
import {
  findImportJob,
  finishImportJob,
  insertImportJob,
  updateImportProgress,
  type ImportJobRecord,
} from '../../db/import-jobs.repository.js';
import { assertCan } from '../registry/scope.js';
import { importsDir, type RosterUpload } from './import-upload.js';
import { reasonsOf } from './roster-report.js';
import { runRosterImport } from './roster-import.runner.js';

export interface JobDeps {
  readonly handle: DbHandle;
  readonly dataDir: string;
}

/** Progress of the jobs running in this process (SQLite cannot be written during their transaction). */
const RUNNING = new Map<string, { fraction: number; rowsRead: number }>();

/** Registry writers of the program office import rosters; a cadre does not. @throws AppError forbidden */
export function assertImporter(actor: Actor): void {
  assertCan(actor, 'registry.write');
  if (isPairingScoped(actor.role)) {
    throw new AppError('forbidden');
  }
}

function failure(error: unknown): { key: string; params: Record<string, string | number> } {
  if (error instanceof AppError) {
    return { key: error.key, params: { ...error.params } };
  }
  return {
    key: 'error.import_failed',
    params: { detail: error instanceof Error ? error.message : String(error) },
  };
}

async function runJob(deps: JobDeps, job: ImportJobRecord, actor: Actor, locale: Locale) {
  const { db, dialect } = deps.handle;
  RUNNING.set(job.id, { fraction: 0, rowsRead: 0 });
  try {
    await updateImportProgress(db, job.id, { bytesRead: 0, rowsRead: 0, startedAt: nowIso() });
    const result = await runRosterImport(deps.handle, {
      path: job.filePath,
      format: job.format,
      options: {
        ...(job.options as Omit<ImportOptions, 'dryRun' | 'mode'>),
        dryRun: job.dryRun,
        mode: job.mode,
      },
      actor,
      importId: job.id,
      reportPath: join(importsDir(deps.dataDir), `${job.id}-report.${job.format}`),
      locale,
      onProgress: async ({ fraction, rowsRead, writing }) => {
        RUNNING.set(job.id, { fraction, rowsRead });
        if (!writing || dialect === 'postgres') {
          await updateImportProgress(db, job.id, {
            bytesRead: Math.round(fraction * job.fileBytes),
            rowsRead,
          });
        }
      },
    });
    await finishImportJob(db, job.id, { status: 'done', at: nowIso(), ...result });
    await appendAudit(db, [
      {
        actor,
        action: result.summary.applied ? 'create' : 'read_full',
        entity: 'household_import',
        entityId: job.id,
        after: { fileName: job.fileName, dryRun: job.dryRun, mode: job.mode, ...result.summary },
      },
    ]);
  } catch (error) {
    await finishImportJob(db, job.id, { status: 'failed', at: nowIso(), error: failure(error) });
  } finally {
    RUNNING.delete(job.id);
  }
}

/** Queue a job over a stored roster and start it; returns the job as it reads now. */
async function queue(
  deps: JobDeps,
  actor: Actor,
  input: { upload: Omit<RosterUpload, 'options'>; options: ImportOptions; locale: Locale },
): Promise<string> {
  const id = newId();
  const { dryRun, mode, ...rest } = input.options;
  await insertImportJob(deps.handle.db, {
    id,
    userId: actor.userId,
    dryRun,
    mode,
    options: { ...rest, locale: input.locale },
    fileName: input.upload.fileName,
    filePath: input.upload.path,
    format: input.upload.format,
    fileBytes: input.upload.bytes,
    at: nowIso(),
  });
  const job = await findImportJob(deps.handle.db, id);
  if (job) {
    void runJob(deps, job, actor, input.locale);
  }
  return id;
}

/** Start importing an uploaded roster (a dry run unless asked otherwise). */
export async function startImport(
  deps: JobDeps,
  actor: Actor,
  upload: RosterUpload,
  locale: Locale,
): Promise<string> {
  assertImporter(actor);
  return queue(deps, actor, { upload, options: upload.options, locale });
}

/** A job its owner (or an administrator) may see. @throws AppError not_found */
async function visibleJob(deps: JobDeps, actor: Actor, id: string): Promise<ImportJobRecord> {
  assertImporter(actor);
  const job = await findImportJob(deps.handle.db, id);
  if (!job || (job.userId !== actor.userId && actor.role !== 'admin')) {
    throw notFound('import');
  }
  return job;
}

/** Apply a finished dry run's file with a mode: a new job. @throws AppError conflict if not ready */
export async function applyImport(
  deps: JobDeps,
  actor: Actor,
  input: { id: string; mode: ImportMode; locale: Locale },
): Promise<string> {
  const job = await visibleJob(deps, actor, input.id);
  if (!job.dryRun || job.status !== 'done') {
    throw new AppError('conflict', { key: 'error.import_not_ready' });
  }
  const options = {
    ...(job.options as Omit<ImportOptions, 'dryRun' | 'mode'>),
    dryRun: false,
    mode: input.mode,
  };
  return queue(deps, actor, {
    upload: {
      fileName: job.fileName,
      path: job.filePath,
      format: job.format,
      bytes: job.fileBytes,
    },
    options,
    locale: input.locale,
  });
}

/** A job as the API answers it, messages in the reader's language. */
export async function readImport(
  deps: JobDeps,
  actor: Actor,
  input: { id: string; locale: Locale },
): Promise<ImportJob> {
  const job = await visibleJob(deps, actor, input.id);
  const live = RUNNING.get(job.id);
  return {
    id: job.id,
    status: job.status,
    dryRun: job.dryRun,
    mode: job.mode,
    fileName: job.fileName,
    format: job.format,
    progress:
      live?.fraction ?? (job.status === 'done' ? 1 : job.bytesRead / Math.max(1, job.fileBytes)),
    rowsRead: live?.rowsRead ?? job.rowsRead,
    summary: job.summary,
    badRows: job.badRows.map((b) => ({ row: b.row, reasons: reasonsOf(input.locale, b.problems) })),
    hasReport: job.reportPath !== null,
    error: job.error ? translate(input.locale, job.error.key, job.error.params) : null,
    createdAt: job.createdAt,
    finishedAt: job.finishedAt,
  };
}

/** The error report of a job: a stream, its format and a file name. @throws AppError not_found */
export async function importReport(deps: JobDeps, actor: Actor, id: string) {
  const job = await visibleJob(deps, actor, id);
  if (!job.reportPath) {
    throw notFound('import_report');
  }
  return { stream: createReadStream(job.reportPath), format: job.format, fileName: job.fileName };
}
