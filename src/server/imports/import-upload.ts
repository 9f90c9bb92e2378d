/** Read a multipart roster upload: the file streamed to the data directory, the options as form fields. */
import type {} from '@fastify/multipart';
import { createWriteStream } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import { AppError, invalid } from '../../domain/errors.js';
import {
  ImportOptions,
  MAX_IMPORT_BYTES,
  type ImportFormat,
} from '../../domain/imports/import.schema.js';
import { issuesToFields } from '../../domain/validation/zod-issues.js';
import { formatOfName } from './roster-source.js';

export interface RosterUpload {
  readonly fileName: string;
  readonly path: string;
  readonly format: ImportFormat;
  readonly bytes: number;
  readonly options: ImportOptions;
}

/** Where a job's files live. */
export function importsDir(dataDir: string): string {
  return join(dataDir, 'imports');
}

function uploadError(error: unknown): AppError {
  if (error instanceof AppError) {
    return error;
  }
  const code = (error as { code?: unknown }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') {
    return new AppError('too_large', { params: { limit: '200 MB' } });
  }
  if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') {
    return invalid([{ path: 'roster', key: 'field.import_file' }]);
  }
  return new AppError('bad_request', { params: { detail: 'multipart/form-data' } });
}

async function readParts(request: FastifyRequest, target: string) {
  const fields: Record<string, string> = {};
  let file: { name: string; format: ImportFormat } | null = null;
  const parts = request.parts({
    limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 10, fieldSize: 20_000, parts: 12 },
  });
  for await (const part of parts) {
    if (part.type === 'field') {
      fields[part.fieldname] = String(part.value);
      continue;
    }
    const format = formatOfName(part.filename);
    if (!format) {
      part.file.resume();
      throw invalid([{ path: 'roster', key: 'field.import_file' }]);
    }
    await pipeline(part.file, createWriteStream(target));
    if (part.file.truncated) {
      throw new AppError('too_large', { params: { limit: '200 MB' } });
    }
    file = { name: part.filename, format };
  }
  return { fields, file };
}

/**
 * Save the uploaded roster as `<dataDir>/imports/<id>` and parse the options.
 * @throws AppError unsupported_media | too_large | validation (no .xlsx/.csv file, bad options)
 */
export async function readRosterUpload(
  request: FastifyRequest,
  dataDir: string,
  id: string,
): Promise<RosterUpload> {
  if (!request.isMultipart()) {
    throw new AppError('unsupported_media');
  }
  await mkdir(importsDir(dataDir), { recursive: true });
  const target = join(importsDir(dataDir), `${id}.upload`);
  try {
    const { fields, file } = await readParts(request, target);
    const options = ImportOptions.safeParse(fields, { reportInput: true });
    const problems = options.success ? [] : issuesToFields(options.error.issues);
    if (!file) {
      problems.push({ path: 'roster', key: 'field.import_file' });
    }
    if (!file || !options.success || problems.length > 0) {
      throw invalid(problems);
    }
    const bytes = (await stat(target)).size;
    return { fileName: file.name, path: target, format: file.format, bytes, options: options.data };
  } catch (error) {
    await rm(target, { force: true });
    throw uploadError(error);
  }
}
