/** The five-ones campaign: create with a checklist per current pairing, tick items, see progress. */
import { today } from '../../domain/common.schema.js';
import { AppError, invalid, notFound } from '../../domain/errors.js';
import { can, isPairingScoped, type Actor } from '../../domain/roles.js';
import type {
  Campaign,
  CampaignCreate,
  CampaignListQuery,
  ChecklistItem,
  ChecklistListQuery,
  ItemUpdate,
} from '../../domain/assistance/campaign.schema.js';
import type { FiveOnesItem, ProgressGrouping } from '../../domain/assistance/enums.js';
import { appendAudit } from '../../db/audit.repository.js';
import { isVisibleToCadre } from '../../db/assistance.repository.js';
import {
  campaignProgress,
  findItem,
  listChecklists,
  setItems,
} from '../../db/campaign-checklist.repository.js';
import {
  createChecklists,
  findCampaign,
  findChecklist,
  insertCampaign,
  listCampaigns,
} from '../../db/campaign.repository.js';
import type { Conn, Db } from '../../db/connect.js';
import { newId, nowIso } from '../../db/ids.js';
import { assertCan, listScope } from '../registry/scope.js';

/** Create a campaign and a checklist for every pairing current now. @throws AppError forbidden */
export async function createCampaign(
  db: Db,
  actor: Actor | null,
  input: CampaignCreate,
): Promise<Campaign> {
  if (actor) {
    assertCan(actor, 'campaign.manage');
  }
  return db.transaction().execute(async (tx) => {
    const id = newId();
    const at = nowIso();
    await insertCampaign(tx, {
      id,
      title: input.title,
      measure: 'epidemic',
      start_date: input.startDate,
      end_date: input.endDate,
      created_at: at,
      created_by: actor?.userId ?? null,
      updated_at: at,
    });
    const checklists = await createChecklists(tx, id, at);
    await appendAudit(tx, [
      {
        actor,
        action: 'create',
        entity: 'campaign',
        entityId: id,
        after: { ...input, checklists },
      },
    ]);
    return visibleCampaign(tx, id);
  });
}

async function visibleCampaign(db: Conn, id: string): Promise<Campaign> {
  const campaign = await findCampaign(db, id);
  if (!campaign) {
    throw notFound('campaign');
  }
  return campaign;
}

export async function listCampaignsFor(db: Db, actor: Actor, query: CampaignListQuery) {
  assertCan(actor, 'measures.read');
  return listCampaigns(db, query);
}

export async function readCampaign(db: Db, actor: Actor, id: string): Promise<Campaign> {
  assertCan(actor, 'measures.read');
  return visibleCampaign(db, id);
}

/** A campaign's checklists; a cadre sees only their own. */
export async function listChecklistsFor(
  db: Db,
  actor: Actor,
  id: string,
  query: ChecklistListQuery,
) {
  assertCan(actor, 'measures.read');
  await visibleCampaign(db, id);
  return listChecklists(db, id, query, listScope(actor));
}

/** Percent of items done per cadre or unit; a cadre sees only their own row. */
export async function progressOf(db: Db, actor: Actor, id: string, by: ProgressGrouping) {
  assertCan(actor, 'measures.read');
  await visibleCampaign(db, id);
  return { campaignId: id, by, rows: await campaignProgress(db, id, by, listScope(actor)) };
}

/** Coordinators tick any checklist, a cadre only their own; other roles may not. */
function canTick(actor: Actor): boolean {
  return can(actor.role, 'campaign.manage') || isPairingScoped(actor.role);
}

/** @throws AppError not_found when a cadre asks for someone else's checklist */
function assertOwnChecklist(actor: Actor, checklistCadreId: string): void {
  if (!can(actor.role, 'campaign.manage') && actor.cadreId !== checklistCadreId) {
    throw notFound('checklist');
  }
}

/** Linked records must exist: the assistance record visible to the actor, the activity not void. */
async function checkLinks(db: Conn, actor: Actor, update: ItemUpdate): Promise<void> {
  if (update.activityId) {
    const activity = await db
      .selectFrom('activities')
      .select('id')
      .where('id', '=', update.activityId)
      .where('voided_at', 'is', null)
      .executeTakeFirst();
    if (!activity) {
      throw invalid([{ path: 'activityId', key: 'field.unknown_activity' }]);
    }
  }
  if (!update.assistanceId) {
    return;
  }
  const { cadreId } = listScope(actor);
  const found = await db
    .selectFrom('assistance')
    .select('id')
    .where('id', '=', update.assistanceId)
    .where('voided_at', 'is', null)
    .executeTakeFirst();
  if (!found || (cadreId && !(await isVisibleToCadre(db, update.assistanceId, cadreId)))) {
    throw invalid([{ path: 'assistanceId', key: 'field.unknown_assistance' }]);
  }
}

/**
 * Mark one of the five items done or undone, dated within the campaign.
 * @throws AppError forbidden | not_found | validation
 */
export async function tickItem(
  db: Db,
  actor: Actor,
  at: { id: string; checklistId: string; item: FiveOnesItem },
  update: ItemUpdate,
): Promise<ChecklistItem> {
  if (!canTick(actor)) {
    throw new AppError('forbidden');
  }
  return db.transaction().execute(async (tx) => {
    const campaign = await visibleCampaign(tx, at.id);
    const checklist = await findChecklist(tx, at.id, at.checklistId);
    if (!checklist) {
      throw notFound('checklist');
    }
    assertOwnChecklist(actor, checklist.cadreId);
    const date = update.done ? (update.date ?? today()) : null;
    if (date && (date < campaign.startDate || date > campaign.endDate)) {
      throw invalid([
        {
          path: 'date',
          key: 'field.outside_campaign',
          params: { from: campaign.startDate, to: campaign.endDate },
        },
      ]);
    }
    await checkLinks(tx, actor, update);
    const before = await findItem(tx, at.checklistId, at.item);
    const value = {
      done: update.done,
      date,
      note: update.note,
      activityId: update.activityId ?? null,
      assistanceId: update.assistanceId ?? null,
      updatedAt: nowIso(),
      updatedBy: actor.userId,
    };
    await setItems(tx, [at.checklistId], at.item, value);
    const after = { item: at.item, ...value };
    await appendAudit(tx, [
      {
        actor,
        action: 'update',
        entity: 'campaign_item',
        entityId: `${at.checklistId}:${at.item}`,
        before,
        after,
      },
    ]);
    return after;
  });
}
