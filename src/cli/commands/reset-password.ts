/** bangfu user reset-password: set a new password, unlock the account, end its sessions. */
import { z } from 'zod';
import { AppError, invalid } from '../../domain/errors.js';
import { zPassword } from '../../domain/registry/user.schema.js';
import { resetPassword } from '../../server/auth/auth.service.js';
import { parseArgs } from '../args.js';
import type { CliIo } from '../io.js';
import { readPassword } from '../password.js';
import { withDatabase } from './database.js';

const ResetArgs = z.strictObject({
  username: z.string().trim().min(1).max(64),
  password: zPassword,
});

/** Reset the password of an existing account. @throws AppError validation for an unknown user */
export async function resetUserPassword(
  io: CliIo,
  options: { readonly username?: string; readonly password?: string },
): Promise<void> {
  parseArgs(ResetArgs.pick({ username: true }), { username: options.username });
  const password = options.password ?? (await readPassword(io));
  const input = parseArgs(ResetArgs, { username: options.username, password });
  try {
    await withDatabase(io, (h) => resetPassword(h.db, null, input.username, input.password));
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') {
      const params = { username: input.username };
      throw invalid([{ path: 'username', key: 'cli.unknown_user', params }]);
    }
    throw error;
  }
  io.out(io.say('cli.password_reset', { username: input.username }));
}
