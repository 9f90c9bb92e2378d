/** Open the configured database, migrated, for the length of one command. */
import type { DbHandle } from '../../db/connect.js';
import type { Config } from '../../server/config.js';
import type { CliIo } from '../io.js';
import { migrate, openDatabase, readConfig } from '../runtime.js';

/** Run `work` over the migrated database and close it afterwards, whatever happens. */
export async function withDatabase<T>(
  io: CliIo,
  work: (handle: DbHandle, config: Config) => Promise<T>,
): Promise<T> {
  const config = readConfig(io.env);
  const handle = openDatabase(config);
  try {
    await migrate(handle);
    return await work(handle, config);
  } finally {
    await handle.close();
  }
}
