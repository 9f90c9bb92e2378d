import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { today } from '../../src/domain/common.schema.js';
import { INDICATORS } from '../../src/domain/indicators/catalogue.js';
import type { IndicatorFilters } from '../../src/domain/indicators/indicator.schema.js';
import { computeFigure } from '../../src/server/indicators/figure.js';
import { dialects, openTestDb, type TestDb } from '../helpers/db.js';
import { buildWorld, V1, type World } from './world.js';

const PERIODS: readonly Pick<IndicatorFilters, 'from' | 'to'>[] = [
  {},
  { from: '2026-01-01', to: '2026-12-31' },
  { from: '2025-07-01', to: '2026-03-31' },
  { from: '2026-03-01', to: '2026-03-31' },
  { from: '2025-06-01' },
  { to: '2025-12-31' },
];
const REGIONS = [
  undefined,
  '650000000000',
  '653000000000',
  '653021000000',
  '653021203000',
  V1,
  '653100000000',
];

describe.each(dialects)('indicator summaries on %s', (dialect) => {
  let t: TestDb;
  let world: World;

  beforeAll(async () => {
    t = await openTestDb(dialect);
    world = await buildWorld(t.db);
  }, 120_000);
  afterAll(async () => {
    await t.dispose();
  });

  it('give every figure, per period, region and unit, exactly what the raw query gives', async () => {
    const day = today();
    let compared = 0;
    for (const period of PERIODS) {
      for (const region of REGIONS) {
        for (const unit of [undefined, world.unitA, world.unitB]) {
          const filters: IndicatorFilters = { ...period, region, unit };
          for (const def of INDICATORS) {
            if (unit && !def.filters.unit) {
              continue;
            }
            const fast = await computeFigure(t.db, def, filters, { today: day });
            const raw = await computeFigure(t.db, def, filters, { today: day, mode: 'raw' });
            expect(fast.path, def.id).toBe('fast');
            expect(raw.path).toBe('raw');
            expect({ id: def.id, filters, ...fast, path: 'same' }).toEqual({
              id: def.id,
              filters,
              ...raw,
              path: 'same',
            });
            compared += 1;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  }, 120_000);

  it('has something to count for every indicator of the whole program', async () => {
    for (const def of INDICATORS) {
      const figure = await computeFigure(t.db, def, {}, { today: today() });
      expect(figure.value, def.id).not.toBeNull();
      expect(figure.value, def.id).not.toBe(0);
    }
  });
});
