/** A digest of a database's content without ids, clock times or password hashes. */
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { DbHandle } from '../../src/db/connect.js';

/** Tables whose content is about this run rather than the data. */
const SKIPPED = new Set(['audit_log', 'sessions', 'kysely_migration', 'kysely_migration_lock']);

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const INSTANT = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?/g;
const HASH = /\$argon2[^"]*/g;

/** One digest per table: rows serialized with ids, instants and hashes masked, then sorted. */
export async function digestTables(
  handle: DbHandle,
  schema?: string,
): Promise<Map<string, string>> {
  const tables = (await handle.db.introspection.getTables())
    .filter((t) => (schema === undefined || t.schema === schema) && !SKIPPED.has(t.name))
    .map((t) => t.name)
    .sort();
  const digests = new Map<string, string>();
  for (const table of tables) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(
      handle.db,
    );
    const lines = rows
      .map((row) =>
        JSON.stringify(row).replace(UUID, 'ID').replace(INSTANT, 'T').replace(HASH, 'H'),
      )
      .sort();
    digests.set(table, createHash('sha256').update(lines.join('\n')).digest('hex'));
  }
  return digests;
}

/** The tables whose digests differ between two runs. */
export function differingTables(a: Map<string, string>, b: Map<string, string>): string[] {
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names].filter((name) => a.get(name) !== b.get(name)).sort();
}
