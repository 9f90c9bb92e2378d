/** Whether the demo may build into the configured database, and clearing it when it may. */
import { rmSync } from 'node:fs';
import { sql } from 'kysely';
import type { DbHandle } from '../../db/connect.js';
import type { Config } from '../../server/config.js';
import { openDatabase } from '../runtime.js';
import { listTables, recreateSchema } from './tables.js';

export type TargetState = 'empty' | 'demo' | 'other';

/** Tables whose rows mean someone has put data in the database. */
const DATA_TABLES = ['users', 'households', 'regions', 'org_units'] as const;

/** Empty (nothing but a schema), a demo built earlier, or someone's real data. */
export async function targetState(handle: DbHandle): Promise<TargetState> {
  const tables = new Set(await listTables(handle));
  const appTables = [...tables].filter((t) => !t.startsWith('kysely_'));
  if (appTables.length === 0) {
    return 'empty';
  }
  if (tables.has('audit_log')) {
    const mark = await handle.db
      .selectFrom('audit_log')
      .select('id')
      .where('entity', '=', 'demo')
      .executeTakeFirst();
    if (mark) {
      return 'demo';
    }
  }
  if (DATA_TABLES.some((t) => !tables.has(t))) {
    return 'other';
  }
  for (const table of DATA_TABLES) {
    const row = await handle.db
      .selectFrom(table)
      .select(sql<number>`1`.as('one'))
      .limit(1)
      .executeTakeFirst();
    if (row) {
      return 'other';
    }
  }
  return 'empty';
}

/** Start from nothing: delete the SQLite file, or drop and re-create the PostgreSQL schema. */
export async function clearDatabase(config: Config, handle: DbHandle): Promise<DbHandle> {
  if (handle.dialect === 'postgres') {
    await recreateSchema(handle);
    return handle;
  }
  await handle.close();
  for (const suffix of ['', '-wal', '-shm']) {
    rmSync(`${config.databaseUrl}${suffix}`, { force: true });
  }
  return openDatabase(config);
}
