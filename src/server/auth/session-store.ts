/** A @fastify/session store in our own database: revocable, idle timeout, ids stored hashed. */
import { createHash } from 'node:crypto';
import type { Session } from 'fastify';
import type { Db } from '../../db/connect.js';

type Callback = (err?: unknown) => void;
type GetCallback = (err: unknown, session?: Session | null) => void;

export function hashSessionId(sessionId: string): string {
  return createHash('sha256').update(sessionId).digest('hex');
}

/** A signed-in session's idle deadline moves at most this often (a write per minute, not per request). */
const TOUCH_MS = 60_000;
/** Sessions whose last read is remembered; past this the memory is dropped (it only saves writes). */
const MAX_REMEMBERED = 10_000;

/** The session's content without its cookie (whose expiry changes on every response). */
function contentOf(session: object): string {
  return JSON.stringify(session, (key, value: unknown) => (key === 'cookie' ? undefined : value));
}

function isBusy(err: unknown): boolean {
  return (err as { code?: unknown } | null)?.code === 'SQLITE_BUSY';
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
  // What each signed-in session held when a request last read it, and when it was last written.
  const read = new Map<string, { content: string; lastSeen: number }>();
  return {
    set(sessionId: string, session: Session, callback: Callback): void {
      const now = new Date().toISOString();
      const id = hashSessionId(sessionId);
      const userId = typeof session.userId === 'string' ? session.userId : null;
      const expires = new Date(Date.now() + idleMs).toISOString();
      const data = JSON.stringify(session);
      const changes = { user_id: userId, data, last_seen_at: now, expires_at: expires };
      const before = read.get(id);
      read.delete(id);
      // Only the time would change: skip it within a minute of the last write; and when SQLite's
      // one writer is taken (a roster import), let it go rather than fail the request: the session
      // then ends at its previous deadline at the latest.
      const touchOnly = userId !== null && before?.content === contentOf(session);
      if (touchOnly && Date.now() - before.lastSeen < TOUCH_MS) {
        callback();
        return;
      }
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
      write.then(
        () => callback(),
        (err: unknown) => (touchOnly && isBusy(err) ? callback() : callback(err)),
      );
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
          const session = JSON.parse(row.data) as Session;
          if (row.user_id !== null) {
            if (read.size >= MAX_REMEMBERED) {
              read.clear();
            }
            read.set(id, { content: contentOf(session), lastSeen: Date.parse(row.last_seen_at) });
          }
          return callback(null, session);
        })
        .catch((err: unknown) => callback(err));
    },
    destroy(sessionId: string, callback: Callback): void {
      read.delete(hashSessionId(sessionId));
      db.deleteFrom('sessions')
        .where('id', '=', hashSessionId(sessionId))
        .execute()
        .then(() => callback(), callback);
    },
  };
}
