/** bangfu serve: migrate, then run the HTTP server until SIGINT or SIGTERM. */
import type { DbHandle } from '../../db/connect.js';
import type { Config } from '../../server/config.js';
import { startServer, stopOnSignals } from '../../server/main.js';
import type { CliIo } from '../io.js';
import { migrate, openDatabase, readConfig } from '../runtime.js';

/** Serve an open, migrated database until a signal stops the server (which closes the database). */
export async function runServer(io: CliIo, config: Config, handle: DbHandle): Promise<void> {
  let server;
  try {
    server = await startServer(config, handle);
  } catch (error) {
    await handle.close();
    throw error;
  }
  // Listen for signals before saying we are ready: a signal right after the line must stop us cleanly.
  const stopped = stopOnSignals(server);
  io.out(io.say('cli.listening', { url: server.url }));
  await stopped;
  io.out(io.say('cli.stopped'));
}

/** Open and migrate the configured database, then serve it. */
export async function serveApp(io: CliIo): Promise<void> {
  const config = readConfig(io.env);
  const handle = openDatabase(config);
  try {
    await migrate(handle);
  } catch (error) {
    await handle.close();
    throw error;
  }
  await runServer(io, config, handle);
}
