/** bangfu migrate: bring the database schema to the latest version. */
import type { CliIo } from '../io.js';
import { migrate, openDatabase, readConfig } from '../runtime.js';

/** Apply every pending migration and say how many ran. */
export async function runMigrations(io: CliIo): Promise<void> {
  const config = readConfig(io.env);
  const handle = openDatabase(config);
  try {
    const count = await migrate(handle);
    io.out(count > 0 ? io.say('cli.migrated', { count }) : io.say('cli.up_to_date'));
  } finally {
    await handle.close();
  }
}
