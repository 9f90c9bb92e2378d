/** Follow-ups of trainees at 3, 6 and 12 months: one row per enrollment and month. */
import type { FollowUp } from '../domain/training/follow-up.schema.js';
import { changePercent } from '../domain/training/record.schema.js';
import type { Conn } from './connect.js';
import type { FollowUpsTable } from './tables/training.js';
import { flag, insertRows, numOrNull, recordMetaOf } from './training-records.repository.js';

export function toFollowUp(r: FollowUpsTable): FollowUp {
  const before = numOrNull(r.income_before_fen);
  const after = numOrNull(r.income_after_fen);
  return {
    id: r.id,
    enrollmentId: r.enrollment_id,
    month: Number(r.month),
    followedUpOn: r.followed_up_on,
    employed: flag.of(r.employed),
    workplace: r.workplace,
    monthlyWageFen: numOrNull(r.monthly_wage_fen),
    businessOpened: flag.of(r.business_opened),
    businessDescription: r.business_description,
    incomeBeforeFen: before,
    incomeAfterFen: after,
    incomeChangePercent: changePercent(before, after),
    note: r.note,
    ...recordMetaOf(r),
  };
}

/** Insert follow-ups in batches. */
export async function insertFollowUps(db: Conn, rows: readonly FollowUpsTable[]): Promise<void> {
  await insertRows(db, 'training_follow_ups', rows);
}

/** The follow-up of an enrollment at a month, voided or not. */
export async function findFollowUp(
  db: Conn,
  enrollmentId: string,
  month: number,
): Promise<FollowUp | undefined> {
  const row = await db
    .selectFrom('training_follow_ups')
    .selectAll()
    .where('enrollment_id', '=', enrollmentId)
    .where('month', '=', month)
    .executeTakeFirst();
  return row ? toFollowUp(row) : undefined;
}

/** The follow-ups of an enrollment by month; voided ones only when asked. */
export async function listFollowUps(
  db: Conn,
  enrollmentId: string,
  includeVoided = false,
): Promise<FollowUp[]> {
  let q = db
    .selectFrom('training_follow_ups')
    .selectAll()
    .where('enrollment_id', '=', enrollmentId)
    .orderBy('month');
  if (!includeVoided) {
    q = q.where('voided_at', 'is', null);
  }
  return (await q.execute()).map(toFollowUp);
}

/** Write the columns of a follow-up (a replacement by PUT, or a reinstatement). */
export async function updateFollowUp(
  db: Conn,
  id: string,
  set: Partial<Omit<FollowUpsTable, 'id'>>,
): Promise<void> {
  await db.updateTable('training_follow_ups').set(set).where('id', '=', id).execute();
}
