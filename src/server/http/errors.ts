/** The one table from error codes to HTTP statuses, and the error handler that uses it. */
import type { FastifyError, FastifyInstance } from 'fastify';
import { AppError, type ErrorCode } from '../../domain/errors.js';
import { pickLocale, renderError } from '../../domain/messages/i18n.js';
import { isForeignKeyViolation, isUniqueViolation } from '../../db/constraint-errors.js';

export const HTTP_STATUS: Readonly<Record<ErrorCode, number>> = {
  bad_request: 400,
  validation: 422,
  unauthenticated: 401,
  forbidden: 403,
  account_locked: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported_media: 415,
  rate_limited: 429,
  busy: 503,
  internal: 500,
};

/** Constraint violations that slipped past a service's checks are conflicts, not crashes. */
function fromDatabase(error: unknown): AppError | null {
  if (isUniqueViolation(error)) {
    return new AppError('conflict');
  }
  if (isForeignKeyViolation(error)) {
    return new AppError('conflict', { key: 'error.in_use' });
  }
  // SQLite has one writer: a roster import's transaction holds it until it commits.
  if ((error as { code?: unknown }).code === 'SQLITE_BUSY') {
    return new AppError('busy');
  }
  return null;
}

function fromFastify(error: FastifyError): AppError | null {
  if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError) {
    return new AppError('bad_request', { key: 'error.bad_json' });
  }
  if (error.statusCode === 413) {
    return new AppError('too_large', { params: { limit: '1 MB' } });
  }
  if (error.statusCode === 415) {
    return new AppError('unsupported_media');
  }
  if (error.statusCode === 429) {
    return new AppError('rate_limited');
  }
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
    return new AppError('bad_request', {
      params: { detail: error.code ?? String(error.statusCode) },
    });
  }
  return null;
}

/** Map every error to the API's error body; unknown errors are logged whole and shown generically. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler(function answerError(error: FastifyError, request, reply) {
    const locale = pickLocale(request.headers['accept-language']);
    const known = error instanceof AppError ? error : (fromDatabase(error) ?? fromFastify(error));
    if (!known) {
      request.log.error({ err: error }, 'unexpected error');
      return reply.status(500).send(renderError(locale, new AppError('internal')));
    }
    return reply.status(HTTP_STATUS[known.code]).send(renderError(locale, known));
  });
  app.setNotFoundHandler(function answerNotFound(request, reply) {
    const locale = pickLocale(request.headers['accept-language']);
    return reply.status(404).send(renderError(locale, new AppError('not_found')));
  });
}
