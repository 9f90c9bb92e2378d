/** The one error type of bangfu: a closed set of codes, each door maps them in one table. */

export const ERROR_CODES = [
  'bad_request',
  'validation',
  'unauthenticated',
  'forbidden',
  'account_locked',
  'not_found',
  'conflict',
  'too_large',
  'unsupported_media',
  'rate_limited',
  'busy',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A problem with one input field: path like `members.0.idNumber`, message key and its params. */
export interface FieldProblem {
  readonly path: string;
  readonly key: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  /** Catalogue key of the message shown to the user. */
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
  readonly fields: readonly FieldProblem[];

  constructor(
    code: ErrorCode,
    options: {
      key?: string;
      params?: Record<string, string | number>;
      fields?: readonly FieldProblem[];
    } = {},
  ) {
    super(options.key ?? `error.${code}`);
    this.name = 'AppError';
    this.code = code;
    this.key = options.key ?? `error.${code}`;
    this.params = options.params ?? {};
    this.fields = options.fields ?? [];
  }
}

/** A record that does not exist or that the caller may not see: both answer the same. */
export function notFound(entity: string): AppError {
  return new AppError('not_found', { key: 'error.not_found', params: { entity } });
}

/** A validation failure on one or more fields. */
export function invalid(fields: readonly FieldProblem[]): AppError {
  return new AppError('validation', { fields });
}

export function conflict(key: string, params: Record<string, string | number> = {}): AppError {
  return new AppError('conflict', { key, params });
}

export function forbidden(): AppError {
  return new AppError('forbidden');
}
