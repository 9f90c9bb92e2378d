/** (Not yet landed: fill in, then freeze.) */
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(_db: Kysely<any>): Promise<void> {
  // nothing yet
}
