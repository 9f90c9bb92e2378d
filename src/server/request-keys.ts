/**
 * Idempotency keys (the `Idempotency-Key` header) for creates sent from the field: a cadre's phone
 * may lose the answer to a save that the server committed, and send it again. With the same key
 * and the same body, the repeat answers with the record the first one made; with the same key
 * and another body it is refused. The key is remembered in the transaction that makes the
 * record, so a record never exists without its key, nor a key without its record.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../domain/errors.js';
import type { Actor } from '../domain/roles.js';
import type { Conn, Db } from '../db/connect.js';
import { isUniqueViolation } from '../db/constraint-errors.js';
import { nowIso } from '../db/ids.js';
import { findRequestKey, insertRequestKey } from '../db/request-key.repository.js';

/** The header, as the routes that take it declare it (OpenAPI shows it from here). */
export const IdempotencyHeaders = z.object({
  'idempotency-key': z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,100}$/, 'field.request_key')
    .optional()
    .describe(
      'A key the client makes for this create (16–100 letters, digits, - or _), sent again unchanged when it retries: a repeat answers with the first record (header idempotent-replayed: true)',
    ),
});

/** Keys are kept a week: far longer than any retry, and the table stays small. */
const KEEP_MS = 7 * 24 * 3600 * 1000;

export interface RequestKey {
  readonly key: string;
  /** SHA-256 of the request body (after validation, so defaults included). */
  readonly fingerprint: string;
}

/** The key of a request, or null when the client sent none. */
export function requestKeyOf(key: string | undefined, body: unknown): RequestKey | null {
  if (key === undefined) {
    return null;
  }
  return { key, fingerprint: createHash('sha256').update(JSON.stringify(body)).digest('hex') };
}

/** What a create made: its record, and whether this was a repeat answered from the first. */
export interface Once {
  readonly id: string;
  readonly replayed: boolean;
}

/** Remembers the key with the record, inside the create's own transaction. */
export type Remember = (tx: Conn, entityId: string) => Promise<void>;

/** The record the key made before. @throws AppError conflict when the key came with another request */
async function prior(db: Db, actor: Actor, rk: RequestKey, entity: string): Promise<Once | null> {
  const row = await findRequestKey(db, actor.userId, rk.key);
  if (!row) {
    return null;
  }
  if (row.entity !== entity || row.fingerprint !== rk.fingerprint) {
    throw new AppError('conflict', { key: 'error.request_key_reused' });
  }
  return { id: row.entity_id, replayed: true };
}

/**
 * Run a create once per key. `create` runs its own transaction and calls `remember` in it with the
 * new record's id. A twin request racing this one loses on the key's primary key; its transaction
 * rolls back and it answers with the winner's record.
 */
export async function once(
  db: Db,
  actor: Actor,
  rk: RequestKey | null,
  entity: string,
  create: (remember: Remember) => Promise<string>,
): Promise<Once> {
  if (rk === null) {
    return { id: await create(() => Promise.resolve()), replayed: false };
  }
  const before = await prior(db, actor, rk, entity);
  if (before) {
    return before;
  }
  const remember: Remember = async (tx, entityId) => {
    const now = nowIso();
    await insertRequestKey(
      tx,
      {
        user_id: actor.userId,
        key: rk.key,
        entity,
        entity_id: entityId,
        fingerprint: rk.fingerprint,
        created_at: now,
      },
      new Date(Date.parse(now) - KEEP_MS).toISOString(),
    );
  };
  try {
    return { id: await create(remember), replayed: false };
  } catch (error) {
    const twin = isUniqueViolation(error) ? await prior(db, actor, rk, entity) : null;
    if (twin) {
      return twin;
    }
    throw error;
  }
}
