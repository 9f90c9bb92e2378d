/** A small program whose dashboard figures are known: two villages, four families, records of every kind. */
import type { Db } from '../../src/db/connect.js';
import { SaleCreate } from '../../src/domain/industry/sale.schema.js';
import { createSale, voidSale } from '../../src/server/industry/sale.service.js';
import { voidActivityFor } from '../../src/server/activities/activity.service.js';
import { voidAssistanceRecord } from '../../src/server/assistance/assistance.service.js';
import { correctEnrollment, voidEnrollment } from '../../src/server/training/enrollment.service.js';
import { BUILDER_ACTOR, buildActivity } from './activity-builders.js';
import { actorOf, buildAssistance, inputs } from './assistance-builders.js';
import {
  buildCadre,
  buildHousehold,
  buildPairing,
  buildUser,
  buildVillage,
  VILLAGE,
} from './builders.js';
import { buildDonation, buildRule, buildStudent } from './fund-builders.js';
import { buildCooperative, buildProduct } from './industry-builders.js';
import { BUILDER, buildCourse, buildEnrollment, firstMemberOf } from './training-builders.js';

export const OTHER_VILLAGE = '653021203202';

/** The as-of day of the figures: October 2026 is "this month", September "last month". */
export const AS_OF = '2026-10-15';

export interface StatsWorld {
  /** Households h1 (V1, poor), h2 (V1, monitored), h3 (V2, poor), h4 (V2, not poor). */
  readonly households: readonly [string, string, string, string];
  /** The cadre paired with h1 and h3, and their username. */
  readonly cadreUser: string;
  readonly coordinator: string;
}

