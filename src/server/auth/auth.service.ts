/** Sign in with lockout, password changes, accounts. */
import { AppError, conflict, notFound } from '../../domain/errors.js';
import type { Actor } from '../../domain/roles.js';
import type { User, UserCreate, UserPatch } from '../../domain/registry/user.schema.js';
import { appendAudit } from '../../db/audit.repository.js';
import type { Db } from '../../db/connect.js';
import { newId, nowIso } from '../../db/ids.js';
import {
  clearFailedLogins,
  deleteSessionsOfUser,
  findUser,
  findUserByUsername,
  insertUser,
  recordFailedLogin,
  setPassword,
  updateUser,
  type UserRecord,
} from '../../db/user.repository.js';
import { dummyHash, hashPassword, verifyPassword } from './passwords.js';

export const LOCKOUT_THRESHOLD = 5;
export const LOCKOUT_MINUTES = 15;

export function toPublicUser(u: UserRecord): User {
  const { passwordHash: _h, failedLogins: _f, ...rest } = u;
  return rest;
}

function lockedMinutesLeft(user: UserRecord, now: number): number {
  if (!user.lockedUntil) {
    return 0;
  }
  const left = Date.parse(user.lockedUntil) - now;
  return left > 0 ? Math.ceil(left / 60_000) : 0;
}

/** Check a username and password; five failures lock the account for fifteen minutes. */
export async function signIn(
  db: Db,
  input: { username: string; password: string; ip?: string },
): Promise<UserRecord> {
  const user = await findUserByUsername(db, input.username.trim().toLowerCase());
  if (!user || !user.active) {
    await verifyPassword(await dummyHash(), input.password);
    throw new AppError('unauthenticated', { key: 'error.login_failed' });
  }
  const now = Date.now();
  const minutes = lockedMinutesLeft(user, now);
  if (minutes > 0) {
    throw new AppError('account_locked', { params: { minutes } });
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    const lockUntil = new Date(now + LOCKOUT_MINUTES * 60_000).toISOString();
    await recordFailedLogin(db, user.id, { threshold: LOCKOUT_THRESHOLD, lockUntil, at: nowIso() });
    const after = await findUser(db, user.id);
    if (after && lockedMinutesLeft(after, now) > 0) {
      throw new AppError('account_locked', { params: { minutes: LOCKOUT_MINUTES } });
    }
    throw new AppError('unauthenticated', { key: 'error.login_failed' });
  }
  await db.transaction().execute(async (tx) => {
    await clearFailedLogins(tx, user.id);
    const actor = { userId: user.id, role: user.role, cadreId: user.cadreId };
    await appendAudit(tx, [
      { actor, action: 'login', entity: 'user', entityId: user.id, ip: input.ip ?? null },
    ]);
  });
  return user;
}

/** The actor behind a session, or null when the account is gone or disabled. */
export async function loadActor(db: Db, userId: string): Promise<Actor | null> {
  const user = await findUser(db, userId);
  if (!user || !user.active) {
    return null;
  }
  return { userId: user.id, role: user.role, cadreId: user.cadreId };
}

/** Change one's own password; every other session of the user ends. */
export async function changePassword(
  db: Db,
  actor: Actor,
  input: { currentPassword: string; newPassword: string; sessionIdHash: string },
): Promise<void> {
  const user = await findUser(db, actor.userId);
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError('validation', {
      fields: [{ path: 'currentPassword', key: 'field.password_wrong' }],
    });
  }
  const hash = await hashPassword(input.newPassword);
  await db.transaction().execute(async (tx) => {
    await setPassword(tx, user.id, hash, nowIso());
    await deleteSessionsOfUser(tx, user.id, input.sessionIdHash);
    await appendAudit(tx, [
      {
        actor,
        action: 'update',
        entity: 'user',
        entityId: user.id,
        after: { password: 'changed' },
      },
    ]);
  });
}

/** A cadre link must name a cadre that exists. @throws AppError validation on cadreId */
async function assertCadreExists(db: Db, cadreId: string | null | undefined): Promise<void> {
  if (!cadreId) {
    return;
  }
  const cadre = await db
    .selectFrom('cadres')
    .select('id')
    .where('id', '=', cadreId)
    .executeTakeFirst();
  if (!cadre) {
    throw new AppError('validation', {
      fields: [{ path: 'cadreId', key: 'field.unknown_cadre' }],
    });
  }
}

/** Create an account (admin, CLI, demo). @throws AppError conflict when the username is taken. */
export async function createUser(db: Db, actor: Actor | null, input: UserCreate): Promise<User> {
  if (await findUserByUsername(db, input.username)) {
    throw conflict('error.username_taken', { username: input.username });
  }
  await assertCadreExists(db, input.cadreId);
  const at = nowIso();
  const id = newId();
  const passwordHash = await hashPassword(input.password);
  await db.transaction().execute(async (tx) => {
    await insertUser(tx, {
      id,
      username: input.username,
      display_name: input.displayName,
      role: input.role,
      cadre_id: input.cadreId ?? null,
      password_hash: passwordHash,
      active: 1,
      locked_until: null,
      password_changed_at: at,
      created_at: at,
      updated_at: at,
    });
    const after = {
      username: input.username,
      displayName: input.displayName,
      role: input.role,
      cadreId: input.cadreId ?? null,
    };
    await appendAudit(tx, [{ actor, action: 'create', entity: 'user', entityId: id, after }]);
  });
  const user = await findUser(db, id);
  if (!user) {
    throw notFound('user');
  }
  return toPublicUser(user);
}

/** Set a new password for someone else (admin or CLI); unlocks and ends their sessions. */
export async function resetPassword(
  db: Db,
  actor: Actor | null,
  username: string,
  password: string,
): Promise<void> {
  const user = await findUserByUsername(db, username);
  if (!user) {
    throw notFound('user');
  }
  const hash = await hashPassword(password);
  await db.transaction().execute(async (tx) => {
    await setPassword(tx, user.id, hash, nowIso());
    await deleteSessionsOfUser(tx, user.id);
    await appendAudit(tx, [
      { actor, action: 'update', entity: 'user', entityId: user.id, after: { password: 'reset' } },
    ]);
  });
}

/** Administrators may not lock themselves out: no deactivating or demoting one's own account. */
function assertNotSelfLockout(actor: Actor, id: string, patch: UserPatch): void {
  if (actor.userId !== id) {
    return;
  }
  if (patch.active === false || (patch.role !== undefined && patch.role !== actor.role)) {
    throw conflict('error.user_self_lockout');
  }
}

/**
 * Change an account's name, role, cadre link or activity; deactivation ends its sessions.
 * @throws AppError not_found, validation (unknown cadre), conflict (one's own role or activity)
 */
export async function changeUser(
  db: Db,
  actor: Actor,
  id: string,
  patch: UserPatch,
): Promise<User> {
  assertNotSelfLockout(actor, id, patch);
  await assertCadreExists(db, patch.cadreId);
  return db.transaction().execute(async (tx) => {
    const before = await findUser(tx, id);
    if (!before) {
      throw notFound('user');
    }
    await updateUser(tx, id, patch, nowIso());
    if (patch.active === false) {
      await deleteSessionsOfUser(tx, id);
    }
    const after = await findUser(tx, id);
    if (!after) {
      throw notFound('user');
    }
    await appendAudit(tx, [
      {
        actor,
        action: 'update',
        entity: 'user',
        entityId: id,
        before: toPublicUser(before),
        after: toPublicUser(after),
      },
    ]);
    return toPublicUser(after);
  });
}
