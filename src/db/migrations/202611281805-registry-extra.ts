/** Indexes behind the registry lists sorted other than by primary key. Frozen once landed. */
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  // GET /regions?level=…, keyset by code.
  await db.schema
    .createIndex('regions_level_idx')
    .on('regions')
    .columns(['level', 'code'])
    .execute();
  // GET /pairings, newest first: (start_date desc, id desc).
  await db.schema
    .createIndex('pairings_start_idx')
    .on('pairings')
    .columns(['start_date', 'id'])
    .execute();
  // GET /income-records without a household, newest year first: (year desc, id desc).
  await db.schema
    .createIndex('income_year_idx')
    .on('income_records')
    .columns(['year', 'id'])
    .execute();
  // GET /units?parent=…, and the "has child units" check before a delete.
  await db.schema
    .createIndex('org_units_parent_idx')
    .on('org_units')
    .columns(['parent_id', 'id'])
    .execute();
}

export async function down(db: Db): Promise<void> {
  for (const name of [
    'org_units_parent_idx',
    'income_year_idx',
    'pairings_start_idx',
    'regions_level_idx',
  ]) {
    await db.schema.dropIndex(name).execute();
  }
}
