/** Row types of the activities tables. */

export interface ActivityTypesTable {
  code: string;
  name_zh: string;
  name_en: string;
  /** null: usable for any measure. */
  measure: string | null;
  active: number;
  sort: number;
  created_at: string;
  updated_at: string;
}

export interface ActivitiesTable {
  id: string;
  measure: string;
  type_code: string;
  /** UTC ISO instant; lists order by (occurred_at desc, id desc). */
  occurred_at: string;
  /** The record's date in the program's zone (Beijing time), YYYY-MM-DD. */
  occurred_on: string;
  village_code: string | null;
  /** The household whose home it took place in. */
  household_id: string | null;
  online: number;
  organizer_cadre_id: string | null;
  lecturer_person_id: string | null;
  headcount: number;
  topic: string;
  notes: string;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  voided_at: string | null;
  voided_by: string | null;
  void_reason: string | null;
}

export interface ActivityCadresTable {
  activity_id: string;
  cadre_id: string;
}

export interface ActivityHouseholdsTable {
  activity_id: string;
  household_id: string;
}

export interface ActivityPersonsTable {
  activity_id: string;
  person_id: string;
  household_id: string;
}

export interface ActivityLecturersTable {
  id: string;
  person_id: string;
  household_id: string;
  trained_on: string;
  notes: string;
  created_at: string;
  created_by: string | null;
}

export interface PhotosTable {
  id: string;
  activity_id: string;
  sha256: string;
  mime: string;
  width: number;
  height: number;
  bytes: number;
  thumb_sha256: string;
  taken_at: string | null;
  caption: string;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  voided_at: string | null;
  voided_by: string | null;
  void_reason: string | null;
}

export interface ActivitiesTables {
  activity_types: ActivityTypesTable;
  activities: ActivitiesTable;
  activity_cadres: ActivityCadresTable;
  activity_households: ActivityHouseholdsTable;
  activity_persons: ActivityPersonsTable;
  activity_lecturers: ActivityLecturersTable;
  photos: PhotosTable;
}
