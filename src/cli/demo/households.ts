/** Synthetic households: a realistic family per household, and a dated poverty-status history. */
import { MALE_NAMES } from './names.js';
import { IdNumbers, makePerson, type PersonSpec, type RawPerson } from './people.js';
import type { DemoVillage } from './regions.js';
import { chance, int, pick, type Random } from './random.js';
import { fitReason, incomeBase, statusHistory, type StatusStep } from './status-plan.js';

export interface HouseholdPlan {
  /** The HouseholdCreate input, still to be parsed by the domain schema. */
  readonly input: Record<string, unknown>;
  /** Status changes after registration, oldest first. */
  readonly changes: readonly StatusStep[];
  /** Per-capita net income (yuan) in the first of the three income years. */
  readonly perCapitaYuan: number;
}

interface Where {
  readonly county: string;
  readonly today: string;
}

/** A family under construction: adds members with an age as of the demo's today. */
class Family {
  readonly members: RawPerson[] = [];

  constructor(
    private readonly random: Random,
    private readonly ids: IdNumbers,
    private readonly where: Where,
  ) {}

  add(spec: PersonSpec): RawPerson {
    const person = makePerson(this.random, this.ids, this.where, spec);
    this.members.push(person);
    return person;
  }

  ageOf(person: RawPerson): number {
    return Number(this.where.today.slice(0, 4)) - Number(person.birthDate.slice(0, 4));
  }
}

function ownName(person: RawPerson): string {
  return person.name.split('·')[0] ?? person.name;
}

function randomSex(random: Random): 'M' | 'F' {
  return chance(random, 0.5) ? 'M' : 'F';
}

/** Children of the head, and sometimes a married son's wife and their children. */
function addChildren(random: Random, family: Family, head: RawPerson): void {
  const headAge = family.ageOf(head);
  const father = family.members.find((m) => m.sex === 'M' && m.relation !== 'parent');
  const fatherName = father ? ownName(father) : pick(random, MALE_NAMES);
  const count =
    headAge < 30 ? int(random, 0, 2) : headAge < 50 ? int(random, 1, 4) : int(random, 0, 3);
  for (let i = 0; i < count; i += 1) {
    const age = headAge - int(random, 20, 38);
    if (age >= 0) {
      family.add({ sex: randomSex(random), age, relation: 'child', fatherName, phoneChance: 0.6 });
    }
  }
  const son = family.members.find(
    (m) => m.relation === 'child' && m.sex === 'M' && family.ageOf(m) >= 23,
  );
  if (!son || headAge < 50 || !chance(random, 0.45)) {
    return;
  }
  const sonAge = family.ageOf(son);
  family.add({
    sex: 'F',
    age: Math.max(19, sonAge - int(random, 0, 4)),
    relation: 'child_in_law',
    fatherName: pick(random, MALE_NAMES),
    phoneChance: 0.5,
  });
  for (let g = int(random, 1, 2); g > 0; g -= 1) {
    const age = int(random, 0, Math.max(0, sonAge - 22));
    const sex = randomSex(random);
    family.add({ sex, age, relation: 'grandchild', fatherName: ownName(son), phoneChance: 0 });
  }
}

/** Head, spouse, children, perhaps an elder parent or a married son's family. */
function makeFamily(random: Random, ids: IdNumbers, where: Where): RawPerson[] {
  const family = new Family(random, ids, where);
  const headSex = chance(random, 0.86) ? 'M' : 'F';
  const headAge = int(random, 26, 72);
  const someone = () => pick(random, MALE_NAMES);
  const head = family.add({
    sex: headSex,
    age: headAge,
    relation: 'head',
    fatherName: someone(),
    phoneChance: 0.95,
  });
  const spouseChance = headSex === 'F' ? 0.15 : headAge < 65 ? 0.92 : 0.6;
  if (chance(random, spouseChance)) {
    const gap = headSex === 'M' ? int(random, -8, 2) : int(random, -2, 8);
    const sex = headSex === 'M' ? 'F' : 'M';
    const age = Math.max(18, headAge + gap);
    family.add({ sex, age, relation: 'spouse', fatherName: someone(), phoneChance: 0.5 });
  }
  addChildren(random, family, head);
  if (headAge < 55 && chance(random, 0.25)) {
    const sex = chance(random, 0.65) ? 'F' : 'M';
    const age = headAge + int(random, 20, 32);
    family.add({ sex, age, relation: 'parent', fatherName: someone(), phoneChance: 0.2 });
  }
  return family.members.slice(0, 10);
}

/** `count` households spread evenly over the villages, in village order. */
export function planHouseholds(
  random: Random,
  villages: readonly DemoVillage[],
  count: number,
  today: string,
): HouseholdPlan[] {
  const ids = new IdNumbers();
  const plans: HouseholdPlan[] = [];
  villages.forEach((village, v) => {
    const here = Math.floor(count / villages.length) + (v < count % villages.length ? 1 : 0);
    const place = village.name.replace(/委会$/, '');
    for (let i = 0; i < here; i += 1) {
      const members = makeFamily(random, ids, { county: village.county, today });
      const { registeredOn, changes } = statusHistory(random, today);
      fitReason(members, changes);
      plans.push({
        input: {
          villageCode: village.code,
          address: `${place}${1 + (i % 6)}组${Math.floor(i / 6) + 1}号`,
          phone: members[0]?.phone ?? null,
          status: 'registered_poor',
          statusDate: registeredOn,
          members,
        },
        changes,
        perCapitaYuan: incomeBase(random, changes),
      });
    }
  });
  return plans;
}
