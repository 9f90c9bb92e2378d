/** Build the whole demo: registry first, then each feature's seeder, in a fixed, seeded order. */
import type { DbHandle } from '../../db/connect.js';
import { appendAudit } from '../../db/audit.repository.js';
import { newId } from '../../db/ids.js';
import { seedActivities } from './activities.demo.js';
import { seedAssistance } from './assistance.demo.js';
import { seededRandom, type DemoContext } from './context.js';
import { seedFund } from './fund.demo.js';
import { planHouseholds } from './households.js';
import { seedIncome } from './income.js';
import { seedIndustry } from './industry.demo.js';
import { seedOrg } from './org.js';
import { cadresByVillage, seedPairings } from './pairings.js';
import { seedRegions } from './regions.js';
import { recordStatusHistory, registerPlans } from './registry.js';
import { analyze, countRows } from './tables.js';
import { seedTraining } from './training.demo.js';
import { seedUsers, type DemoAccount } from './users.js';

export interface DemoOptions {
  readonly seed: number;
  readonly households: number;
  /** The demo's today (ISO date, Asia/Shanghai). */
  readonly today: string;
  readonly dataDir: string;
}

/** Where the demo reports what it is doing. */
export interface DemoProgress {
  /** A step begins; `key` is its catalogue key (cli.step.*). */
  step(key: string): void;
  households(done: number, total: number): void;
}

export interface DemoResult {
  readonly accounts: readonly DemoAccount[];
  readonly counts: ReadonlyMap<string, number>;
}

/** The feature seeders, in the order they run; each gets its own random stream. */
const SEEDERS: readonly (readonly [string, (ctx: DemoContext) => Promise<void>])[] = [
  ['cli.step.activities', seedActivities],
  ['cli.step.assistance', seedAssistance],
  ['cli.step.fund', seedFund],
  ['cli.step.training', seedTraining],
  ['cli.step.industry', seedIndustry],
];

/** The village whose first cadre is the demo's `cadre` account (the village of the article). */
const HOME_VILLAGE = '谢依提村';

async function seedRegistry(handle: DbHandle, options: DemoOptions, progress: DemoProgress) {
  const { db } = handle;
  const random = seededRandom(options.seed);
  progress.step('cli.step.regions');
  const villages = await seedRegions(db);
  progress.step('cli.step.org');
  const org = await seedOrg(db, random);
  const byVillage = cadresByVillage(
    villages.map((v) => v.code),
    org.active,
  );
  const home = villages.find((v) => v.name === HOME_VILLAGE) ?? villages[0];
  const cadre = byVillage.get(home?.code ?? '')?.[0] ?? org.active[0];
  if (!cadre) {
    throw new Error('the demo has no cadres');
  }
  progress.step('cli.step.users');
  const accounts = await seedUsers(db, cadre);
  const coordinator = accounts.find((a) => a.role === 'coordinator')?.id ?? null;
  progress.step('cli.step.households');
  const plans = planHouseholds(random, villages, options.households, options.today);
  const households = await registerPlans(db, plans, (done) =>
    progress.households(done, plans.length),
  );
  progress.step('cli.step.history');
  await recordStatusHistory(db, households, coordinator ?? '', newId);
  progress.step('cli.step.pairings');
  await seedPairings(db, random, households, { byVillage, former: org.former });
  progress.step('cli.step.income');
  await seedIncome(db, random, households, options.today);
  return accounts;
}

/** Fill a freshly migrated, empty database with the demo; deterministic for a seed and a day. */
export async function buildDemo(
  handle: DbHandle,
  options: DemoOptions,
  progress: DemoProgress,
): Promise<DemoResult> {
  // Marks the database as a demo first, so a half-built one may be replaced without --force.
  await appendAudit(handle.db, [
    {
      actor: null,
      action: 'create',
      entity: 'demo',
      entityId: `seed-${options.seed}`,
      after: { seed: options.seed, households: options.households, today: options.today },
    },
  ]);
  const accounts = await seedRegistry(handle, options, progress);
  for (const [i, [key, seed]] of SEEDERS.entries()) {
    progress.step(key);
    const random = seededRandom(options.seed + i + 1);
    await seed({ db: handle.db, random, today: options.today, dataDir: options.dataDir });
  }
  progress.step('cli.step.analyze');
  await analyze(handle);
  return { accounts, counts: await countRows(handle) };
}
