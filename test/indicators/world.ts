/**
 * A varied little program for the indicator tests: three villages in two prefectures, two units,
 * households paired with cadres, and records of every kind written through the services (plus a
 * few tables by plain SQL), then corrected, voided, moved and deleted.
 */
import { seededRandom } from '../../src/cli/demo/context.js';
import type { Db } from '../../src/db/connect.js';
import { newId, nowIso } from '../../src/db/ids.js';
import {
  AssistanceCreate,
  AssistancePatch,
} from '../../src/domain/assistance/assistance.schema.js';
import type { Actor } from '../../src/domain/roles.js';
import { today } from '../../src/domain/common.schema.js';
import { StatusChange } from '../../src/domain/registry/household.schema.js';
import { FollowUpInput } from '../../src/domain/training/follow-up.schema.js';
import {
  correctAssistance,
  recordAssistance,
  voidAssistanceRecord,
} from '../../src/server/assistance/assistance.service.js';
import { correctActivity, voidActivityFor } from '../../src/server/activities/activity.service.js';
import {
  changeHouseholdStatus,
  correctHousehold,
} from '../../src/server/registry/household.service.js';
import { correctEnrollment, voidEnrollment } from '../../src/server/training/enrollment.service.js';
import { putFollowUp } from '../../src/server/training/follow-up.service.js';
import { voidCourse } from '../../src/server/training/course.service.js';
import { buildActivity, buildLecturer, daysAgo } from '../helpers/activity-builders.js';
import { actorOf, buildFamily, DISINFECTANT, MASKS } from '../helpers/assistance-builders.js';
import {
  buildCadre,
  buildPairing,
  buildUnit,
  buildUser,
  buildVillage,
} from '../helpers/builders.js';
import { BUILDER, buildCourse, buildEnrollment } from '../helpers/training-builders.js';
import { insertIndustry, insertGrants } from './world-sql.js';

export const V1 = '653021203201';
export const V2 = '653021203202';
export const V3 = '653121204201';

export interface World {
  readonly coordinator: string;
  readonly cadreUser: string;
  readonly cadreId: string;
  readonly unitA: string;
  readonly unitB: string;
  readonly households: readonly string[];
  /** One household per village that has the family's members. */
  readonly persons: readonly string[];
}

type Random = () => number;

function pick<T>(items: readonly T[], random: Random): T {
  return items[Math.floor(random() * items.length)] as T;
}

function dateIn(random: Random): string {
  const month = 1 + Math.floor(random() * 22); // 2025-01 … 2026-10
  const y = month > 12 ? 2026 : 2025;
  const m = String(((month - 1) % 12) + 1).padStart(2, '0');
  return `${y}-${m}-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}`;
}

function assistanceInput(
  random: Random,
  w: { persons: string[]; households: string[]; cadres: (string | null)[] },
) {
  const i = Math.floor(random() * w.households.length);
  const common = {
    date: dateIn(random),
    status: pick(['done', 'done', 'in_progress', 'planned', 'cancelled'], random),
    arrangedByCadreId: pick(w.cadres, random),
  };
  const kind = pick(
    ['job', 'job', 'medical', 'health_check', 'donation', 'project', 'loan'],
    random,
  );
  const person = w.persons[i] ?? '';
  const household = w.households[i] ?? '';
  const by: Record<string, object> = {
    job: {
      personId: person,
      employer: '合作社',
      jobTitle: '工人',
      place: pick(['near_home', 'in_region', 'out_of_region'], random),
      channel: 'labour_cooperation',
      startDate: common.date,
      endDate: null,
      monthlyWageFen: 250_000,
    },
    medical: {
      personId: person,
      medicalKind: pick(['prosthesis_or_device', 'treatment', 'other'], random),
      provider: '医院',
      costFen: 100_000,
      paidBy: '',
    },
    health_check: {
      provider: '义诊队',
      villages: [
        { villageCode: V1, peopleChecked: 1 + Math.floor(random() * 300) },
        { villageCode: pick([V2, V3], random), peopleChecked: Math.floor(random() * 3) },
      ],
    },
    donation: {
      donor: '管理局',
      recipients:
        random() < 0.5
          ? [
              {
                householdId: household,
                items: [{ itemId: MASKS, quantity: 1 + Math.floor(random() * 50) }],
              },
            ]
          : [
              {
                villageCode: pick([V1, V3], random),
                items: [
                  { itemId: DISINFECTANT, quantity: 5 },
                  { itemId: MASKS, quantity: 7 },
                ],
              },
            ],
    },
    project: {
      villageCode: pick([V1, V2, V3], random),
      projectName: '饮水工程',
      category: pick(['irrigation', 'drinking_water'], random),
      projectStatus: 'building',
      startDate: null,
      endDate: null,
      funds: [
        { source: '协调资金', amountFen: 1_000_000 + Math.floor(random() * 9_000_000) },
        { source: '援疆', amountFen: 500_000 },
      ],
      householdCount: null,
      householdIds: [],
    },
    loan: {
      householdId: household,
      lender: '信用社',
      amountFen: 5_000_000,
      purpose: '购买牛羊',
      termMonths: 36,
      loanStatus: 'granted',
    },
  };
  return AssistanceCreate.parse({ kind, ...common, ...by[kind] });
}

