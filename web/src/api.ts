/** The one HTTP client of the web app: JSON in and out, the session cookie, API errors as values. */

export interface FieldError {
  readonly path: string;
  readonly message: string;
}

/** An error answered by the API, with its code, message and field problems in the user's language. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: readonly FieldError[],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let language = 'zh-CN';

/** Set the Accept-Language sent with every request (zh-CN or en). */
export function setApiLanguage(lang: string): void {
  language = lang;
}

async function toError(res: Response): Promise<ApiError> {
  try {
    const body = (await res.json()) as {
      error?: { code: string; message: string; fields?: FieldError[] };
    };
    if (body.error) {
      return new ApiError(res.status, body.error.code, body.error.message, body.error.fields ?? []);
    }
  } catch {
    // not JSON: fall through
  }
  return new ApiError(res.status, 'internal', res.statusText || `HTTP ${res.status}`, []);
}

/** The error of a request that got no answer. */
export function networkError(): ApiError {
  return new ApiError(
    0,
    'network',
    language === 'en' ? 'Network unavailable; try again' : '网络不可用，请稍后重试',
    [],
  );
}

/**
 * Call the API; throws ApiError for every non-2xx answer and for network failures. A create may
 * carry an idempotency key (see request-keys.ts), which makes it safe to send again.
 */
export async function api<T>(
  method: string,
  path: string,
  body?: unknown,
  options: { idempotencyKey?: string } = {},
): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`/api/v1${path}`, {
      method,
      credentials: 'same-origin',
      headers: {
        'accept-language': language,
        ...(body === undefined || body instanceof FormData
          ? {}
          : { 'content-type': 'application/json' }),
        ...(options.idempotencyKey ? { 'idempotency-key': options.idempotencyKey } : {}),
      },
      body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
    });
  } catch {
    throw networkError();
  }
  if (!res.ok) {
    throw await toError(res);
  }
  if (res.status === 204) {
    return undefined as T;
  }
  return (await res.json()) as T;
}

/** Whether an error is worth trying again: no answer, or the server not answering well. */
export function isTransient(error: unknown): boolean {
  return !(error instanceof ApiError) || error.status === 0 || error.status >= 500;
}

/**
 * Send a request that is safe to repeat, trying again on a dropped connection or a failing server
 * (after 1, 2 and 4 seconds); other errors, and the last failure, are thrown.
 */
export async function retryTransient<T>(send: () => Promise<T>, retries = 3): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await send();
    } catch (error) {
      if (attempt >= retries || !isTransient(error)) {
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, 1000 * 2 ** attempt));
    }
  }
}

export interface Page<T> {
  readonly items: T[];
  readonly nextCursor: string | null;
}

/** Build a query string from defined values only. */
export function qs(params: Record<string, string | number | boolean | undefined | null>): string {
  const entries = Object.entries(params).filter(
    ([, v]) => v !== undefined && v !== null && v !== '',
  );
  return entries.length === 0
    ? ''
    : `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString()}`;
}
