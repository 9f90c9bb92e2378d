/** Write a planned batch inside the caller's transaction: the bulk path for new households, set-based updates. */
import type { Actor } from '../../domain/roles.js';
import { appendAudit, type AuditRecord } from '../../db/audit.repository.js';
import type { Conn } from '../../db/connect.js';
import type { PersonsTable } from '../../db/database.js';
import { insertHouseholds } from '../../db/household.repository.js';
import {
  insertPersonRows,
  insertStatusRows,
  moveSearchVillage,
  refreshSummaries,
  replaceSearchTerms,
} from '../../db/import-roster.repository.js';
import { updateHouseholdRows, updatePersonRows } from '../../db/import-updates.repository.js';
import { toPerson, toPersonRow } from '../../db/person.repository.js';
import { buildNewHousehold } from '../registry/household.service.js';
import { auditPerson } from '../registry/presenters.js';
import type { BatchPlan } from './roster-plan.js';

export interface ApplyContext {
  readonly actor: Actor | null;
  readonly at: string;
  /** The import job (or the CLI run) the audit entries name. */
  readonly importId: string;
}

/** Members whose search terms change: new ones, and renamed or re-numbered ones. */
function reindexed(plan: BatchPlan): PersonsTable[] {
  const changed = plan.personUpdates
    .filter((u) => u.before.name !== u.after.name || u.before.idNumber !== u.after.idNumber)
    .map((u) => toPersonRow(u.after));
  return [...plan.newMembers, ...changed];
}

async function applyUpdates(tx: Conn, plan: BatchPlan, at: string): Promise<void> {
  await updatePersonRows(
    tx,
    plan.personUpdates.map((u) => toPersonRow(u.after)),
  );
  await insertPersonRows(tx, plan.newMembers);
  await updateHouseholdRows(
    tx,
    plan.householdUpdates.map((h) => h.after),
  );
  await insertStatusRows(tx, plan.statusChanges);
  const villageOf = new Map(plan.householdUpdates.map((h) => [h.after.id, h.after.village_code]));
  const search = reindexed(plan);
  const missing = search.filter((p) => !villageOf.has(p.household_id)).map((p) => p.household_id);
  if (missing.length > 0) {
    const rows = await tx
      .selectFrom('households')
      .select(['id', 'village_code'])
      .where('id', 'in', [...new Set(missing)])
      .execute();
    rows.forEach((r) => villageOf.set(r.id, r.village_code));
  }
  await replaceSearchTerms(tx, search, villageOf);
  await moveSearchVillage(
    tx,
    plan.householdUpdates
      .filter((h) => h.before.village_code !== h.after.village_code)
      .map((h) => ({ householdId: h.after.id, villageCode: h.after.village_code })),
  );
  const touched = [
    ...plan.newMembers.map((p) => p.household_id),
    ...plan.personUpdates.map((u) => u.after.householdId),
  ];
  await refreshSummaries(tx, touched, at);
}

function auditOf(plan: BatchPlan, ids: readonly string[], ctx: ApplyContext): AuditRecord[] {
  const { actor } = ctx;
  const batch: AuditRecord[] =
    ids.length === 0
      ? []
      : [
          {
            actor,
            action: 'create',
            entity: 'household_batch',
            entityId: ids[0] ?? '',
            after: { count: ids.length, importId: ctx.importId },
          },
        ];
  return [
    ...batch,
    ...plan.newMembers.map((p) => ({
      actor,
      action: 'create' as const,
      entity: 'person',
      entityId: p.id,
      after: { ...auditPerson(toPerson(p)), importId: ctx.importId },
    })),
    ...plan.personUpdates.map((u) => ({
      actor,
      action: 'update' as const,
      entity: 'person',
      entityId: u.before.id,
      before: auditPerson(u.before),
      after: { ...auditPerson(u.after), importId: ctx.importId },
    })),
    ...plan.householdUpdates.map((h) => ({
      actor,
      action: 'update' as const,
      entity: 'household',
      entityId: h.before.id,
      before: h.before,
      after: { ...h.after, importId: ctx.importId },
    })),
  ];
}

/** Write the batch: new households through the registry's bulk insert, the rest set-based; audited. */
export async function applyBatch(tx: Conn, plan: BatchPlan, ctx: ApplyContext): Promise<void> {
  const built = plan.creates.map((input) => buildNewHousehold(input, ctx.actor, ctx.at));
  await insertHouseholds(tx, built);
  await applyUpdates(tx, plan, ctx.at);
  await appendAudit(
    tx,
    auditOf(
      plan,
      built.map((b) => b.household.id),
      ctx,
    ),
  );
}
