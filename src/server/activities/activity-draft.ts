/** Check an activity as it would be stored against the database: references, scope and rules. */
import { invalid, notFound, type FieldProblem } from '../../domain/errors.js';
import { activityProblems, localDateOf } from '../../domain/activities/activity.rules.js';
import type { Measure } from '../../domain/measures.js';
import { isPairingScoped, type Actor } from '../../domain/roles.js';
import { findLecturerByPerson } from '../../db/activity-lecturer.repository.js';
import {
  cadreRefs,
  householdRefs,
  personRefs,
  villageExists,
} from '../../db/activity-refs.repository.js';
import type { ActivityRecord } from '../../db/activity.repository.js';
import { findActivityType } from '../../db/activity-type.repository.js';
import type { Conn } from '../../db/connect.js';
import { assertHouseholdsInScope } from './activity-scope.js';

/** An activity's own fields after defaults and merging a correction. */
export interface ActivityDraftInput {
  readonly measure: Measure;
  readonly typeCode: string;
  readonly occurredAt: string;
  readonly villageCode: string | null;
  readonly householdId: string | null;
  readonly online: boolean;
  readonly organizerCadreId: string | null;
  readonly cadreIds: readonly string[];
  readonly householdIds: readonly string[];
  readonly personIds: readonly string[];
  readonly headcount: number;
  readonly topic: string;
  readonly notes: string;
  readonly lecturerPersonId: string | null;
}

export type ResolvedActivity = Omit<
  ActivityRecord,
  'id' | 'createdAt' | 'createdBy' | 'updatedAt' | 'voidedAt' | 'voidedBy' | 'voidReason'
>;

async function cadreProblems(db: Conn, actor: Actor, d: ActivityDraftInput) {
  const problems: FieldProblem[] = [];
  const ids = [...d.cadreIds, ...(d.organizerCadreId ? [d.organizerCadreId] : [])];
  const known = await cadreRefs(db, ids);
  d.cadreIds.forEach((id, i) => {
    if (!known.has(id)) {
      problems.push({ path: `cadreIds.${i}`, key: 'field.unknown_cadre' });
    }
  });
  if (d.organizerCadreId && !known.has(d.organizerCadreId)) {
    problems.push({ path: 'organizerCadreId', key: 'field.unknown_cadre' });
  }
  if (isPairingScoped(actor.role) && d.organizerCadreId !== actor.cadreId) {
    problems.push({ path: 'organizerCadreId', key: 'field.organizer_self' });
  }
  return problems;
}

async function placeProblems(db: Conn, d: ActivityDraftInput) {
  const place = d.householdId
    ? (await householdRefs(db, [d.householdId])).get(d.householdId)
    : null;
  const villageCode = d.villageCode ?? place?.villageCode ?? null;
  if (place && d.villageCode && place.villageCode !== d.villageCode) {
    return { villageCode, problems: [{ path: 'villageCode', key: 'field.village_mismatch' }] };
  }
  if (d.villageCode && !(await villageExists(db, d.villageCode))) {
    return { villageCode, problems: [{ path: 'villageCode', key: 'field.unknown_village' }] };
  }
  return { villageCode, problems: [] };
}

async function lecturerProblems(db: Conn, actor: Actor, d: ActivityDraftInput) {
  if (!d.lecturerPersonId) {
    return [];
  }
  const person = (await personRefs(db, [d.lecturerPersonId])).get(d.lecturerPersonId);
  if (!person) {
    throw notFound('person');
  }
  await assertHouseholdsInScope(db, actor, [person.householdId]);
  const lecturer = await findLecturerByPerson(db, d.lecturerPersonId);
  if (!lecturer) {
    return [{ path: 'lecturerPersonId', key: 'field.not_lecturer' }];
  }
  if (lecturer.trainedOn > localDateOf(d.occurredAt)) {
    return [
      {
        path: 'lecturerPersonId',
        key: 'field.lecturer_untrained',
        params: { trainedOn: lecturer.trainedOn },
      },
    ];
  }
  return [];
}

/**
 * Resolve a draft: persons bring their households in, the village follows the place household.
 * @throws AppError not_found for a household or person that does not exist or, for a cadre, is
 * not paired with them; validation naming each field otherwise.
 */
export async function resolveActivity(
  db: Conn,
  actor: Actor,
  d: ActivityDraftInput,
  typeChosenNow: boolean,
): Promise<ResolvedActivity> {
  const persons = await personRefs(db, d.personIds);
  if (d.personIds.some((id) => !persons.has(id))) {
    throw notFound('person');
  }
  const personHouseholds = d.personIds.map((id) => persons.get(id)?.householdId ?? '');
  const householdIds = [...new Set([...d.householdIds, ...personHouseholds])];
  await assertHouseholdsInScope(db, actor, [
    ...householdIds,
    ...(d.householdId ? [d.householdId] : []),
  ]);
  const place = await placeProblems(db, d);
  const type = await findActivityType(db, d.typeCode);
  const problems = [
    ...activityProblems({ ...d, villageCode: place.villageCode }, type, typeChosenNow),
    ...place.problems,
    ...(await cadreProblems(db, actor, d)),
    ...(await lecturerProblems(db, actor, d)),
  ];
  if (problems.length > 0) {
    throw invalid(problems);
  }
  const { personIds: _listed, ...fields } = d;
  return {
    ...fields,
    villageCode: place.villageCode,
    occurredOn: localDateOf(d.occurredAt),
    cadreIds: [...new Set(d.cadreIds)].filter((c) => c !== d.organizerCadreId),
    householdIds,
    persons: d.personIds.map((id, i) => ({ personId: id, householdId: personHouseholds[i] ?? '' })),
  };
}
