/**
 * A copy of registerHouseholds with the bulk insert RESULTS.md proposes: one parameter per column
 * (pg `unnest` arrays, SQLite `json_each`) instead of Kysely multi-row VALUES. Benchmark only.
 */
import { sql } from 'kysely';
import { appendAudit } from '../../src/db/audit.repository.js';
import type { Db, Dialect } from '../../src/db/connect.js';
import { nowIso } from '../../src/db/ids.js';
import { takenIdNumbers } from '../../src/db/person.repository.js';
import type { HouseholdCreate } from '../../src/domain/registry/household.schema.js';
import { buildNewHousehold } from '../../src/server/registry/household.service.js';
import { COLUMNS, RAW_TABLES, rowsOfBuilt, type RawTable } from './raw-rows.js';

const INTEGER_COLUMNS = new Set<string>(['member_count', 'exit_year']);

/** Insert rows (arrays in COLUMNS order) with one statement and one parameter per column. */
export async function insertColumns(
  db: Db,
  dialect: Dialect,
  table: RawTable,
  rows: readonly unknown[][],
): Promise<void> {
  const cols = COLUMNS[table];
  const names = sql.join(cols.map((c) => sql.ref(c)));
  if (dialect === 'postgres') {
    const arrays = cols.map((c, i) => {
      const type = INTEGER_COLUMNS.has(c) ? sql.raw('integer[]') : sql.raw('text[]');
      return sql`${rows.map((r) => r[i] ?? null)}::${type}`;
    });
    await sql`insert into ${sql.table(table)} (${names}) select * from unnest(${sql.join(arrays)})`.execute(
      db,
    );
    return;
  }
  const picks = cols.map((_, i) => sql`value ->> ${sql.lit(i)}`);
  await sql`insert into ${sql.table(table)} (${names}) select ${sql.join(picks)} from json_each(${JSON.stringify(rows)})`.execute(
    db,
  );
}

/** registerHouseholds(db, null, inputs, { audit: 'summary' }) with the proposed insert. */
export async function registerHouseholdsProposed(
  db: Db,
  dialect: Dialect,
  inputs: readonly HouseholdCreate[],
): Promise<string[]> {
  const at = nowIso();
  const built = inputs.map((input) => buildNewHousehold(input, null, at));
  await db.transaction().execute(async (tx) => {
    const codes = [...new Set(inputs.map((i) => i.villageCode))];
    const known = await tx
      .selectFrom('villages')
      .select('code')
      .where('code', 'in', codes)
      .execute();
    const ids = inputs.flatMap((i) => i.members.flatMap((m) => (m.idNumber ? [m.idNumber] : [])));
    if (known.length !== codes.length || (await takenIdNumbers(tx, ids)).size > 0) {
      throw new Error('unknown village or ID number taken');
    }
    const rows = rowsOfBuilt(built);
    for (const table of RAW_TABLES) {
      if (rows[table].length > 0) {
        await insertColumns(tx, dialect, table, rows[table]);
      }
    }
    await appendAudit(tx, [
      {
        actor: null,
        action: 'create',
        entity: 'household_batch',
        entityId: built[0]?.household.id ?? '',
        after: { count: built.length },
      },
    ]);
  });
  return built.map((b) => b.household.id);
}