async function buildAssistanceRecords(
  db: Db,
  actor: Actor,
  random: Random,
  w: { persons: string[]; households: string[]; cadres: (string | null)[] },
) {
  const inputs = Array.from({ length: 60 }, () => assistanceInput(random, w));
  const ids = await recordAssistance(db, actor, inputs);
  for (const [i, id] of ids.entries()) {
    const input = inputs[i];
    if (!input || i % 5 !== 0) {
      continue;
    }
    const patch =
      input.kind === 'job'
        ? { kind: 'job', place: 'near_home', date: dateIn(random) }
        : {
            kind: input.kind,
            date: dateIn(random),
            status: 'done',
            arrangedByCadreId: pick(w.cadres, random),
          };
    await correctAssistance(db, actor, id, AssistancePatch.parse(patch));
  }
  for (const id of ids.filter((_, i) => i % 7 === 3)) {
    await voidAssistanceRecord(db, actor, id, '录入错误');
  }
}

async function buildActivities(
  db: Db,
  random: Random,
  w: { persons: string[]; households: string[]; cadres: (string | null)[] },
) {
  const lecturer = w.persons[1] ?? '';
  await buildLecturer(db, lecturer, '2024-01-01');
  const ids: string[] = [];
  for (let i = 0; i < 40; i += 1) {
    const h = Math.floor(random() * w.households.length);
    const kind = pick(
      ['micro_classroom', 'lecture', 'home_visit', 'home_visit', 'online_lecture'],
      random,
    );
    const recent = random() < 0.5;
    const overrides: Record<string, unknown> = {
      typeCode: kind,
      measure:
        kind === 'online_lecture' ? 'epidemic' : kind === 'home_visit' ? 'relief' : 'education',
      occurredAt: recent ? daysAgo(Math.floor(random() * 120)) : `${dateIn(random)}T04:00:00.000Z`,
      organizerCadreId: pick(w.cadres, random),
      headcount: 1 + Math.floor(random() * 40),
      householdIds: [w.households[(h + 1) % w.households.length]],
    };
    if (kind === 'home_visit' || kind === 'micro_classroom') {
      overrides.householdId = w.households[h];
      overrides.villageCode = undefined;
    }
    if (kind === 'lecture' && random() < 0.7) {
      overrides.lecturerPersonId = lecturer;
    }
    ids.push(
      await buildActivity(db, overrides).catch((e: { fields?: unknown }) => {
        throw new Error(JSON.stringify([overrides, e.fields]));
      }),
    );
  }
  for (const id of ids.filter((_, i) => i % 6 === 1)) {
    await correctActivity(db, BUILDER, id, { typeCode: 'home_visit', measure: 'relief' });
  }
  for (const id of ids.filter((_, i) => i % 6 === 4)) {
    await voidActivityFor(db, BUILDER, id, '重复录入');
  }
}

