/** Run the migrations in src/db/migrations, in name order, on either dialect. */
import { Migrator, type Migration, type MigrationResultSet } from 'kysely';
import type { Db } from './connect.js';
import * as foundation from './migrations/202611281800-foundation.js';
import * as registryExtra from './migrations/202611281805-registry-extra.js';
import * as activities from './migrations/202611281810-activities.js';
import * as assistance from './migrations/202611281811-assistance.js';
import * as fund from './migrations/202611281812-fund.js';
import * as trainingIndustry from './migrations/202611281813-training-industry.js';
import * as imports from './migrations/202611281900-imports.js';
import * as indicators from './migrations/202611281910-indicators.js';
import * as listIndexes from './migrations/202611281920-list-indexes.js';
import * as searchStatistics from './migrations/202611281930-search-statistics.js';
import * as requestKeys from './migrations/202611290900-request-keys.js';

const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '202611281800-foundation': foundation,
  '202611281805-registry-extra': registryExtra,
  '202611281810-activities': activities,
  '202611281811-assistance': assistance,
  '202611281812-fund': fund,
  '202611281813-training-industry': trainingIndustry,
  '202611281900-imports': imports,
  '202611281910-indicators': indicators,
  '202611281920-list-indexes': listIndexes,
  '202611281930-search-statistics': searchStatistics,
  '202611290900-request-keys': requestKeys,
};

/** Bring the schema up to date; throws the first migration error. */
export async function migrateToLatest(db: Db, pgSchema?: string): Promise<MigrationResultSet> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve(MIGRATIONS) },
    ...(pgSchema ? { migrationTableSchema: pgSchema } : {}),
  });
  const result = await migrator.migrateToLatest();
  if (result.error) {
    throw result.error instanceof Error ? result.error : new Error(JSON.stringify(result.error));
  }
  return result;
}
