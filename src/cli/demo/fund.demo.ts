/** Demo records of the fund feature: a year of realistic work shaped like the source article. */
import type { Db } from '../../db/connect.js';
import { grantsOfRun } from '../../db/fund-grant.repository.js';
import { currentBalance } from '../../db/fund-ledger.repository.js';
import { findRun } from '../../db/fund-run.repository.js';
import { findUserByUsername } from '../../db/user.repository.js';
import type { StudyStage } from '../../domain/fund/enums.js';
import type { DonationCreate } from '../../domain/fund/ledger.schema.js';
import { recentSemesters, semesterStart } from '../../domain/fund/semester.js';
import type { StudentCreate } from '../../domain/fund/student.schema.js';
import type { Actor } from '../../domain/roles.js';
import type { Clock, FundDeps } from '../../server/fund/fund-deps.js';
import { recordDonations, reverseEntry } from '../../server/fund/ledger.service.js';
import { approveRun, submitRun } from '../../server/fund/run-decision.service.js';
import { buildRun } from '../../server/fund/run.service.js';
import { createRule } from '../../server/fund/rule.service.js';
import { correctStudent, registerStudents } from '../../server/fund/student.service.js';
import { correctPerson } from '../../server/registry/person.service.js';
import type { DemoContext } from './context.js';
import { addDays, chance, dateBetween, int, pick, type Random } from './random.js';

const SCHOOLS: Readonly<Record<StudyStage, readonly string[]>> = {
  university: [
    '新疆大学',
    '新疆师范大学',
    '喀什大学',
    '石河子大学',
    '塔里木大学',
    '新疆医科大学',
    '新疆农业大学',
    '华南农业大学',
    '中国农业大学',
  ],
  inland_junior: [
    '天津市实验中学新疆内初班',
    '南京市第三中学新疆内初班',
    '深圳市福田区外国语学校新疆内初班',
    '杭州市第十四中学新疆内初班',
  ],
  inland_senior: [
    '北京潞河中学新疆内高班',
    '广州市第八十九中学新疆内高班',
    '深圳市第二高级中学新疆内高班',
    '上海市七宝中学新疆内高班',
  ],
  other: ['阿图什市职业技术学校', '克孜勒苏职业技术学院'],
};
/** [stage, first age, last age, chance, age at admission, years of study] */
const PLANS: readonly (readonly [StudyStage, number, number, number, number, number])[] = [
  ['university', 18, 22, 0.14, 18, 4],
  ['inland_senior', 16, 20, 0.08, 17, 4],
  ['inland_junior', 13, 16, 0.1, 13, 4],
  ['other', 15, 19, 0.03, 16, 3],
];
const HERO = '沙合白克·木尔扎';

interface Staff {
  readonly finance: Actor;
  readonly finance2: Actor;
  readonly coordinator: Actor;
}

function clockAt(date: string, hour: number): Clock {
  return { now: () => `${date}T${String(hour).padStart(2, '0')}:00:00.000Z`, today: () => date };
}

async function loadStaff(db: Db): Promise<Staff | null> {
  const actors = await Promise.all(
    ['finance', 'finance2', 'coordinator'].map(async (name) => {
      const u = await findUserByUsername(db, name);
      return u ? { userId: u.id, role: u.role, cadreId: u.cadreId } : null;
    }),
  );
  const [finance, finance2, coordinator] = actors;
  return finance && finance2 && coordinator ? { finance, finance2, coordinator } : null;
}

interface Candidate {
  readonly id: string;
  readonly sex: string;
  readonly birth_date: string;
}

/** Household members aged 12–22, in an order that does not depend on generated ids. */
async function candidates(db: Db, today: string): Promise<Candidate[]> {
  const year = Number(today.slice(0, 4));
  return db
    .selectFrom('persons as p')
    .innerJoin('households as h', 'h.id', 'p.household_id')
    .select(['p.id', 'p.sex', 'p.birth_date'])
    .where('p.birth_date', '>', `${year - 23}${today.slice(4)}`)
    .where('p.birth_date', '<=', `${year - 12}${today.slice(4)}`)
    .orderBy('h.village_code')
    .orderBy('h.address')
    .orderBy('p.birth_date')
    .orderBy('p.name')
    .execute();
}

