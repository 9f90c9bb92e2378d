/** Accounts and their sessions. */
import type { Role } from '../domain/roles.js';
import type { User, UserPatch } from '../domain/registry/user.schema.js';
import type { Conn } from './connect.js';
import type { UsersTable } from './database.js';
import { decodeCursor, pageOf } from './cursor.js';

export interface UserRecord extends User {
  readonly passwordHash: string;
  readonly failedLogins: number;
}

function toUser(r: Omit<UsersTable, 'failed_logins'> & { failed_logins: number }): UserRecord {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    role: r.role as Role,
    cadreId: r.cadre_id,
    active: r.active === 1,
    lockedUntil: r.locked_until,
    createdAt: r.created_at,
    passwordHash: r.password_hash,
    failedLogins: Number(r.failed_logins),
  };
}

export async function findUserByUsername(
  db: Conn,
  username: string,
): Promise<UserRecord | undefined> {
  const row = await db
    .selectFrom('users')
    .selectAll()
    .where('username', '=', username)
    .executeTakeFirst();
  return row ? toUser(row) : undefined;
}

export async function findUser(db: Conn, id: string): Promise<UserRecord | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toUser(row) : undefined;
}

export async function insertUser(db: Conn, row: Omit<UsersTable, 'failed_logins'>): Promise<void> {
  await db
    .insertInto('users')
    .values({ ...row, failed_logins: 0 })
    .execute();
}

/** Record a failed sign-in; lock (and restart the count) when it reaches `threshold`. */
export async function recordFailedLogin(
  db: Conn,
  id: string,
  opts: { threshold: number; lockUntil: string; at: string },
): Promise<void> {
  await db
    .updateTable('users')
    .set((eb) => ({ failed_logins: eb('failed_logins', '+', 1), updated_at: opts.at }))
    .where('id', '=', id)
    .execute();
  await db
    .updateTable('users')
    .set({ locked_until: opts.lockUntil, failed_logins: 0 })
    .where('id', '=', id)
    .where('failed_logins', '>=', opts.threshold)
    .execute();
}

export async function clearFailedLogins(db: Conn, id: string): Promise<void> {
  await db
    .updateTable('users')
    .set({ failed_logins: 0, locked_until: null })
    .where('id', '=', id)
    .execute();
}

export async function setPassword(db: Conn, id: string, hash: string, at: string): Promise<void> {
  await db
    .updateTable('users')
    .set({
      password_hash: hash,
      password_changed_at: at,
      updated_at: at,
      failed_logins: 0,
      locked_until: null,
    })
    .where('id', '=', id)
    .execute();
}

export async function updateUser(
  db: Conn,
  id: string,
  patch: UserPatch,
  at: string,
): Promise<void> {
  await db
    .updateTable('users')
    .set({
      ...(patch.displayName !== undefined ? { display_name: patch.displayName } : {}),
      ...(patch.role !== undefined ? { role: patch.role } : {}),
      ...(patch.cadreId !== undefined ? { cadre_id: patch.cadreId } : {}),
      ...(patch.active !== undefined ? { active: patch.active ? 1 : 0 } : {}),
      updated_at: at,
    })
    .where('id', '=', id)
    .execute();
}

/** A keyset page of accounts in username order (the unique index), optionally by role and activity. */
export async function listUsers(
  db: Conn,
  query: {
    limit: number;
    cursor?: string | undefined;
    role?: Role | undefined;
    active?: boolean | undefined;
  },
): Promise<{ items: UserRecord[]; nextCursor: string | null }> {
  let q = db
    .selectFrom('users')
    .selectAll()
    .orderBy('username')
    .limit(query.limit + 1);
  if (query.role) {
    q = q.where('role', '=', query.role);
  }
  if (query.active !== undefined) {
    q = q.where('active', '=', query.active ? 1 : 0);
  }
  if (query.cursor) {
    const [username] = decodeCursor(query.cursor, 1);
    q = q.where('username', '>', String(username));
  }
  const page = pageOf(await q.execute(), query.limit, (r) => [r.username]);
  return { items: page.items.map(toUser), nextCursor: page.nextCursor };
}

/** End every session of a user (sign-out everywhere, password change, deactivation). */
export async function deleteSessionsOfUser(
  db: Conn,
  userId: string,
  exceptId?: string,
): Promise<void> {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptId) {
    q = q.where('id', '!=', exceptId);
  }
  await q.execute();
}
