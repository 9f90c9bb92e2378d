/** What every command needs: the parsed configuration and an open, migrated database. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { sql } from 'kysely';
import { connect, isPostgresUrl, type DbHandle } from '../db/connect.js';
import { migrateToLatest } from '../db/migrate.js';
import { loadConfig, type Config } from '../server/config.js';
import { setProgramTimeZone } from '../domain/validation/dates.js';
import { ConfigError } from './failure.js';

/** Parse the environment. @throws ConfigError naming every bad variable */
export function readConfig(env: NodeJS.ProcessEnv): Config {
  try {
    const config = loadConfig(env);
    setProgramTimeZone(config.timeZone);
    return config;
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('Invalid configuration')) {
      const lines = error.message.split('\n').slice(1);
      throw new ConfigError(lines.map((line) => `  ${line.trim()}`));
    }
    throw error;
  }
}

/** Open the configured database; the data directory (and the SQLite file's folder) is created. */
export function openDatabase(config: Config): DbHandle {
  mkdirSync(config.dataDir, { recursive: true });
  if (isPostgresUrl(config.databaseUrl)) {
    return connect({ url: config.databaseUrl, poolSize: config.pgPoolSize });
  }
  mkdirSync(dirname(config.databaseUrl), { recursive: true });
  return connect({ url: config.databaseUrl });
}

/** The PostgreSQL schema new tables go to (first on the search_path); undefined on SQLite. */
export async function currentSchema(handle: DbHandle): Promise<string | undefined> {
  if (handle.dialect !== 'postgres') {
    return undefined;
  }
  const result = await sql<{ schema: string }>`select current_schema() as schema`.execute(
    handle.db,
  );
  return result.rows[0]?.schema;
}

/** Bring the schema up to date; returns how many migrations ran now. */
export async function migrate(handle: DbHandle): Promise<number> {
  const result = await migrateToLatest(handle.db, await currentSchema(handle));
  return (result.results ?? []).filter((r) => r.status === 'Success').length;
}

/** A one-line description of where the database is, without a password. */
export function describeTarget(config: Config): string {
  if (!isPostgresUrl(config.databaseUrl)) {
    return config.databaseUrl;
  }
  const url = new URL(config.databaseUrl);
  url.password = '';
  return url.toString();
}
