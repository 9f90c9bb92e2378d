/** One synthetic household member: age-appropriate schooling, labour ability, health and ID number. */
import type { PersonInput } from '../../domain/registry/person.schema.js';
import { composeIdNumber } from '../../domain/validation/id-number.js';
import { mobile } from './org.js';
import { FEMALE_NAMES, MALE_NAMES } from './names.js';
import { birthDateFor, chance, pick, weighted, type Random } from './random.js';

type Raw<T> = { -readonly [K in keyof T]: T[K] };
export type RawPerson = Raw<Omit<PersonInput, 'idNumber' | 'phone'>> & {
  idNumber: string;
  phone: string | null;
};

/** Unique synthetic ID numbers per county: the sequence digits move on until a number is free. */
export class IdNumbers {
  private readonly used = new Set<string>();
  private sequence = 0;

  /** A valid, unused ID number for a county, birth date and sex. */
  next(county: string, birthDate: string, sex: 'M' | 'F'): string {
    for (;;) {
      this.sequence += 1;
      const id = composeIdNumber(county, birthDate, this.sequence, sex);
      if (!this.used.has(id)) {
        this.used.add(id);
        return id;
      }
    }
  }
}

function schooling(random: Random, age: number): RawPerson['schooling'] {
  if (age < 3) {
    return 'none';
  }
  if (age < 6) {
    return 'preschool';
  }
  if (age < 12) {
    return 'primary';
  }
  if (age < 15) {
    return 'junior';
  }
  if (age < 18) {
    return weighted(random, [
      ['senior', 6],
      ['vocational', 3],
      ['junior', 1],
    ] as const);
  }
  if (age < 30) {
    const table = [
      ['junior', 4],
      ['senior', 3],
      ['vocational', 2],
      ['college', 1.5],
      ['primary', 1],
    ] as const;
    return weighted(random, table);
  }
  if (age < 55) {
    return weighted(random, [
      ['primary', 5],
      ['junior', 4],
      ['none', 1],
      ['senior', 1],
    ] as const);
  }
  return weighted(random, [
    ['none', 5],
    ['primary', 4],
    ['junior', 1],
  ] as const);
}

function health(random: Random, age: number): Pick<RawPerson, 'health' | 'disability'> {
  const chronic = age >= 60 ? 0.35 : age >= 18 ? 0.08 : 0.01;
  const roll = random();
  if (roll < 0.02 + (age >= 18 ? 0.015 : 0)) {
    const disability = weighted(random, [
      ['physical', 5],
      ['visual', 1.5],
      ['hearing', 1.5],
      ['intellectual', 1],
      ['speech', 0.5],
      ['multiple', 0.5],
    ] as const);
    return { health: 'disabled', disability };
  }
  if (roll < 0.04 + (age >= 60 ? 0.04 : 0)) {
    return { health: 'serious', disability: 'none' };
  }
  return { health: roll < 0.04 + chronic ? 'chronic' : 'healthy', disability: 'none' };
}

function labour(random: Random, age: number, h: RawPerson['health']): RawPerson['labourAbility'] {
  if (age < 16) {
    return 'not_working_age';
  }
  if (h === 'serious' || h === 'disabled') {
    return chance(random, 0.5) ? 'partial' : 'none';
  }
  if (age >= 65) {
    return chance(random, 0.6) ? 'partial' : 'none';
  }
  return age >= 56 && chance(random, 0.4) ? 'partial' : 'full';
}

export interface PersonSpec {
  readonly sex: 'M' | 'F';
  readonly age: number;
  readonly relation: RawPerson['relation'];
  /** The father's own name, written after the middle dot. */
  readonly fatherName: string;
  /** Likelihood of a mobile number of their own (adults only). */
  readonly phoneChance: number;
}

/** A member of a household in a county, as of `today`. */
export function makePerson(
  random: Random,
  ids: IdNumbers,
  where: { county: string; today: string },
  spec: PersonSpec,
): RawPerson {
  const own = pick(random, spec.sex === 'M' ? MALE_NAMES : FEMALE_NAMES);
  const birthDate = birthDateFor(random, where.today, spec.age);
  const h = health(random, spec.age);
  return {
    name: `${own}·${spec.fatherName}`,
    sex: spec.sex,
    birthDate,
    idNumber: ids.next(where.county, birthDate, spec.sex),
    relation: spec.relation,
    schooling: schooling(random, spec.age),
    labourAbility: labour(random, spec.age, h.health),
    ...h,
    phone: spec.age >= 18 && chance(random, spec.phoneChance) ? mobile(random) : null,
  };
}
