/** Demo records of the training feature: a year of realistic work shaped like the source article. */
import type { Db } from '../../db/connect.js';
import { newId } from '../../db/ids.js';
import { findUserByUsername } from '../../db/user.repository.js';
import type {
  CoursesTable,
  EnrollmentCredentialsTable,
  EnrollmentsTable,
  FollowUpsTable,
} from '../../db/tables/training.js';
import { insertCourses } from '../../db/training-course.repository.js';
import { insertEnrollments } from '../../db/training-enrollment.repository.js';
import { insertFollowUps } from '../../db/training-follow-up.repository.js';
import { newRecordColumns } from '../../db/training-records.repository.js';
import type { Skill } from '../../domain/training/enums.js';
import type { Actor } from '../../domain/roles.js';
import { changeHouseholdStatus } from '../../server/registry/household.service.js';
import { correctPerson } from '../../server/registry/person.service.js';
import type { DemoContext } from './context.js';
import { addDays, chance, int, pick, type Random } from './random.js';

const HOME_VILLAGE = '谢依提村';
const RESTAURANT_OWNER = '吾特库尔·克依木';
const BUS_DRIVER = '巴克西·吾斯曼';
const EMPLOYERS = ['克州机关事务管理局', '克州宾馆'] as const;
const WORKPLACES = [
  '哈拉峻乡扶贫车间',
  '阿图什市建筑工地',
  '阿图什市餐馆',
  '喀什市宾馆',
  '广东东莞电子厂（疆外劳务协作）',
] as const;
/** Title, trainer, length in days and sessions of each kind of course. */
const KINDS: Readonly<Record<Skill, readonly [string, string, number, number]>> = {
  cooking: ['“小技能助脱贫促发展”厨师培训班', '克州宾馆厨师 艾山·买买提', 15, 12],
  driving: ['“小技能助脱贫促发展”驾驶员培训班', '克州机关事务管理局驾驶员 王建新', 45, 30],
  embroidery: ['家庭手工刺绣培训班', '刺绣能手 古丽娜尔·阿不都', 10, 10],
  livestock: ['褐牛科学养殖培训班', '畜牧兽医站 努尔兰·托合提', 5, 6],
  planting: ['高产玉米种植技术培训班', '农技推广站 李建国', 5, 6],
  other: ['实用技能培训班', '阿图什市职业技术学校', 5, 6],
};

interface Trainee {
  readonly id: string;
  readonly householdId: string;
  readonly villageCode: string;
  readonly name: string;
  readonly sex: string;
  readonly relation: string;
}
interface Place {
  readonly code: string;
  readonly name: string;
  readonly parent: string;
}
interface Heroes {
  readonly restaurant: Trainee | null;
  readonly driver: Trainee | null;
}
type CourseRow = Omit<CoursesTable, keyof ReturnType<typeof newRecordColumns>>;
interface Plan {
  readonly course: CourseRow;
  readonly trainees: readonly Trainee[];
  readonly outstanding: ReadonlySet<string>;
}
interface Built {
  readonly enrollments: EnrollmentsTable[];
  readonly credentials: EnrollmentCredentialsTable[];
  readonly followUps: FollowUpsTable[];
  /** Households that exit poverty after training, and when. */
  readonly exits: Map<string, string>;
}

function stamp(date: string): string {
  return `${date}T04:00:00.000Z`;
}

