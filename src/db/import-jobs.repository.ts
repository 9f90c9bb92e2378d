/** Import jobs: a row per roster import the API runs, with its progress and result. */
import type { FieldProblem } from '../domain/errors.js';
import type {
  ImportFormat,
  ImportJobStatus,
  ImportMode,
  ImportSummary,
} from '../domain/imports/import.schema.js';
import type { Conn } from './connect.js';
import type { ImportJobsTable } from './tables/imports.js';

/** A bad row as kept with a job: its problems, rendered in the reader's language later. */
export interface StoredBadRow {
  readonly row: number;
  readonly problems: readonly FieldProblem[];
}

export interface ImportJobRecord {
  readonly id: string;
  readonly userId: string | null;
  readonly status: ImportJobStatus;
  readonly dryRun: boolean;
  readonly mode: ImportMode;
  readonly options: Record<string, unknown>;
  readonly fileName: string;
  readonly filePath: string;
  readonly format: ImportFormat;
  readonly fileBytes: number;
  readonly bytesRead: number;
  readonly rowsRead: number;
  readonly summary: ImportSummary | null;
  readonly badRows: StoredBadRow[];
  readonly reportPath: string | null;
  readonly error: { key: string; params: Record<string, string | number> } | null;
  readonly createdAt: string;
  readonly finishedAt: string | null;
}

function parsed<T>(text: string | null): T | null {
  return text === null ? null : (JSON.parse(text) as T);
}

function toJob(r: ImportJobsTable): ImportJobRecord {
  return {
    id: r.id,
    userId: r.user_id,
    status: r.status as ImportJobStatus,
    dryRun: r.dry_run === 1,
    mode: r.mode as ImportMode,
    options: parsed<Record<string, unknown>>(r.options) ?? {},
    fileName: r.file_name,
    filePath: r.file_path,
    format: r.format as ImportFormat,
    fileBytes: Number(r.file_bytes),
    bytesRead: Number(r.bytes_read),
    rowsRead: Number(r.rows_read),
    summary: parsed<ImportSummary>(r.summary),
    badRows: parsed<StoredBadRow[]>(r.bad_rows) ?? [],
    reportPath: r.report_path,
    error: parsed(r.error),
    createdAt: r.created_at,
    finishedAt: r.finished_at,
  };
}

export interface NewImportJob {
  readonly id: string;
  readonly userId: string | null;
  readonly dryRun: boolean;
  readonly mode: ImportMode;
  readonly options: Record<string, unknown>;
  readonly fileName: string;
  readonly filePath: string;
  readonly format: ImportFormat;
  readonly fileBytes: number;
  readonly at: string;
}

/** Record a queued job. */
export async function insertImportJob(db: Conn, job: NewImportJob): Promise<void> {
  await db
    .insertInto('import_jobs')
    .values({
      id: job.id,
      user_id: job.userId,
      kind: 'households',
      status: 'queued',
      dry_run: job.dryRun ? 1 : 0,
      mode: job.mode,
      options: JSON.stringify(job.options),
      file_name: job.fileName,
      file_path: job.filePath,
      format: job.format,
      file_bytes: job.fileBytes,
      bytes_read: 0,
      rows_read: 0,
      summary: null,
      bad_rows: null,
      report_path: null,
      error: null,
      created_at: job.at,
      started_at: null,
      finished_at: null,
    })
    .execute();
}

export async function findImportJob(db: Conn, id: string): Promise<ImportJobRecord | undefined> {
  const row = await db
    .selectFrom('import_jobs')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toJob(row) : undefined;
}

/** Mark a job running, or move its progress on. */
export async function updateImportProgress(
  db: Conn,
  id: string,
  progress: { bytesRead: number; rowsRead: number; startedAt?: string },
): Promise<void> {
  await db
    .updateTable('import_jobs')
    .set({
      status: 'running',
      bytes_read: progress.bytesRead,
      rows_read: progress.rowsRead,
      ...(progress.startedAt ? { started_at: progress.startedAt } : {}),
    })
    .where('id', '=', id)
    .execute();
}

/** Record how a job ended: its summary and bad rows, or its error. */
export async function finishImportJob(
  db: Conn,
  id: string,
  end: {
    status: 'done' | 'failed';
    at: string;
    summary?: ImportSummary;
    badRows?: readonly StoredBadRow[];
    reportPath?: string | null;
    error?: { key: string; params: Record<string, string | number> };
  },
): Promise<void> {
  await db
    .updateTable('import_jobs')
    .set({
      status: end.status,
      finished_at: end.at,
      summary: end.summary ? JSON.stringify(end.summary) : null,
      bad_rows: end.badRows ? JSON.stringify(end.badRows) : null,
      report_path: end.reportPath ?? null,
      error: end.error ? JSON.stringify(end.error) : null,
    })
    .where('id', '=', id)
    .execute();
}
