/** A @fastify/session store in our own database: revocable, idle timeout, ids stored hashed. */
import { createHash } from 'node:crypto';
import type { Session } from 'fastify';
import type { Db } from '../../db/connect.js';

type Callback = (err?: unknown) => void;
type GetCallback = (err: unknown, session?: Session | null) => void;

export function hashSessionId(sessionId: string): string {
  return createHash('sha256').update(sessionId).digest('hex');
}

export interface SessionStoreOptions {
  readonly idleMinutes: number;
  /** Sessions end this long after sign-in, however active. */
  readonly maxHours: number;
}

/** The store; every failure goes to the callback so fastify answers 500 rather than hanging. */
export function createSessionStore(db: Db, options: SessionStoreOptions) {
  const idleMs = options.idleMinutes * 60_000;
  const maxMs = options.maxHours * 3_600_000;
  return {
    set(sessionId: string, session: Session, callback: Callback): void {
      const now = new Date();
      const id = hashSessionId(sessionId);
      const userId = typeof session.userId === 'string' ? session.userId : null;
      const expires = new Date(now.getTime() + idleMs).toISOString();
      const data = JSON.stringify(session);
      db.insertInto('sessions')
        .values({
          id,
          user_id: userId,
          data,
          created_at: now.toISOString(),
          last_seen_at: now.toISOString(),
          expires_at: expires,
        })
        .onConflict((oc) =>
          oc.column('id').doUpdateSet({
            user_id: userId,
            data,
            last_seen_at: now.toISOString(),
            expires_at: expires,
          }),
        )
        .execute()
        .then(() => callback(), callback);
    },
    get(sessionId: string, callback: GetCallback): void {
      const id = hashSessionId(sessionId);
      db.selectFrom('sessions')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst()
        .then(async (row) => {
          const now = Date.now();
          if (!row) {
            return callback(null, null);
          }
          if (Date.parse(row.expires_at) < now || Date.parse(row.created_at) + maxMs < now) {
            await db.deleteFrom('sessions').where('id', '=', id).execute();
            return callback(null, null);
          }
          return callback(null, JSON.parse(row.data) as Session);
        })
        .catch((err: unknown) => callback(err));
    },
    destroy(sessionId: string, callback: Callback): void {
      db.deleteFrom('sessions')
        .where('id', '=', hashSessionId(sessionId))
        .execute()
        .then(() => callback(), callback);
    },
  };
}
