/** The write cost of the indicator triggers: the same records inserted with and without them. */
import type { DbHandle, Dialect } from '../../src/db/connect.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { dropDb, regionDb } from '../lib/databases.js';
import { recordResult } from '../lib/machine.js';
import { planRegion } from '../lib/region.js';
import { analyzeSchema, freshWithoutIndicators } from './build.js';
import { insertAssistance, insertActivities } from './records.js';
import { insertPeople, insertPlaces, type Scale } from './registry.js';
import type { Gen } from './sql.js';

async function timedRecords(
  handle: DbHandle,
  g: Gen,
  s: Scale,
): Promise<{ ms: number; records: number }> {
  const t0 = performance.now();
  let records = 0;
  await handle.db.transaction().execute(async (tx) => {
    records += await insertActivities(tx, g, s);
    records += await insertAssistance(tx, g, s);
  });
  return { ms: performance.now() - t0, records };
}

/**
 * For `households` households (about 9.3 activity and assistance records each: home visits,
 * micro-classrooms, lectures, jobs, medical aid, loans, donations), time inserting the records
 * into a database without the indicator migration, then into one with it (triggers on).
 */
export async function measureTriggerOverhead(
  dialect: Dialect,
  households: number,
  pgUrl: string,
): Promise<void> {
  const g: Gen = { dialect, seed: 1 };
  const plan = planRegion({ households, seed: 1 });
  const s: Scale = { households, villages: plan.villages.length };
  const results: Record<string, { ms: number; records: number }> = {};
  for (const mode of ['without', 'with'] as const) {
    const target = regionDb(dialect, `overhead_${households}_${mode}`, pgUrl);
    const handle = await freshWithoutIndicators(target);
    try {
      await insertPlaces(handle.db, plan);
      await insertPeople(handle.db, g, s);
      if (mode === 'with') {
        await migrateToLatest(handle.db, target.schema || undefined);
      }
      if (dialect === 'postgres') {
        await analyzeSchema(handle);
      }
      results[mode] = await timedRecords(handle, g, s);
    } finally {
      await handle.close();
      await dropDb(target);
    }
  }
  const without = results.without ?? { ms: 0, records: 0 };
  const withTriggers = results.with ?? { ms: 0, records: 0 };
  const line = {
    bench: 'dashboard-trigger-overhead',
    dialect,
    households,
    records: without.records,
    withoutSeconds: Math.round(without.ms / 100) / 10,
    withSeconds: Math.round(withTriggers.ms / 100) / 10,
    recordsPerSecondWithout: Math.round(without.records / (without.ms / 1000)),
    recordsPerSecondWith: Math.round(withTriggers.records / (withTriggers.ms / 1000)),
  };
  recordResult(line);
  console.log(JSON.stringify(line));
}
