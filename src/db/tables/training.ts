/** Row types of the training tables: courses, enrollments, their credentials and follow-ups. */

/** Columns every record of the five measures carries. */
export interface RecordColumns {
  created_at: string;
  created_by: string | null;
  updated_at: string;
  voided_at: string | null;
  voided_by: string | null;
  void_reason: string | null;
}

export interface CoursesTable extends RecordColumns {
  id: string;
  skill: string;
  title: string;
  trainer_name: string;
  trainer_user_id: string | null;
  place_kind: string;
  place_code: string | null;
  place_text: string;
  start_date: string;
  end_date: string;
  capacity: number;
  enrolled_count: number;
  note: string;
}

export interface EnrollmentsTable extends RecordColumns {
  id: string;
  course_id: string;
  person_id: string;
  household_id: string;
  enrolled_on: string;
  sessions_attended: number;
  sessions_total: number;
  completed: number;
  completed_on: string | null;
  outstanding: number;
  recommended_to: string | null;
  recommended_on: string | null;
  hire_outcome: string | null;
  note: string;
}

export interface EnrollmentCredentialsTable {
  id: string;
  enrollment_id: string;
  kind: string;
  number: string;
  issued_on: string;
  issuer: string;
}

export interface FollowUpsTable extends RecordColumns {
  id: string;
  enrollment_id: string;
  month: number;
  followed_up_on: string;
  employed: number;
  workplace: string;
  monthly_wage_fen: number | null;
  business_opened: number;
  business_description: string;
  income_before_fen: number | null;
  income_after_fen: number | null;
  note: string;
}

export interface TrainingTables {
  training_courses: CoursesTable;
  training_enrollments: EnrollmentsTable;
  training_credentials: EnrollmentCredentialsTable;
  training_follow_ups: FollowUpsTable;
}
