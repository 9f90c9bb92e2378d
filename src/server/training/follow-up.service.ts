/** Follow-ups at 3, 6 and 12 months: one per enrollment and month, written by PUT, voidable. */
import { notFound } from '../../domain/errors.js';
import type { Actor } from '../../domain/roles.js';
import type { FollowUp, FollowUpInput } from '../../domain/training/follow-up.schema.js';
import { appendAudit } from '../../db/audit.repository.js';
import type { Conn, Db } from '../../db/connect.js';
import { newId, nowIso } from '../../db/ids.js';
import {
  findFollowUp,
  insertFollowUps,
  updateFollowUp,
} from '../../db/training-follow-up.repository.js';
import { flag, newRecordColumns } from '../../db/training-records.repository.js';
import { assertCan } from '../registry/scope.js';
import { visibleEnrollment } from './enrollment.service.js';
import { assertNotVoided, voidAudited } from './records.js';

function columnsOf(input: FollowUpInput) {
  return {
    followed_up_on: input.followedUpOn,
    employed: flag.to(input.employed),
    workplace: input.workplace,
    monthly_wage_fen: input.monthlyWageFen,
    business_opened: flag.to(input.businessOpened),
    business_description: input.businessDescription,
    income_before_fen: input.incomeBeforeFen,
    income_after_fen: input.incomeAfterFen,
    note: input.note,
  };
}

async function loadFollowUp(db: Conn, enrollmentId: string, month: number): Promise<FollowUp> {
  const followUp = await findFollowUp(db, enrollmentId, month);
  if (!followUp) {
    throw notFound('follow_up');
  }
  return followUp;
}

/**
 * Record or replace the follow-up of an enrollment at a month; a voided one is reinstated.
 * @throws AppError not_found (enrollment), conflict (enrollment voided)
 */
export async function putFollowUp(
  db: Db,
  actor: Actor,
  target: { enrollmentId: string; month: number },
  input: FollowUpInput,
): Promise<{ followUp: FollowUp; created: boolean }> {
  assertCan(actor, 'training.write');
  const { enrollmentId, month } = target;
  return db.transaction().execute(async (tx) => {
    const enrollment = await visibleEnrollment(tx, actor, enrollmentId);
    assertNotVoided(enrollment);
    const before = await findFollowUp(tx, enrollmentId, month);
    const at = nowIso();
    if (before) {
      await updateFollowUp(tx, before.id, {
        ...columnsOf(input),
        updated_at: at,
        voided_at: null,
        voided_by: null,
        void_reason: null,
      });
    } else {
      await insertFollowUps(tx, [
        {
          id: newId(),
          enrollment_id: enrollmentId,
          month,
          ...columnsOf(input),
          ...newRecordColumns(actor.userId, at),
        },
      ]);
    }
    const after = await loadFollowUp(tx, enrollmentId, month);
    await appendAudit(tx, [
      {
        actor,
        action: before ? 'update' : 'create',
        entity: 'follow_up',
        entityId: after.id,
        before: before ?? null,
        after,
      },
    ]);
    return { followUp: after, created: !before };
  });
}

/** The follow-up of an enrollment at a month. @throws AppError not_found */
export async function readFollowUp(
  db: Db,
  actor: Actor,
  target: { enrollmentId: string; month: number },
): Promise<FollowUp> {
  await visibleEnrollment(db, actor, target.enrollmentId);
  return loadFollowUp(db, target.enrollmentId, target.month);
}

/** Void a follow-up recorded in error. @throws AppError */
export async function voidFollowUp(
  db: Db,
  actor: Actor,
  target: { enrollmentId: string; month: number },
  reason: string,
): Promise<FollowUp> {
  assertCan(actor, 'training.write');
  return db.transaction().execute(async (tx) => {
    await visibleEnrollment(tx, actor, target.enrollmentId);
    const before = await loadFollowUp(tx, target.enrollmentId, target.month);
    return voidAudited(tx, {
      actor,
      table: 'training_follow_ups',
      entity: 'follow_up',
      before,
      id: before.id,
      reason,
      at: nowIso(),
      reload: () => loadFollowUp(tx, target.enrollmentId, target.month),
    });
  });
}
