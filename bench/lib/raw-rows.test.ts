/** The raw baseline inserts exactly the rows registerHouseholds writes (ids and times aside). */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HouseholdCreate } from '../../src/domain/registry/household.schema.js';
import { registerHouseholds } from '../../src/server/registry/household.service.js';
import { dialects, openTestDb, type TestDb } from '../../test/helpers/db.js';
import { generateHouseholds, planRegion } from '../generate-region.js';
import { COLUMNS, RAW_TABLES, rawRowsFor, type RawTable } from './raw-rows.js';
import { insertRegions } from './reference.js';

const VOLATILE = new Set([
  'id',
  'household_id',
  'person_id',
  'created_at',
  'updated_at',
  'recorded_at',
]);

/** Rows as comparable strings: volatile columns dropped, sorted. */
function comparable(table: RawTable, rows: readonly unknown[][]): string[] {
  const keep = COLUMNS[table].map((c, i) => [c, i] as const).filter(([c]) => !VOLATILE.has(c));
  return rows.map((r) => JSON.stringify(keep.map(([, i]) => r[i] ?? null))).sort();
}

describe.each(dialects)('benchmark rows on %s', (dialect) => {
  let handle: TestDb;
  let inputs: HouseholdCreate[];
  beforeEach(async () => {
    handle = await openTestDb(dialect);
    const plan = planRegion({ households: 40, seed: 3, cadres: 1 });
    await insertRegions(handle.db, plan);
    inputs = [...generateHouseholds(plan)].map((h) => h.input);
  });
  afterEach(async () => {
    await handle.dispose();
  });

  /** What the database holds equals rawRowsFor(inputs), table by table. */
  async function expectStoredRowsToBeRaw(): Promise<void> {
    const raw = rawRowsFor(inputs);
    for (const table of RAW_TABLES) {
      const stored = await handle.db.selectFrom(table).selectAll().execute();
      const asArrays = stored.map((row) => {
        const record = row as Record<string, unknown>;
        return COLUMNS[table].map((c) => record[c] ?? null);
      });
      expect(raw[table].length).toBeGreaterThan(inputs.length - 1);
      expect(comparable(table, asArrays)).toEqual(comparable(table, raw[table]));
    }
  }

  it('rawRowsFor computes the households, members, statuses and search terms the bulk path writes', async () => {
    await registerHouseholds(handle.db, null, inputs, { audit: 'summary' });
    await expectStoredRowsToBeRaw();
  });
});
