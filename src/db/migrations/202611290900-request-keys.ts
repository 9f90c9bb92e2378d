/**
 * Idempotency keys: the record each client-chosen key made, so that a create sent again (its
 * answer lost on a village connection) answers with the first record instead of making a second.
 * Frozen once landed.
 */
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('request_keys')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('request_keys_pk', ['user_id', 'key'])
    .execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('request_keys').execute();
}
