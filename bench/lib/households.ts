/** Synthetic households: 3–6 members named in the region's style, valid unique ID numbers, incomes. */
import type { HouseholdCreate } from '../../src/domain/registry/household.schema.js';
import type { PersonInput } from '../../src/domain/registry/person.schema.js';
import type { IdAllocator } from './id-allocator.js';
import { FEMALE_GIVEN, MALE_GIVEN, pick } from './names.js';

/** The year the synthetic data describes (statuses and incomes up to it). */
export const DATA_YEAR = 2025;

export interface IncomeSeed {
  readonly year: number;
  readonly wagesFen: number;
  readonly productionFen: number;
  readonly propertyFen: number;
  readonly transferFen: number;
  readonly memberCount: number;
}

export interface GeneratedHousehold {
  /** Position in the region, 0-based. */
  readonly index: number;
  readonly input: HouseholdCreate;
  /** Index of the cadre who leads the pairing. */
  readonly leadCadre: number;
  readonly incomes: readonly IncomeSeed[];
}

type Random = () => number;

function between(random: Random, low: number, high: number): number {
  return low + Math.floor(random() * (high - low + 1));
}

function dateIn(random: Random, year: number): string {
  const month = between(random, 1, 12);
  const day = between(random, 1, 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function mobile(random: Random): string {
  return `1${pick(['3', '5', '7', '8', '9'], random)}${String(between(random, 0, 999_999_999)).padStart(9, '0')}`;
}

function schoolingAt(age: number, random: Random): PersonInput['schooling'] {
  if (age < 6) {
    return age < 3 ? 'none' : 'preschool';
  }
  if (age < 12) {
    return 'primary';
  }
  if (age < 15) {
    return 'junior';
  }
  if (age < 19) {
    return random() < 0.5 ? 'senior' : 'vocational';
  }
  const r = random();
  if (age > 60) {
    return r < 0.5 ? 'none' : 'primary';
  }
  return r < 0.1 ? 'college' : r < 0.55 ? 'junior' : r < 0.8 ? 'primary' : 'senior';
}

interface MemberPlan {
  readonly relation: PersonInput['relation'];
  readonly sex: 'M' | 'F';
  readonly born: number;
  readonly name: string;
}

function memberPlans(random: Random, size: number): MemberPlan[] {
  const headBorn = between(random, 1955, 1995);
  const headMale = random() < 0.9;
  const headGiven = pick(headMale ? MALE_GIVEN : FEMALE_GIVEN, random);
  const fatherGiven = pick(MALE_GIVEN, random);
  const childFather = headMale ? headGiven : pick(MALE_GIVEN, random);
  const plans: MemberPlan[] = [
    {
      relation: 'head',
      sex: headMale ? 'M' : 'F',
      born: headBorn,
      name: `${headGiven}·${fatherGiven}`,
    },
  ];
  if (headMale) {
    const name = `${pick(FEMALE_GIVEN, random)}·${pick(MALE_GIVEN, random)}`;
    plans.push({ relation: 'spouse', sex: 'F', born: headBorn + between(random, 0, 6), name });
  }
  if (size - plans.length >= 4) {
    const sex = random() < 0.5 ? 'M' : 'F';
    const given = sex === 'M' ? fatherGiven : pick(FEMALE_GIVEN, random);
    const born = Math.max(1925, headBorn - between(random, 20, 32));
    plans.push({ relation: 'parent', sex, born, name: `${given}·${pick(MALE_GIVEN, random)}` });
  }
  while (plans.length < size) {
    const sex = random() < 0.5 ? 'M' : 'F';
    const given = pick(sex === 'M' ? MALE_GIVEN : FEMALE_GIVEN, random);
    const born = Math.min(DATA_YEAR, headBorn + between(random, 20, 40));
    plans.push({ relation: 'child', sex, born, name: `${given}·${childFather}` });
  }
  return plans;
}

function member(random: Random, ids: IdAllocator, county6: string, plan: MemberPlan): PersonInput {
  const id = ids.allocate(county6, dateIn(random, plan.born), plan.sex);
  const age = DATA_YEAR - plan.born;
  const h = random();
  const health = h < 0.88 ? 'healthy' : h < 0.95 ? 'chronic' : h < 0.97 ? 'serious' : 'disabled';
  const labourAbility =
    age < 16 || age > 64 ? 'not_working_age' : health === 'healthy' ? 'full' : 'partial';
  return {
    name: plan.name,
    sex: plan.sex,
    birthDate: id.birthDate,
    idNumber: id.idNumber,
    relation: plan.relation,
    schooling: schoolingAt(age, random),
    labourAbility,
    health,
    disability:
      health === 'disabled' ? pick(['physical', 'visual', 'hearing'] as const, random) : 'none',
    phone: null,
  };
}

function statusOf(random: Random): Pick<HouseholdCreate, 'status' | 'statusDate' | 'exitYear'> {
  const r = random();
  if (r < 0.8) {
    const exitYear = between(random, 2016, 2020);
    return { status: 'exited', statusDate: dateIn(random, exitYear), exitYear };
  }
  if (r < 0.88) {
    return {
      status: 'monitored',
      statusDate: dateIn(random, between(random, 2021, DATA_YEAR)),
      exitYear: null,
    };
  }
  if (r < 0.95) {
    return { status: 'registered_poor', statusDate: dateIn(random, 2014), exitYear: null };
  }
  return { status: 'not_poor', statusDate: dateIn(random, 2014), exitYear: null };
}

/** Yearly incomes for the last two years, per capita near the household's status. */
function incomesOf(random: Random, status: HouseholdCreate['status'], size: number): IncomeSeed[] {
  const yuan = {
    exited: [8_000, 18_000],
    monitored: [5_000, 8_000],
    registered_poor: [3_000, 5_000],
    not_poor: [12_000, 25_000],
  }[status];
  const perCapitaFen = between(random, yuan[0] ?? 0, yuan[1] ?? 0) * 100;
  return [DATA_YEAR - 1, DATA_YEAR].map((year) => {
    const total = Math.round(perCapitaFen * size * (year === DATA_YEAR ? 1 : 0.9));
    const wagesFen = Math.round(total * (0.45 + random() * 0.2));
    const productionFen = Math.round(total * (0.2 + random() * 0.1));
    const propertyFen = Math.round(total * 0.03);
    return {
      year,
      wagesFen,
      productionFen,
      propertyFen,
      transferFen: Math.max(0, total - wagesFen - productionFen - propertyFen),
      memberCount: size,
    };
  });
}

/** One household of a village: a head, spouse, maybe a parent, children. */
export function generateHousehold(
  random: Random,
  ids: IdAllocator,
  where: { villageCode: string; index: number; cadres: number; households: number },
): GeneratedHousehold {
  const size = between(random, 3, 6);
  const county6 = where.villageCode.slice(0, 6);
  const status = statusOf(random);
  const input: HouseholdCreate = {
    villageCode: where.villageCode,
    address: `${between(random, 1, 8)}组${between(random, 1, 120)}号`,
    phone: random() < 0.7 ? mobile(random) : null,
    ...status,
    members: memberPlans(random, size).map((plan) => member(random, ids, county6, plan)),
  };
  return {
    index: where.index,
    input,
    leadCadre: Math.min(
      where.cadres - 1,
      Math.floor((where.index * where.cadres) / where.households),
    ),
    incomes: incomesOf(random, input.status, size),
  };
}
