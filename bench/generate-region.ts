/**
 * The synthetic region: a deterministic stream of villages, units, cadres and households (as
 * HouseholdCreate inputs) at the scale of a whole region; run it to build a benchmark database.
 */
import { pathToFileURL } from 'node:url';
import { seededRandom } from '../src/cli/demo/context.js';
import { benchArgs } from './lib/args.js';
import { cadreSeed, unitSeed, type CadreSeed, type UnitSeed } from './lib/cadres.js';
import { generateHousehold, type GeneratedHousehold } from './lib/households.js';
import { IdAllocator } from './lib/id-allocator.js';
import { planRegion, type RegionPlan } from './lib/region.js';

export { planRegion, type RegionPlan };
export type { GeneratedHousehold, CadreSeed, UnitSeed };

/** Every household of the region in village order; memory stays bounded (one allocator table). */
export function* generateHouseholds(plan: RegionPlan): Generator<GeneratedHousehold> {
  const random = seededRandom(plan.seed * 104_729 + 2);
  const ids = new IdAllocator(plan.counties);
  for (const village of plan.villages) {
    for (let i = 0; i < village.households; i += 1) {
      yield generateHousehold(random, ids, {
        villageCode: village.code,
        index: village.firstHousehold + i,
        cadres: plan.cadres,
        households: plan.households,
      });
    }
  }
}

/** The organization's units. */
export function* generateUnits(plan: RegionPlan): Generator<UnitSeed> {
  for (let i = 0; i < plan.units; i += 1) {
    yield unitSeed(i);
  }
}

/** The cadres, spread evenly over the units. */
export function* generateCadres(plan: RegionPlan): Generator<CadreSeed> {
  const random = seededRandom(plan.seed * 15_485_863 + 3);
  for (let i = 0; i < plan.cadres; i += 1) {
    yield cadreSeed(random, i, plan.units, plan.cadres);
  }
}

/** Group a stream into arrays of `size` (the last may be shorter). */
export function* inBatches<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) {
    yield batch;
  }
}

async function main(): Promise<void> {
  const args = benchArgs({ households: 1_600_000 });
  const plan = planRegion({ households: args.households, seed: args.seed });
  console.log(
    `region: ${plan.households} households, ${plan.villages.length} villages in ` +
      `${plan.counties.length} counties, ${plan.cadres} cadres in ${plan.units} units`,
  );
  const { buildRegionDatabases } = await import('./lib/build-db.js');
  await buildRegionDatabases(plan, args);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
