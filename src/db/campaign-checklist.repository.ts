/** Five-ones checklists: keyset lists with their items, ticking items, progress by GROUP BY. */
import { sql } from 'kysely';
import type {
  Checklist,
  ChecklistItem,
  ChecklistListQuery,
  ProgressRow,
} from '../domain/assistance/campaign.schema.js';
import {
  FIVE_ONES_ITEMS,
  type FiveOnesItem,
  type ProgressGrouping,
} from '../domain/assistance/enums.js';
import type { Conn } from './connect.js';
import { decodeCursor, pageOf } from './cursor.js';
import type { CampaignItemsTable } from './tables/assistance.js';

function toItem(r: CampaignItemsTable): ChecklistItem {
  return {
    item: r.item as FiveOnesItem,
    done: Number(r.done) === 1,
    date: r.done_on,
    note: r.note,
    activityId: r.activity_id,
    assistanceId: r.assistance_id,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}

/** The items of checklists, by checklist id, in the article's order. */
async function itemsOf(db: Conn, ids: readonly string[]): Promise<Map<string, ChecklistItem[]>> {
  const map = new Map<string, ChecklistItem[]>();
  if (ids.length === 0) {
    return map;
  }
  const rows = await db
    .selectFrom('campaign_items')
    .selectAll()
    .where('checklist_id', 'in', ids)
    .execute();
  for (const row of rows) {
    map.set(row.checklist_id, [...(map.get(row.checklist_id) ?? []), toItem(row)]);
  }
  for (const list of map.values()) {
    list.sort((a, b) => FIVE_ONES_ITEMS.indexOf(a.item) - FIVE_ONES_ITEMS.indexOf(b.item));
  }
  return map;
}

/** A keyset page of a campaign's checklists with their items; `cadreId` bounds a cadre's view. */
export async function listChecklists(
  db: Conn,
  campaignId: string,
  query: ChecklistListQuery,
  scope: { cadreId: string | null },
): Promise<{ items: Checklist[]; nextCursor: string | null }> {
  let q = db
    .selectFrom('campaign_checklists as cl')
    .innerJoin('cadres as cd', 'cd.id', 'cl.cadre_id')
    .innerJoin('org_units as u', 'u.id', 'cd.unit_id')
    .innerJoin('households as h', 'h.id', 'cl.household_id')
    .innerJoin('regions as r', 'r.code', 'h.village_code')
    .select([
      'cl.id',
      'cl.campaign_id',
      'cl.pairing_id',
      'cl.cadre_id',
      'cd.name as cadre_name',
      'cd.unit_id',
      'u.name as unit_name',
      'cl.household_id',
      'h.head_name',
      'h.village_code',
      'r.name as village_name',
    ])
    .where('cl.campaign_id', '=', campaignId)
    .orderBy('cl.id')
    .limit(query.limit + 1);
  for (const cadre of [scope.cadreId, query.cadre]) {
    if (cadre) {
      q = q.where('cl.cadre_id', '=', cadre);
    }
  }
  if (query.unit) {
    q = q.where('cd.unit_id', '=', query.unit);
  }
  if (query.village) {
    q = q.where('h.village_code', '=', query.village);
  }
  if (query.cursor) {
    const [id] = decodeCursor(query.cursor, 1);
    q = q.where('cl.id', '>', String(id));
  }
  const page = pageOf(await q.execute(), query.limit, (r) => [r.id]);
  const items = await itemsOf(
    db,
    page.items.map((r) => r.id),
  );
  return {
    nextCursor: page.nextCursor,
    items: page.items.map((r) => {
      const own = items.get(r.id) ?? [];
      return {
        id: r.id,
        campaignId: r.campaign_id,
        pairingId: r.pairing_id,
        cadreId: r.cadre_id,
        cadreName: r.cadre_name,
        unitId: r.unit_id,
        unitName: r.unit_name,
        householdId: r.household_id,
        headName: r.head_name,
        villageCode: r.village_code,
        villageName: r.village_name,
        doneCount: own.filter((i) => i.done).length,
        items: own,
      };
    }),
  };
}

export async function findItem(
  db: Conn,
  checklistId: string,
  item: FiveOnesItem,
): Promise<ChecklistItem | undefined> {
  const row = await db
    .selectFrom('campaign_items')
    .selectAll()
    .where('checklist_id', '=', checklistId)
    .where('item', '=', item)
    .executeTakeFirst();
  return row ? toItem(row) : undefined;
}

/** Set items of many checklists at once (the same item, date and note): one UPDATE per call. */
export async function setItems(
  db: Conn,
  checklistIds: readonly string[],
  item: FiveOnesItem,
  value: Omit<ChecklistItem, 'item'>,
): Promise<void> {
  for (let i = 0; i < checklistIds.length; i += 5000) {
    await db
      .updateTable('campaign_items')
      .set({
        done: value.done ? 1 : 0,
        done_on: value.date,
        note: value.note,
        activity_id: value.activityId,
        assistance_id: value.assistanceId,
        updated_at: value.updatedAt,
        updated_by: value.updatedBy,
      })
      .where('checklist_id', 'in', checklistIds.slice(i, i + 5000))
      .where('item', '=', item)
      .execute();
  }
}

/** Items done per cadre or per unit, the percent computed by the database. */
export async function campaignProgress(
  db: Conn,
  campaignId: string,
  by: ProgressGrouping,
  scope: { cadreId: string | null },
): Promise<ProgressRow[]> {
  const key = by === 'cadre' ? sql.ref('cd.id') : sql.ref('u.id');
  const name = by === 'cadre' ? sql.ref('cd.name') : sql.ref('u.name');
  const own = scope.cadreId ? sql`and cl.cadre_id = ${scope.cadreId}` : sql``;
  const result = await sql<{
    id: string;
    name: string;
    checklists: number;
    items: number;
    done: number;
    percent: number;
  }>`select ${key} as id, ${name} as name,
      count(distinct cl.id) as checklists, count(*) as items, sum(i.done) as done,
      round(100.0 * sum(i.done) / count(*), 1) as percent
    from campaign_checklists cl
    join campaign_items i on i.checklist_id = cl.id
    join cadres cd on cd.id = cl.cadre_id
    join org_units u on u.id = cd.unit_id
    where cl.campaign_id = ${campaignId} ${own}
    group by ${key}, ${name}
    order by ${name}, ${key}`.execute(db);
  return result.rows.map((r) => ({
    id: r.id,
    name: r.name,
    checklists: Number(r.checklists),
    items: Number(r.items),
    done: Number(r.done),
    percent: Number(r.percent),
  }));
}