function addMonths(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

function shuffled<T>(random: Random, list: readonly T[]): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

async function actorNamed(db: Db, username: string): Promise<Actor | null> {
  const user = await findUserByUsername(db, username);
  return user ? { userId: user.id, role: user.role, cadreId: user.cadreId } : null;
}

/** Working-age members (18–50), in an order that does not depend on generated ids. */
async function loadTrainees(db: Db, today: string): Promise<Trainee[]> {
  const year = Number(today.slice(0, 4));
  const rows = await db
    .selectFrom('persons as p')
    .innerJoin('households as h', 'h.id', 'p.household_id')
    .select(['p.id', 'p.household_id', 'h.village_code', 'p.name', 'p.sex', 'p.relation'])
    .where('p.birth_date', '>', `${year - 51}${today.slice(4)}`)
    .where('p.birth_date', '<=', `${year - 18}${today.slice(4)}`)
    .orderBy('h.village_code')
    .orderBy('h.address')
    .orderBy('p.birth_date')
    .orderBy('p.name')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    householdId: r.household_id,
    villageCode: r.village_code,
    name: r.name,
    sex: r.sex,
    relation: r.relation,
  }));
}

/** The villages taken on, the article's village first. */
async function loadPlaces(db: Db): Promise<Place[]> {
  const rows = await db
    .selectFrom('villages as v')
    .innerJoin('regions as r', 'r.code', 'v.code')
    .select(['v.code', 'r.name', 'r.parent_code'])
    .where('v.taken_on', '=', 1)
    .orderBy('v.code')
    .execute();
  const all = rows.map((r) => ({ code: r.code, name: r.name, parent: r.parent_code ?? '' }));
  return [
    ...all.filter((v) => v.name === HOME_VILLAGE),
    ...all.filter((v) => v.name !== HOME_VILLAGE),
  ];
}

/** A person of the article: found by name, or a male head in one of the villages, renamed. */
async function hero(
  ctx: DemoContext,
  admin: Actor | null,
  wanted: { name: string; villages: readonly string[]; pool: readonly Trainee[] },
): Promise<Trainee | null> {
  const named = wanted.pool.find((t) => t.name === wanted.name);
  if (named) {
    return named;
  }
  const heads = wanted.pool.filter((t) => t.relation === 'head' && t.sex === 'M');
  const candidate = heads.find((t) => wanted.villages.includes(t.villageCode)) ?? heads[0];
  if (!candidate || !admin) {
    return candidate ?? null;
  }
  await correctPerson(ctx.db, admin, candidate.id, { name: wanted.name });
  return { ...candidate, name: wanted.name };
}

/** 吾特库尔 in the article's village, 巴克西 in another village of the same township. */
async function findHeroes(
  ctx: DemoContext,
  admin: Actor | null,
  pool: readonly Trainee[],
  places: readonly Place[],
): Promise<Heroes> {
  const home = places[0];
  const township = places.filter((v) => v.parent === home?.parent).map((v) => v.code);
  const restaurant = await hero(ctx, admin, {
    name: RESTAURANT_OWNER,
    villages: home ? [home.code] : [],
    pool,
  });
  const driver = await hero(ctx, admin, {
    name: BUS_DRIVER,
    villages: township.length > 1 ? township.slice(1) : township,
    pool: pool.filter((t) => t.householdId !== restaurant?.householdId),
  });
  return { restaurant, driver };
}

function course(skill: Skill, where: { place: Place | null; start: string }): CourseRow {
  const [title, trainer, days] = KINDS[skill];
  const capital = where.place === null;
  return {
    id: newId(),
    skill,
    title: capital ? `优秀结对亲戚首府免费${title.replace(/^“.*”/, '')}` : title,
    trainer_name: capital ? '乌鲁木齐市职业技能培训中心' : trainer,
    trainer_user_id: null,
    place_kind: capital ? 'capital' : 'village',
    place_code: where.place?.code ?? null,
    place_text: capital ? '乌鲁木齐市职业技能培训中心' : '村委会培训室',
    start_date: where.start,
    end_date: addDays(where.start, capital ? days * 2 : days),
    capacity: 30,
    enrolled_count: 0,
    note: '',
  };
}

/** Trainees of a village course: a random share of the village, the article's person included. */
function villagePlan(
  random: Random,
  c: CourseRow,
  people: readonly Trainee[],
  must: Trainee | null,
): Plan {
  const local = people.filter((p) => p.villageCode === c.place_code && p.id !== must?.id);
  const picked = shuffled(random, local).slice(0, int(random, 12, 22) - (must ? 1 : 0));
  const trainees = must ? [must, ...picked] : picked;
  const outstanding = new Set(trainees.filter(() => chance(random, 0.15)).map((t) => t.id));
  return { course: c, trainees, outstanding };
}

