/** Where a CLI test builds its database: a SQLite file in a temp dir, or a fresh PostgreSQL schema. */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { connect, type Dialect, type DbHandle } from '../../src/db/connect.js';
import { tempDataDir } from './run-cli.js';

export interface CliTarget {
  /** The environment to run `bangfu` with. */
  readonly env: Record<string, string>;
  /** The PostgreSQL schema, or undefined on SQLite. */
  readonly schema: string | undefined;
  /** A connection of the test's own to inspect what the CLI wrote. */
  open(): DbHandle;
  dispose(): Promise<void>;
}

async function pgQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(text);
  await client.end();
}

/** A new, empty target of the dialect. */
export async function cliTarget(dialect: Dialect): Promise<CliTarget> {
  const dir = tempDataDir();
  const pgUrl = process.env.BANGFU_TEST_PG_URL;
  if (dialect === 'sqlite' || !pgUrl) {
    return {
      env: { BANGFU_DATA_DIR: dir },
      schema: undefined,
      open: () => connect({ url: `${dir}/bangfu.db` }),
      dispose: () => Promise.resolve(),
    };
  }
  const schema = `t_cli_${randomBytes(5).toString('hex')}`;
  await pgQuery(pgUrl, `create schema ${schema}`);
  const url = new URL(pgUrl);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return {
    env: { BANGFU_DATA_DIR: dir, BANGFU_DATABASE_URL: url.toString() },
    schema,
    open: () => connect({ url: pgUrl, pgSchema: schema, poolSize: 2 }),
    dispose: () => pgQuery(pgUrl, `drop schema if exists ${schema} cascade`),
  };
}
