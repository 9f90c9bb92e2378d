/** Test databases: SQLite in memory always, PostgreSQL (a fresh schema) when BANGFU_TEST_PG_URL is set. */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { connect, type Dialect, type DbHandle } from '../../src/db/connect.js';
import { migrateToLatest } from '../../src/db/migrate.js';

const PG_URL = process.env.BANGFU_TEST_PG_URL;

if (process.env.CI === 'true' && !PG_URL) {
  throw new Error(
    'CI=true but BANGFU_TEST_PG_URL is not set: the PostgreSQL suites would be skipped.',
  );
}

/** The dialects every repository and service test runs on. */
export const dialects: readonly Dialect[] = PG_URL ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestDb extends DbHandle {
  /** Drop everything this test database made. */
  dispose(): Promise<void>;
}

/** A new, migrated, empty database of the dialect. */
export async function openTestDb(dialect: Dialect): Promise<TestDb> {
  if (dialect === 'sqlite') {
    const handle = connect({ url: ':memory:' });
    await migrateToLatest(handle.db);
    return { ...handle, dispose: () => handle.close() };
  }
  if (!PG_URL) {
    throw new Error('BANGFU_TEST_PG_URL is not set');
  }
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const handle = connect({ url: PG_URL, pgSchema: schema, poolSize: 5 });
  await migrateToLatest(handle.db, schema);
  return {
    ...handle,
    async dispose() {
      await handle.close();
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      await client.query(`drop schema ${schema} cascade`);
      await client.end();
    },
  };
}