async function buildTraining(db: Db, random: Random, persons: readonly string[]) {
  const courses = [
    await buildCourse(db),
    await buildCourse(db, { startDate: '2025-05-01', endDate: '2025-05-20', placeCode: V1 }),
  ];
  const enrollments = [];
  for (const [i, person] of persons.entries()) {
    const course = courses[i % 2];
    enrollments.push(await buildEnrollment(db, course?.id ?? '', person));
  }
  for (const [i, e] of enrollments.entries()) {
    if (i % 3 !== 2) {
      await correctEnrollment(db, BUILDER, e.id, {
        completed: true,
        completedOn: i % 2 === 0 ? '2026-04-15' : '2026-06-30',
        sessionsAttended: 10,
        credentials:
          i % 2 === 0
            ? [{ kind: 'driving_licence', number: '', issuedOn: dateIn(random), issuer: '' }]
            : [],
      });
    }
    const input = FollowUpInput.parse({
      followedUpOn: dateIn(random),
      employed: false,
      incomeBeforeFen: 30_000 + i,
      incomeAfterFen: 60_000 + 7 * i,
    });
    await putFollowUp(db, BUILDER, { enrollmentId: e.id, month: 3 }, input);
  }
  await voidEnrollment(db, BUILDER, enrollments[0]?.id ?? '', '报名错误');
  return courses;
}

/** Registry changes that move figures: exits, a village correction, a pairing end, a unit change. */
async function changeRegistry(db: Db, actor: Actor, w: World, cadres: readonly string[]) {
  for (const [i, household] of w.households.entries()) {
    if (i % 3 === 0) {
      await changeHouseholdStatus(
        db,
        actor,
        household,
        StatusChange.parse({
          status: 'exited',
          effectiveDate: i === 3 ? '2026-07-15' : today(),
          exitYear: 2026,
        }),
      );
    }
  }
  await correctHousehold(db, actor, w.households[1] ?? '', { villageCode: V3 });
  await db
    .updateTable('pairings')
    .set({ end_date: '2026-06-30', end_reason: '调动' })
    .where('household_id', '=', w.households[2] ?? '')
    .execute();
  await db
    .updateTable('cadres')
    .set({ unit_id: w.unitB })
    .where('id', '=', cadres[1] ?? '')
    .execute();
}

/** Build the world; every figure of the catalogue has something to count. */
export async function buildWorld(db: Db, seed = 7): Promise<World> {
  const random = seededRandom(seed);
  for (const v of [V1, V2, V3]) {
    await buildVillage(db, v);
  }
  const unitA = await buildUnit(db, '办公室');
  const unitB = await buildUnit(db, '财务处');
  const cadres = [
    await buildCadre(db, { unitId: unitA }),
    await buildCadre(db, { unitId: unitA }),
    await buildCadre(db, { unitId: unitB }),
  ];
  const households: string[] = [];
  const persons: string[] = [];
  for (let i = 0; i < 9; i += 1) {
    const family = await buildFamily(db, [V1, V2, V3][i % 3]);
    households.push(family.householdId);
    persons.push(family.headId);
    if (i < 8) {
      await buildPairing(db, cadres[i % 3] ?? '', family.householdId, 'lead');
    }
  }
  const coordinator = await buildUser(db, 'coordinator');
  const cadreUser = await buildUser(db, 'cadre', { cadreId: cadres[0] ?? null });
  const actor = await actorOf(db, coordinator);
  const w = { persons, households, cadres: [null, ...cadres] };
  await buildAssistanceRecords(db, actor, random, w);
  await buildActivities(db, random, w);
  const courses = await buildTraining(db, random, persons);
  const world: World = {
    coordinator,
    cadreUser,
    cadreId: cadres[0] ?? '',
    unitA,
    unitB,
    households,
    persons,
  };
  await changeRegistry(db, actor, world, cadres);
  await voidCourse(db, BUILDER, courses[1]?.id ?? '', '停办');
  await insertGrants(db, actor.userId, households, persons);
  await insertIndustry(db, random);
  return world;
}

export const IDS = { newId, nowIso };
