/**
 * Households listed by village and status together (a village's poor households): one index on
 * both, so the list reads only the village's rows of that status instead of every household of
 * the status in the region (measured at 1.6 M households: bench/RESULTS.md).
 */
import type { Kysely } from 'kysely';

/** Add the (village_code, status, id) index. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('households_village_status_idx')
    .on('households')
    .columns(['village_code', 'status', 'id'])
    .execute();
}

/** Drop it. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('households_village_status_idx').execute();
}
