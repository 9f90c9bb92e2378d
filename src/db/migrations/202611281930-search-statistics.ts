/**
 * PostgreSQL only: tell the planner that a household has a few dozen search terms. ANALYZE's
 * sample of a 57-million-row household_search (1.6 M households) puts household_id's distinct
 * values at tens of thousands, so the planner believed each household had a thousand terms and
 * scanned the region's households in parallel for a search within one village (150–230 ms
 * instead of 5–20 ms; bench/RESULTS.md). A negative n_distinct is a share of the rows, so it
 * holds at any scale. SQLite plans without statistics and needs nothing.
 */
import { PostgresAdapter, sql, type Kysely } from 'kysely';

function isPostgres(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** About 36 terms per household: household_id's distinct values are about 1/50 of the rows. */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) {
    await sql`alter table household_search alter column household_id set (n_distinct = -0.02)`.execute(
      db,
    );
  }
}

/** Back to ANALYZE's own estimate. */
export async function down(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) {
    await sql`alter table household_search alter column household_id reset (n_distinct)`.execute(
      db,
    );
  }
}
