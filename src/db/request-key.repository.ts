/** Idempotency keys: which record a user's key made (see server/request-keys.ts). */
import type { Conn } from './connect.js';
import type { RequestKeysTable } from './database.js';

/** The record a user's key made, if any. */
export async function findRequestKey(
  db: Conn,
  userId: string,
  key: string,
): Promise<RequestKeysTable | undefined> {
  return db
    .selectFrom('request_keys')
    .selectAll()
    .where('user_id', '=', userId)
    .where('key', '=', key)
    .executeTakeFirst();
}

/**
 * Remember a key in the transaction that made its record, and forget this user's keys older than
 * `forgetBefore` (the primary key's user_id prefix finds them; a user has few).
 */
export async function insertRequestKey(
  tx: Conn,
  row: RequestKeysTable,
  forgetBefore: string,
): Promise<void> {
  await tx
    .deleteFrom('request_keys')
    .where('user_id', '=', row.user_id)
    .where('created_at', '<', forgetBefore)
    .execute();
  await tx.insertInto('request_keys').values(row).execute();
}