/** Village courses through the year, a first round a year earlier, and two courses in the capital. */
function planCourses(
  random: Random,
  s: { today: string; places: readonly Place[]; people: readonly Trainee[]; heroes: Heroes },
): Plan[] {
  const { today, places, heroes } = s;
  const heroIds = new Set([heroes.restaurant?.id, heroes.driver?.id]);
  const people = s.people.filter((p) => !heroIds.has(p.id));
  const byCode = new Map(places.map((p) => [p.code, p]));
  const plans: Plan[] = [];
  const home = byCode.get(heroes.restaurant?.villageCode ?? '') ?? places[0] ?? null;
  const driverHome = byCode.get(heroes.driver?.villageCode ?? '') ?? home;
  plans.push(
    villagePlan(
      random,
      course('cooking', { place: home, start: addDays(today, -470) }),
      people,
      heroes.restaurant,
    ),
  );
  plans.push(
    villagePlan(
      random,
      course('driving', { place: driverHome, start: addDays(today, -455) }),
      people,
      heroes.driver,
    ),
  );
  const extras: readonly Skill[] = ['embroidery', 'livestock', 'planting'];
  places.forEach((place, i) => {
    for (const [skill, start] of [
      ['cooking', -340 + i * 12],
      ['driving', -300 + i * 10],
      [extras[i % extras.length] ?? 'other', -200 + i * 9],
    ] as const) {
      plans.push(
        villagePlan(random, course(skill, { place, start: addDays(today, start) }), people, null),
      );
    }
  });
  for (const [skill, start] of [
    ['cooking', -230],
    ['driving', -180],
  ] as const) {
    const c = course(skill, { place: null, start: addDays(today, start) });
    const best = plans
      .filter((p) => p.course.end_date < c.start_date && p.course.skill === skill)
      .flatMap((p) => p.trainees.filter((t) => p.outstanding.has(t.id) && !heroIds.has(t.id)));
    const trainees = [...new Map(best.map((t) => [t.id, t])).values()].slice(0, 25);
    plans.push({ course: c, trainees, outstanding: new Set(trainees.map((t) => t.id)) });
  }
  return plans;
}

function credential(
  enrollmentId: string,
  kind: EnrollmentCredentialsTable['kind'],
  c: { number: string; issuedOn: string; issuer: string },
): EnrollmentCredentialsTable {
  return {
    id: newId(),
    enrollment_id: enrollmentId,
    kind,
    number: c.number,
    issued_on: c.issuedOn,
    issuer: c.issuer,
  };
}

/** Certificates and licences of a trainee who completed a course. */
function credentialsOf(
  random: Random,
  e: { id: string; plan: Plan; seq: number; driver: boolean },
) {
  const c = e.plan.course;
  const year = c.end_date.slice(0, 4);
  const list = [
    credential(e.id, 'certificate', {
      number: `JN${year}${String(e.seq).padStart(5, '0')}`,
      issuedOn: c.end_date,
      issuer:
        c.place_kind === 'capital'
          ? '新疆维吾尔自治区职业技能鉴定中心'
          : '阿图什市人力资源和社会保障局',
    }),
  ];
  if (c.skill === 'driving' && (e.driver || chance(random, 0.5))) {
    const issuedOn = addDays(c.end_date, int(random, 10, 30));
    list.push(
      credential(e.id, 'driving_licence', {
        number: `6530${int(random, 10000000, 99999999)}`,
        issuedOn,
        issuer: '克州公安局交通警察支队',
      }),
    );
    if (e.driver) {
      list.push(
        credential(e.id, 'operating_licence', {
          number: `CY6530${int(random, 100000, 999999)}`,
          issuedOn: addDays(issuedOn, 20),
          issuer: '克州交通运输局',
        }),
      );
    }
  }
  return list;
}

