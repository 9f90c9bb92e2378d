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
      const now = new Date().toISOString();
      const id = hashSessionId(sessionId);
      const userId = typeof session.userId === 'string' ? session.userId : null;
      const expires = new Date(Date.now() + idleMs).toISOString();
      const data = JSON.stringify(session);
      const changes = { user_id: userId, data, last_seen_at: now, expires_at: expires };
      // A signed-in session is only ever updated, never created here: sign-in regenerates (and
      // so inserts) the session before the user is set. A request still in flight when the
      // session was ended (logout, password change, deactivation) thus cannot bring it back.
      const write = userId
        ? db.updateTable('sessions').set(changes).where('id', '=', id).execute()
        : db
            .insertInto('sessions')
            .values({ id, ...changes, created_at: now })
            .onConflict((oc) => oc.column('id').doUpdateSet(changes))
            .execute();
      write.then(() => callback(), callback);
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
