/** Read a multipart photo upload (`file` + `caption`) into memory, within the size limit. */
import type {} from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { AppError, invalid } from '../../domain/errors.js';
import {
  MAX_PHOTO_BYTES,
  MAX_PHOTO_LABEL,
  zCaption,
} from '../../domain/activities/photo.schema.js';
import { issuesToFields } from '../../domain/validation/zod-issues.js';

/** What a failure while reading the parts means for the caller. */
function uploadError(error: unknown): AppError {
  const code = (error as { code?: unknown }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') {
    return new AppError('too_large', { params: { limit: MAX_PHOTO_LABEL } });
  }
  if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') {
    return invalid([{ path: 'file', key: 'field.one_file' }]);
  }
  return new AppError('bad_request', { params: { detail: 'multipart/form-data' } });
}

/**
 * The uploaded bytes and caption.
 * @throws AppError unsupported_media (not multipart) | too_large (over 15 MB) | validation
 */
export async function readPhotoUpload(
  request: FastifyRequest,
): Promise<{ bytes: Buffer; caption: string }> {
  if (!request.isMultipart()) {
    throw new AppError('unsupported_media');
  }
  let bytes: Buffer | null = null;
  let caption: unknown = '';
  try {
    const parts = request.parts({
      limits: { fileSize: MAX_PHOTO_BYTES, files: 1, fields: 4, fieldSize: 4096, parts: 6 },
    });
    for await (const part of parts) {
      if (part.type === 'file' && part.fieldname === 'file') {
        bytes = await part.toBuffer();
      } else if (part.type === 'file') {
        part.file.resume();
      } else if (part.fieldname === 'caption') {
        caption = part.value;
      }
    }
  } catch (error) {
    throw uploadError(error);
  }
  const parsed = zCaption.safeParse(caption, { reportInput: true });
  const problems = parsed.success ? [] : issuesToFields(parsed.error.issues, 'caption');
  if (!bytes || bytes.length === 0) {
    problems.push({ path: 'file', key: 'field.required' });
  }
  if (problems.length > 0 || !bytes || !parsed.success) {
    throw invalid(problems);
  }
  return { bytes, caption: parsed.data };
}
