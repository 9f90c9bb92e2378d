/** Relative lecturers: flag a paired relative as trained to lecture; list them with their reach. */
import { conflict, invalid, notFound } from '../../domain/errors.js';
import type {
  Lecturer,
  LecturerCreate,
  LecturerListQuery,
} from '../../domain/activities/lecturer.schema.js';
import type { Actor } from '../../domain/roles.js';
import {
  findLecturerByPerson,
  insertLecturers,
  listLecturers,
} from '../../db/activity-lecturer.repository.js';
import { householdsWithPairing, personRefs } from '../../db/activity-refs.repository.js';
import { appendAudit } from '../../db/audit.repository.js';
import type { Db } from '../../db/connect.js';
import { newId, nowIso } from '../../db/ids.js';
import { assertCan } from '../registry/scope.js';
import { activityScope, assertHouseholdsInScope } from './activity-scope.js';

/**
 * Register a person of a paired household as a trained lecturer.
 * @throws AppError not_found (person unknown or, for a cadre, not theirs) | validation when the
 * household has no current pairing | conflict when already a lecturer
 */
export async function addLecturer(db: Db, actor: Actor, input: LecturerCreate): Promise<Lecturer> {
  assertCan(actor, 'activity.write');
  return db.transaction().execute(async (tx) => {
    const person = (await personRefs(tx, [input.personId])).get(input.personId);
    if (!person) {
      throw notFound('person');
    }
    await assertHouseholdsInScope(tx, actor, [person.householdId]);
    if (!(await householdsWithPairing(tx, [person.householdId])).has(person.householdId)) {
      throw invalid([{ path: 'personId', key: 'field.not_paired' }]);
    }
    if (await findLecturerByPerson(tx, input.personId)) {
      throw conflict('error.lecturer_exists');
    }
    const row = {
      id: newId(),
      person_id: input.personId,
      household_id: person.householdId,
      trained_on: input.trainedOn,
      notes: input.notes,
      created_at: nowIso(),
      created_by: actor.userId,
    };
    await insertLecturers(tx, [row]);
    await appendAudit(tx, [
      { actor, action: 'create', entity: 'activity_lecturer', entityId: row.id, after: row },
    ]);
    const created = await findLecturerByPerson(tx, input.personId);
    if (!created) {
      throw notFound('lecturer');
    }
    return created;
  });
}

/** The lecturers the actor may see (a cadre: those of their paired households). */
export async function listLecturersFor(db: Db, actor: Actor, query: LecturerListQuery) {
  assertCan(actor, 'measures.read');
  return listLecturers(db, query, activityScope(actor));
}
