/** Opaque keyset cursors: base64url JSON of the last row's sort key. */
import { AppError } from '../domain/errors.js';

export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** Decode a cursor into its key; a forged or stale cursor is a 400 naming the field. */
export function decodeCursor(cursor: string, arity: number): (string | number)[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === arity &&
      key.every((k) => typeof k === 'string' || typeof k === 'number')
    ) {
      return key;
    }
  } catch {
    // fall through to the error below
  }
  throw new AppError('validation', { fields: [{ path: 'cursor', key: 'field.invalid' }] });
}

/** Take limit+1 rows, return the page and the next cursor. */
export function pageOf<T>(
  rows: T[],
  limit: number,
  key: (row: T) => (string | number)[],
): { items: T[]; nextCursor: string | null } {
  if (rows.length <= limit) {
    return { items: rows, nextCursor: null };
  }
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: last === undefined ? null : encodeCursor(key(last)) };
}
