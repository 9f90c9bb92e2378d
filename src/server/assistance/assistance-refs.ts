/** Check what assistance input refers to: persons, households, villages, cadres, donation items. */
import type { FieldProblem } from '../../domain/errors.js';
import type { AssistanceCreate } from '../../domain/assistance/assistance.schema.js';
import type { Lookup } from '../../db/assistance-rows.repository.js';
import { activeDonationItems } from '../../db/assistance-donation.repository.js';
import {
  existingCadres,
  placeHouseholds,
  placePersons,
  registeredVillages,
} from '../../db/assistance-refs.repository.js';
import type { Conn } from '../../db/connect.js';

/** Everything the inputs refer to that exists. */
export interface Refs {
  readonly lookup: Lookup;
  readonly villages: ReadonlySet<string>;
  readonly cadres: ReadonlySet<string>;
  readonly items: ReadonlySet<string>;
}

/** The ids an input refers to, by what they are. */
export interface Mentions {
  persons: { path: string; id: string }[];
  households: { path: string; id: string }[];
  villages: { path: string; code: string }[];
  items: { path: string; id: string }[];
}

/** Every reference of one input with the field path it came from. */
export function mentionsOf(input: AssistanceCreate): Mentions {
  const m: Mentions = { persons: [], households: [], villages: [], items: [] };
  switch (input.kind) {
    case 'job':
    case 'medical':
      m.persons.push({ path: 'personId', id: input.personId });
      break;
    case 'loan':
      m.households.push({ path: 'householdId', id: input.householdId });
      break;
    case 'good_deed':
      if (input.personId) {
        m.persons.push({ path: 'personId', id: input.personId });
      }
      if (input.householdId) {
        m.households.push({ path: 'householdId', id: input.householdId });
      }
      break;
    case 'health_check':
      input.villages.forEach((v, i) => {
        m.villages.push({ path: `villages.${i}.villageCode`, code: v.villageCode });
      });
      break;
    case 'project':
      m.villages.push({ path: 'villageCode', code: input.villageCode });
      input.householdIds.forEach((id, i) => {
        m.households.push({ path: `householdIds.${i}`, id });
      });
      break;
    case 'donation':
      input.recipients.forEach((r, i) => {
        if (r.householdId) {
          m.households.push({ path: `recipients.${i}.householdId`, id: r.householdId });
        }
        if (r.villageCode) {
          m.villages.push({ path: `recipients.${i}.villageCode`, code: r.villageCode });
        }
        r.items.forEach((line, j) => {
          m.items.push({ path: `recipients.${i}.items.${j}.itemId`, id: line.itemId });
        });
      });
  }
  return m;
}

/** Read everything the inputs refer to, one query per kind of thing. */
export async function resolveRefs(db: Conn, inputs: readonly AssistanceCreate[]): Promise<Refs> {
  const all = inputs.map(mentionsOf);
  const persons = await placePersons(
    db,
    all.flatMap((m) => m.persons.map((p) => p.id)),
  );
  const households = await placeHouseholds(db, [
    ...all.flatMap((m) => m.households.map((h) => h.id)),
    ...[...persons.values()].map((p) => p.householdId),
  ]);
  const villages = await registeredVillages(
    db,
    all.flatMap((m) => m.villages.map((v) => v.code)),
  );
  const cadres = await existingCadres(
    db,
    inputs.flatMap((i) => (i.arrangedByCadreId ? [i.arrangedByCadreId] : [])),
  );
  const items = await activeDonationItems(
    db,
    all.flatMap((m) => m.items.map((i) => i.id)),
  );
  return { lookup: { persons, households }, villages, cadres, items };
}

/** Field problems of references that do not exist (persons and households: see `missingPeople`). */
export function refProblems(
  input: AssistanceCreate,
  refs: Refs,
  allowedItems: ReadonlySet<string> = new Set(),
): FieldProblem[] {
  const m = mentionsOf(input);
  const problems: FieldProblem[] = [];
  for (const v of m.villages) {
    if (!refs.villages.has(v.code)) {
      problems.push({ path: v.path, key: 'field.unknown_village' });
    }
  }
  for (const i of m.items) {
    if (!refs.items.has(i.id) && !allowedItems.has(i.id)) {
      problems.push({ path: i.path, key: 'field.unknown_donation_item' });
    }
  }
  if (input.arrangedByCadreId && !refs.cadres.has(input.arrangedByCadreId)) {
    problems.push({ path: 'arrangedByCadreId', key: 'field.unknown_cadre' });
  }
  if (input.kind === 'project') {
    input.householdIds.forEach((id, i) => {
      const village = refs.lookup.households.get(id)?.villageCode;
      if (village && village !== input.villageCode) {
        problems.push({ path: `householdIds.${i}`, key: 'field.household_other_village' });
      }
    });
  }
  return problems;
}

/** Persons and households mentioned that do not exist, with their paths. */
export function missingPeople(input: AssistanceCreate, refs: Refs): FieldProblem[] {
  const m = mentionsOf(input);
  return [
    ...m.persons
      .filter((p) => !refs.lookup.persons.has(p.id))
      .map((p) => ({ path: p.path, key: 'field.unknown_person' })),
    ...m.households
      .filter((h) => !refs.lookup.households.has(h.id))
      .map((h) => ({ path: h.path, key: 'field.unknown_household' })),
  ];
}

/** The households an input is about: named ones and those of named persons. */
export function householdsOf(input: AssistanceCreate, refs: Refs): string[] {
  const m = mentionsOf(input);
  return [
    ...m.households.map((h) => h.id),
    ...m.persons.flatMap((p) => {
      const place = refs.lookup.persons.get(p.id);
      return place ? [place.householdId] : [];
    }),
  ];
}
