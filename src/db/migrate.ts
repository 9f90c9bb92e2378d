/** Run the migrations in src/db/migrations, in name order, on either dialect. */
import { Migrator, type Migration, type MigrationResultSet } from 'kysely';
import type { Db } from './connect.js';
import * as foundation from './migrations/202611281800-foundation.js';

const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '202611281800-foundation': foundation,
};

/** Bring the schema up to date; throws the first migration error. */
export async function migrateToLatest(db: Db, pgSchema?: string): Promise<MigrationResultSet> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(MIGRATIONS) },
    ...(pgSchema ? { migrationTableSchema: pgSchema } : {}),
  });
  const result = await migrator.migrateToLatest();
  if (result.error) {
    throw result.error instanceof Error ? result.error : new Error(String(result.error));
  }
  return result;
}
