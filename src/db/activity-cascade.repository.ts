/** Counts of the cadre → relative → villager cascade (lecture reach), over the list's filters. */
import type { Cascade, CascadeQuery } from '../domain/activities/activity.schema.js';
import { filtered, type ActivityScope } from './activity-list.repository.js';
import type { Conn } from './connect.js';

/** The cadre → relative → villager cascade over a period (voided activities not counted). */
export async function cascadeCounts(
  db: Conn,
  query: CascadeQuery,
  scope: ActivityScope,
): Promise<Omit<Cascade, 'lecturersTrained'>> {
  const row = await filtered(db, query, scope)
    .select((eb) => {
      const byLecturer = eb('activities.lecturer_person_id', 'is not', null);
      // count() skips nulls: the organizer counts only where no relative lecturer led.
      const cadreOnly = eb
        .case()
        .when('activities.lecturer_person_id', 'is', null)
        .then(eb.ref('activities.organizer_cadre_id'))
        .end();
      const reach = eb.case().when(byLecturer).then(eb.ref('activities.headcount')).else(0).end();
      return [
        eb.fn.count<number>(cadreOnly).as('cadre_led'),
        eb.fn.count<number>('activities.lecturer_person_id').as('lecturer_led'),
        eb.fn.sum<number>(reach).as('reached'),
        eb.fn.count<number>('activities.lecturer_person_id').distinct().as('lecturers'),
      ];
    })
    .executeTakeFirstOrThrow();
  return {
    cadreLedActivities: Number(row.cadre_led ?? 0),
    lecturerLedActivities: Number(row.lecturer_led ?? 0),
    villagersReachedByLecturers: Number(row.reached ?? 0),
    activeLecturers: Number(row.lecturers ?? 0),
  };
}