/** What a follow-up found: job, wage, business and per-capita income before and after. */
function followUp(
  random: Random,
  f: {
    enrollmentId: string;
    month: number;
    date: string;
    before: number;
    employer: string | null;
    who: 'restaurant' | 'driver' | null;
    skill: string;
  },
): Omit<FollowUpsTable, 'id' | keyof ReturnType<typeof newRecordColumns>> {
  const base = { enrollment_id: f.enrollmentId, month: f.month, followed_up_on: f.date, note: '' };
  const step = f.month === 3 ? 0 : f.month === 6 ? 1 : 2;
  if (f.who === 'restaurant') {
    return {
      ...base,
      employed: 0,
      workplace: '',
      monthly_wage_fen: null,
      business_opened: 1,
      business_description: '在哈拉峻乡开了一家餐馆，雇了2名村民',
      income_before_fen: 380_000,
      income_after_fen: [520_000, 680_000, 790_000][step] ?? 790_000,
    };
  }
  if (f.who === 'driver') {
    return {
      ...base,
      employed: 1,
      workplace: '哈拉峻乡客运站 线路车驾驶员',
      monthly_wage_fen: 420_000,
      business_opened: 0,
      business_description: '',
      income_before_fen: 320_000,
      income_after_fen: [500_000, 580_000, 650_000][step] ?? 650_000,
    };
  }
  const business = f.skill === 'cooking' && chance(random, 0.04);
  const employed = f.employer !== null || (!business && chance(random, 0.45 + step * 0.1));
  const growth =
    employed || business ? int(random, 12, 40) / 100 + step * 0.08 : int(random, 0, 8) / 100;
  return {
    ...base,
    employed: employed ? 1 : 0,
    workplace: employed ? (f.employer ?? pick(random, WORKPLACES)) : '',
    monthly_wage_fen: employed ? int(random, 22, 42) * 10_000 : null,
    business_opened: business ? 1 : 0,
    business_description: business ? '开了一家拌面馆' : '',
    income_before_fen: f.before,
    income_after_fen: Math.round((f.before * (1 + growth)) / 100) * 100,
  };
}

/** The outcome of one trainee: attendance, completion, credentials, recommendation, follow-ups. */
function buildEnrollment(
  random: Random,
  e: { plan: Plan; person: Trainee; today: string; heroes: Heroes; userId: string | null },
  built: Built,
): void {
  const { plan, person, today } = e;
  const c = plan.course;
  const who =
    person.id === e.heroes.restaurant?.id
      ? 'restaurant'
      : person.id === e.heroes.driver?.id
        ? 'driver'
        : null;
  const outstanding = plan.outstanding.has(person.id) || who !== null;
  const ended = c.end_date < today;
  const completed = ended && (outstanding || chance(random, 0.9));
  const total = KINDS[c.skill as Skill][3];
  const attended = completed
    ? int(random, Math.ceil(total * 0.8), total)
    : int(random, 0, Math.floor(total * 0.7));
  const id = newId();
  const recommendedOn = addDays(c.end_date, int(random, 5, 15));
  const recommend =
    completed &&
    outstanding &&
    c.place_kind === 'village' &&
    who !== 'restaurant' &&
    c.skill !== 'livestock' &&
    recommendedOn <= today;
  const employer = who === 'driver' ? '哈拉峻乡客运站' : recommend ? pick(random, EMPLOYERS) : null;
  const answered = recommend && addDays(recommendedOn, 30) <= today;
  const hired = answered && (who === 'driver' || chance(random, 0.7));
  const enrolledOn = addDays(c.start_date, -int(random, 3, 10));
  built.enrollments.push({
    id,
    course_id: c.id,
    person_id: person.id,
    household_id: person.householdId,
    enrolled_on: enrolledOn,
    sessions_attended: attended,
    sessions_total: total,
    completed: completed ? 1 : 0,
    completed_on: completed ? c.end_date : null,
    outstanding: outstanding && completed ? 1 : 0,
    recommended_to: recommend ? employer : null,
    recommended_on: recommend ? recommendedOn : null,
    hire_outcome: answered ? (hired ? 'hired' : 'not_hired') : null,
    note: '',
    ...newRecordColumns(e.userId, stamp(enrolledOn)),
  });
  if (!completed) {
    return;
  }
  built.credentials.push(
    ...credentialsOf(random, { id, plan, seq: built.enrollments.length, driver: who === 'driver' }),
  );
  const before = int(random, 28, 42) * 10_000;
  for (const month of [3, 6, 12]) {
    const date = addMonths(c.end_date, month);
    if (date > today) {
      break;
    }
    const row = followUp(random, {
      enrollmentId: id,
      month,
      date,
      before,
      employer: hired ? employer : null,
      who,
      skill: c.skill,
    });
    built.followUps.push({ id: newId(), ...row, ...newRecordColumns(e.userId, stamp(date)) });
  }
  if (c.place_kind === 'capital' || who === 'driver') {
    const exit = addDays(c.end_date, 60);
    built.exits.set(person.householdId, exit < today ? exit : today);
  }
}

