/** bangfu user add: create an account from the command line. */
import { UserCreate } from '../../domain/registry/user.schema.js';
import { createUser } from '../../server/auth/auth.service.js';
import { parseArgs } from '../args.js';
import type { CliIo } from '../io.js';
import { readPassword } from '../password.js';
import { withDatabase } from './database.js';

export interface AddUserOptions {
  readonly username?: string;
  readonly role?: string;
  readonly name?: string;
  readonly cadreId?: string;
  readonly password?: string;
}

/** Validate the options (asking for the password if absent), then create the account. */
export async function addUser(io: CliIo, options: AddUserOptions): Promise<void> {
  const fields = {
    username: options.username,
    displayName: options.name,
    role: options.role,
    cadreId: options.cadreId ?? null,
  };
  // Check everything but the password before asking for it.
  parseArgs(UserCreate.omit({ password: true }), fields);
  const password = options.password ?? (await readPassword(io));
  const input = parseArgs(UserCreate, { ...fields, password });
  const user = await withDatabase(io, (handle) => createUser(handle.db, null, input));
  io.out(io.say('cli.user_added', { username: user.username, role: user.role }));
}