async function childOf(db: Db, householdId: string): Promise<string> {
  const row = await db
    .selectFrom('persons')
    .select('id')
    .where('household_id', '=', householdId)
    .where('relation', '=', 'child')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Families, pairings (one ended) and the cadre's account. */
async function buildFamilies(db: Db) {
  await buildVillage(db);
  await buildVillage(db, OTHER_VILLAGE, '阿其克村');
  const h1 = await buildHousehold(db);
  const h2 = await buildHousehold(db, { status: 'monitored' });
  const h3 = await buildHousehold(db, { villageCode: OTHER_VILLAGE });
  const h4 = await buildHousehold(db, { villageCode: OTHER_VILLAGE, status: 'not_poor' });
  const cadreId = await buildCadre(db, { name: '鱼智栋' });
  const other = await buildCadre(db, { name: '王建新' });
  await buildPairing(db, cadreId, h1);
  await buildPairing(db, cadreId, h3);
  await buildPairing(db, other, h2);
  const ended = await buildPairing(db, other, h4);
  await db
    .updateTable('pairings')
    .set({ end_date: '2026-06-30', end_reason: '调岗' })
    .where('id', '=', ended)
    .execute();
  const cadreUser = await buildUser(db, 'cadre', { cadreId });
  return { households: [h1, h2, h3, h4] as const, cadreUser };
}

/** Home visits around the month boundary (Beijing time), classes, a campaign, a voided visit. */
async function buildActivities(db: Db, [h1, h2, h3]: readonly string[]) {
  const visit = (householdId: string | undefined, occurredAt: string) =>
    buildActivity(db, {
      measure: 'relief',
      typeCode: 'home_visit',
      householdId,
      villageCode: undefined,
      occurredAt,
    });
  await visit(h1, '2026-10-03T04:00:00Z');
  await visit(h2, '2026-10-05T04:00:00Z');
  await visit(h3, '2026-09-20T04:00:00Z');
  await visit(h1, '2026-09-30T17:00:00Z'); // 1 October, 01:00 in Beijing
  await visit(h1, '2026-08-10T04:00:00Z');
  const voided = await visit(h1, '2026-10-09T04:00:00Z');
  await voidActivityFor(db, BUILDER_ACTOR, voided, '重复登记');
  await buildActivity(db, { occurredAt: '2026-10-08T04:00:00Z', householdIds: [h1] });
  await buildActivity(db, { occurredAt: '2026-08-08T04:00:00Z' });
  await buildActivity(db, {
    measure: 'epidemic',
    typeCode: 'hygiene_campaign',
    villageCode: OTHER_VILLAGE,
    occurredAt: '2026-10-10T04:00:00Z',
  });
}

/** Help of five kinds this year, one last year, one voided. */
async function buildHelp(db: Db, coordinator: string, [h1, h2, h3]: readonly string[]) {
  await buildAssistance(db, coordinator, inputs.job(await firstMemberOf(db, h1 ?? '')));
  await buildAssistance(db, coordinator, inputs.goodDeed(h3 ?? ''));
  await buildAssistance(db, coordinator, inputs.loan(h2 ?? ''));
  await buildAssistance(db, coordinator, inputs.donationToVillage(OTHER_VILLAGE));
  await buildAssistance(db, coordinator, inputs.project(VILLAGE));
  await buildAssistance(db, coordinator, { ...inputs.goodDeed(h2 ?? ''), date: '2025-12-20' });
  const voided = await buildAssistance(db, coordinator, inputs.goodDeed(h1 ?? ''));
  await voidAssistanceRecord(db, await actorOf(db, coordinator), voided, '重复登记');
}

/** Trainees of h1 (completed) and h3 this year, h2 last year, h4 voided. */
async function buildTraining(db: Db, [h1, h2, h3, h4]: readonly string[]) {
  const course = await buildCourse(db);
  const old = await buildCourse(db, { startDate: '2025-05-01', endDate: '2025-05-20' });
  const done = await buildEnrollment(db, course.id, await firstMemberOf(db, h1 ?? ''));
  await correctEnrollment(db, BUILDER, done.id, { completed: true, completedOn: '2026-03-20' });
  await buildEnrollment(db, course.id, await firstMemberOf(db, h3 ?? ''));
  const last = await buildEnrollment(db, old.id, await firstMemberOf(db, h2 ?? ''));
  await correctEnrollment(db, BUILDER, last.id, { completed: true, completedOn: '2025-05-20' });
  const voided = await buildEnrollment(db, course.id, await firstMemberOf(db, h4 ?? ''));
  await voidEnrollment(db, BUILDER, voided.id, '报名错误');
}

/** Cooperatives in both villages; sales this year, last year and one voided. */
async function buildIndustry(db: Db, [h1]: readonly string[]) {
  const product = await buildProduct(db);
  const coop = await buildCooperative(db, { memberHouseholdIds: [h1] });
  await buildCooperative(db, { villageCode: OTHER_VILLAGE, name: '阿其克村刺绣合作社' });
  const sale = (overrides: Record<string, unknown>) =>
    createSale(
      db,
      BUILDER,
      SaleCreate.parse({
        productId: product.id,
        saleDate: '2026-05-01',
        channel: 'livestream',
        quantity: 100,
        unit: '公斤',
        revenueFen: 100_000,
        ...overrides,
      }),
    );
  await sale({ cooperativeId: coop.id });
  await sale({ villageCode: OTHER_VILLAGE, saleDate: '2026-06-01', revenueFen: 50_000 });
  await sale({ cooperativeId: coop.id, saleDate: '2025-12-01', revenueFen: 999 });
  const voided = await sale({ cooperativeId: coop.id, saleDate: '2026-07-01' });
  await voidSale(db, BUILDER, voided.id, '录入错误');
}

/** Everything above; the fund (needing HTTP for maker-checker) is built by the test itself. */
export async function buildStatsWorld(db: Db): Promise<StatsWorld> {
  const { households, cadreUser } = await buildFamilies(db);
  const coordinator = await buildUser(db, 'coordinator');
  await buildActivities(db, households);
  await buildHelp(db, coordinator, households);
  await buildTraining(db, households);
  await buildIndustry(db, households);
  return { households, cadreUser, coordinator };
}

/** Money and students for a grant run: the children of h1 and h3 at university. */
export async function buildFundBasics(db: Db, [h1, , h3]: readonly string[]) {
  await buildDonation(db, 1_000_000);
  await buildRule(db);
  await buildStudent(db, { personId: await childOf(db, h1 ?? '') });
  await buildStudent(db, { personId: await childOf(db, h3 ?? '') });
}
