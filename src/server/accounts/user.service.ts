/** Accounts as administrators see them: list, read, reset a password. Writes reuse auth.service. */
import { notFound } from '../../domain/errors.js';
import type { Actor } from '../../domain/roles.js';
import type { User, UserListQuery } from '../../domain/registry/user.schema.js';
import type { Db } from '../../db/connect.js';
import { findUser, listUsers } from '../../db/user.repository.js';
import { resetPassword, toPublicUser } from '../auth/auth.service.js';

/** A keyset page of accounts in username order. */
export async function listAccounts(
  db: Db,
  query: UserListQuery,
): Promise<{ items: User[]; nextCursor: string | null }> {
  const page = await listUsers(db, query);
  return { items: page.items.map(toPublicUser), nextCursor: page.nextCursor };
}

/** One account. @throws AppError not_found */
export async function readAccount(db: Db, id: string): Promise<User> {
  const user = await findUser(db, id);
  if (!user) {
    throw notFound('user');
  }
  return toPublicUser(user);
}

/**
 * Set a new password for an account by id: unlocks it and ends its sessions (audited).
 * @throws AppError not_found
 */
export async function resetAccountPassword(
  db: Db,
  actor: Actor,
  id: string,
  password: string,
): Promise<User> {
  const user = await findUser(db, id);
  if (!user) {
    throw notFound('user');
  }
  await resetPassword(db, actor, user.username, password);
  return readAccount(db, id);
}