/** Households of trainees sent to the capital (and the bus driver's) exit poverty, through the registry. */
async function exitPoverty(
  ctx: DemoContext,
  admin: Actor,
  exits: ReadonlyMap<string, string>,
): Promise<void> {
  if (exits.size === 0) {
    return;
  }
  const households = await ctx.db
    .selectFrom('households')
    .select(['id', 'status'])
    .where('id', 'in', [...exits.keys()])
    .orderBy('village_code')
    .orderBy('address')
    .execute();
  for (const h of households) {
    const date = exits.get(h.id);
    if (date && h.status !== 'exited') {
      await changeHouseholdStatus(ctx.db, admin, h.id, {
        status: 'exited',
        effectiveDate: date,
        exitYear: Number(date.slice(0, 4)),
        reason: '参加技能培训后稳定就业增收，经评估实现脱贫',
      });
    }
  }
}

/** Courses in the villages and the capital, trainees with outcomes, follow-ups, exits from poverty. */
export async function seedTraining(ctx: DemoContext): Promise<void> {
  const trainer = await actorNamed(ctx.db, 'trainer');
  const admin = await actorNamed(ctx.db, 'admin');
  const places = await loadPlaces(ctx.db);
  const pool = await loadTrainees(ctx.db, ctx.today);
  if (places.length === 0 || pool.length === 0) {
    return;
  }
  const heroes = await findHeroes(ctx, admin, pool, places);
  const renamed = new Map(
    [heroes.restaurant, heroes.driver].flatMap((h) => (h ? [[h.id, h] as const] : [])),
  );
  const people = pool.map((p) => renamed.get(p.id) ?? p);
  const plans = planCourses(ctx.random, { today: ctx.today, places, people, heroes });
  const built: Built = { enrollments: [], credentials: [], followUps: [], exits: new Map() };
  const userId = trainer?.userId ?? null;
  for (const plan of plans) {
    for (const person of plan.trainees) {
      buildEnrollment(ctx.random, { plan, person, today: ctx.today, heroes, userId }, built);
    }
  }
  await ctx.db.transaction().execute(async (tx) => {
    await insertCourses(
      tx,
      plans.map((p) => ({
        ...p.course,
        trainer_user_id: p.course.place_kind === 'capital' ? null : userId,
        enrolled_count: p.trainees.length,
        ...newRecordColumns(userId, stamp(addDays(p.course.start_date, -20))),
      })),
    );
    await insertEnrollments(tx, built.enrollments, built.credentials);
    await insertFollowUps(tx, built.followUps);
  });
  if (admin) {
    await exitPoverty(ctx, admin, built.exits);
  }
}
