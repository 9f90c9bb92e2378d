/**
 * Run a roster import in a worker thread with its own database connection and a bounded heap:
 * the server's event loop and connection stay free while a 1.6 M-row file is read, and the
 * import's memory stays flat however long the file (see bench/RESULTS.md, roster import).
 * An in-memory SQLite database cannot be opened twice, so there the import runs in this thread.
 */
import type { DbHandle } from '../../db/connect.js';
import { AppError, type ErrorCode, type FieldProblem } from '../../domain/errors.js';
import { programTimeZone } from '../../domain/validation/dates.js';
import { startWorker } from '../worker-thread.js';
import type { RosterImportRequest, RosterImportResult } from './roster-import.service.js';

/** The import's heap: about three times what a 1.6 M-household file keeps alive (~45 MB). */
export const IMPORT_HEAP_MB = 128;

type Progress = Parameters<NonNullable<RosterImportRequest['onProgress']>>[0];

/** What the worker is given: the request without its callbacks, and where the database is. */
export interface ImportWorkerData {
  readonly connection: DbHandle['options'];
  readonly timeZone: string;
  readonly request: Omit<RosterImportRequest, 'onProgress'>;
}

/** An error as it crosses the thread boundary (an AppError keeps its key, params and fields). */
export type SentError =
  | {
      readonly app: true;
      readonly code: ErrorCode;
      readonly key: string;
      readonly params: Record<string, string | number>;
      readonly fields: readonly FieldProblem[];
    }
  | { readonly app: false; readonly message: string };

/** What the worker sends back. */
export type ImportWorkerMessage =
  | ({ readonly type: 'progress' } & Progress)
  | { readonly type: 'done'; readonly result: RosterImportResult }
  | { readonly type: 'failed'; readonly error: SentError };

export function sendableError(error: unknown): SentError {
  if (error instanceof AppError) {
    const { code, key, params, fields } = error;
    return { app: true, code, key, params: { ...params }, fields };
  }
  return { app: false, message: error instanceof Error ? error.message : String(error) };
}

function receivedError(sent: SentError): Error {
  if (sent.app) {
    return new AppError(sent.code, { key: sent.key, params: sent.params, fields: sent.fields });
  }
  return new Error(sent.message);
}

/** Import a roster over `handle`'s database: in a worker thread unless the database is in memory. */
export async function runRosterImport(
  handle: DbHandle,
  req: RosterImportRequest,
): Promise<RosterImportResult> {
  if (handle.options.url === ':memory:') {
    // Loaded only here: with a worker, this thread never loads the import's code.
    const { importRoster } = await import('./roster-import.service.js');
    return importRoster(handle.db, req);
  }
  const { onProgress, ...request } = req;
  const data: ImportWorkerData = {
    connection: handle.options,
    timeZone: programTimeZone(),
    request,
  };
  const worker = startWorker(new URL('./roster-import.worker', import.meta.url), data, {
    maxOldGenerationSizeMb: IMPORT_HEAP_MB,
  });
  // Progress is reported in order, one report at a time; the result waits for the last one.
  let reported: Promise<void> = Promise.resolve();
  return new Promise<RosterImportResult>((resolve, reject) => {
    let settled = false;
    const settle = (work: () => void) => {
      if (!settled) {
        settled = true;
        void reported.then(work, work);
      }
    };
    worker.on('message', (message: ImportWorkerMessage) => {
      if (message.type === 'progress') {
        const { type: _type, ...progress } = message;
        reported = reported.then(async () => {
          await onProgress?.(progress);
        });
      } else if (message.type === 'done') {
        settle(() => resolve(message.result));
      } else {
        settle(() => reject(receivedError(message.error)));
      }
    });
    worker.once('error', (error) => settle(() => reject(error)));
    worker.once('exit', (code) => {
      settle(() => reject(new Error(`the roster import worker stopped with exit code ${code}`)));
    });
  });
}