function ageOn(birthDate: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** Maybe a study place for a person: admitted in August of the year they reached the age. */
function planStudent(random: Random, p: Candidate, today: string): StudentCreate | null {
  const age = ageOn(p.birth_date, today);
  for (const [stage, from, to, odds, atAge, years] of PLANS) {
    if (age < from || age > to || !chance(random, odds)) {
      continue;
    }
    const year =
      Number(p.birth_date.slice(0, 4)) + atAge + (p.birth_date.slice(5) > '08-31' ? 1 : 0);
    const admittedOn = `${year}-08-${String(int(random, 10, 28)).padStart(2, '0')}`;
    if (admittedOn > today) {
      return null;
    }
    const expectedEnd = `${year + years}-07-01`;
    const schoolName = pick(random, SCHOOLS[stage]);
    return {
      personId: p.id,
      stage,
      schoolName,
      admittedOn,
      expectedEnd,
      active: expectedEnd > today,
    };
  }
  return null;
}

/** Enroll the students, each recorded a week after admission (or when the fund was founded). */
async function seedStudents(ctx: DemoContext, staff: Staff, founded: string) {
  const plans = (await candidates(ctx.db, ctx.today))
    .map((p) => ({ person: p, plan: planStudent(ctx.random, p, ctx.today) }))
    .filter((x): x is { person: Candidate; plan: StudentCreate } => x.plan !== null);
  const hero = plans.find(
    (x) => x.plan.stage === 'university' && x.plan.active && x.person.sex === 'M',
  );
  if (hero) {
    await correctPerson(ctx.db, staff.coordinator, hero.person.id, { name: HERO });
  }
  const byDay = new Map<string, StudentCreate[]>();
  for (const { plan } of plans) {
    const day = [founded, addDays(plan.admittedOn, 7)].sort()[1] ?? founded;
    byDay.set(day, [...(byDay.get(day) ?? []), plan]);
  }
  for (const [day, inputs] of [...byDay].sort(([a], [b]) => a.localeCompare(b))) {
    await registerStudents({ db: ctx.db, clock: clockAt(day, 2) }, staff.coordinator, inputs);
  }
}

/** Donations of a wave: the units and many cadres give, units top up until the need is covered. */
async function donate(
  ctx: DemoContext,
  staff: Staff,
  wave: { from: string; to: string; needFen: number; founding: boolean },
) {
  const [units, cadres] = await Promise.all([
    ctx.db.selectFrom('org_units').select('name').orderBy('name').execute(),
    ctx.db
      .selectFrom('cadres')
      .select('name')
      .where('left_on', 'is', null)
      .orderBy('name')
      .execute(),
  ]);
  const gifts: DonationCreate[] = [];
  const give = (donor: string, donorKind: DonationCreate['donorKind'], amountFen: number) =>
    gifts.push({
      donor,
      donorKind,
      amountFen,
      receivedOn: dateBetween(ctx.random, wave.from, wave.to),
      note: '',
    });
  for (const unit of wave.founding ? units : []) {
    give(unit.name, 'unit', int(ctx.random, 20, 50) * 100_000);
  }
  for (const cadre of cadres) {
    if (chance(ctx.random, wave.founding ? 0.7 : 0.4)) {
      give(cadre.name, 'cadre', pick(ctx.random, [200, 300, 500, 800, 1000]) * 100);
    }
  }
  while (units.length > 0 && gifts.reduce((s, g) => s + g.amountFen, 0) < wave.needFen * 1.15) {
    give(pick(ctx.random, units).name, 'unit', int(ctx.random, 10, 30) * 100_000);
  }
  await recordDonations({ db: ctx.db, clock: clockAt(wave.to, 8) }, staff.finance, gifts);
}

/** A student who dropped out: the payment is reversed with a reason and the enrollment ended. */
async function reverseOne(ctx: DemoContext, staff: Staff, run: { id: string; paidOn: string }) {
  const grant = (await grantsOfRun(ctx.db, run.id)).find(
    (g) => g.status === 'paid' && g.stage === 'university' && g.personName !== HERO,
  );
  if (!grant?.paymentEntryId) {
    return;
  }
  const day = [addDays(run.paidOn, 30), ctx.today].sort()[0] ?? ctx.today;
  const deps = { db: ctx.db, clock: clockAt(day, 7) };
  await reverseEntry(deps, staff.finance, {
    id: grant.paymentEntryId,
    input: { reason: '学生因家庭原因退学，本学期补助款退回基金', reversedOn: day },
  });
  await correctStudent(deps, staff.coordinator, {
    id: grant.enrollmentId,
    patch: { active: false },
  });
}

/** One semester's run: built by `finance`, funded, submitted, approved and paid by `finance2`. */
async function payRun(ctx: DemoContext, staff: Staff, semester: string, first: boolean) {
  const start = semesterStart(semester);
  const day = (offset: number) => [addDays(start, offset), ctx.today].sort()[0] ?? ctx.today;
  const maker: FundDeps = { db: ctx.db, clock: clockAt(day(9), 3) };
  const id = await buildRun(maker, staff.finance, { semester, note: '爱心·梦想助学金' });
  const run = await findRun(ctx.db, id);
  const needFen = (run?.totalFen ?? 0) - (await currentBalance(ctx.db));
  await donate(ctx, staff, {
    from: addDays(start, first ? -110 : -60),
    to: addDays(start, -5),
    needFen,
    founding: first,
  });
  await submitRun(maker, staff.finance, id);
  const paidOn = day(19);
  const checker: FundDeps = { db: ctx.db, clock: clockAt(paidOn, 5) };
  await approveRun(checker, staff.finance2, {
    id,
    input: { paidOn, reason: '名单与学籍核对无误' },
  });
  return { id, paidOn };
}

export async function seedFund(ctx: DemoContext): Promise<void> {
  const staff = await loadStaff(ctx.db);
  if (!staff) {
    return;
  }
  const semesters = recentSemesters(ctx.today, 3);
  const founded = addDays(semesterStart(semesters[0] ?? '2025-autumn'), -120);
  await createRule({ db: ctx.db, clock: clockAt(founded, 2) }, staff.finance, {
    name: '爱心·梦想助学金发放标准',
    validFrom: founded,
    validTo: null,
    amounts: [
      { stage: 'university', amountFen: 200_000 },
      { stage: 'inland_senior', amountFen: 100_000 },
      { stage: 'inland_junior', amountFen: 100_000 },
    ],
  });
  await seedStudents(ctx, staff, founded);
  for (const [i, semester] of semesters.entries()) {
    const run = await payRun(ctx, staff, semester, i === 0);
    if (i === 1) {
      await reverseOne(ctx, staff, run);
    }
  }
}
