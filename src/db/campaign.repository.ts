/** Five-ones campaigns: the campaign, one checklist per current pairing, five items each. */
import { sql } from 'kysely';
import type { Campaign, CampaignListQuery } from '../domain/assistance/campaign.schema.js';
import { FIVE_ONES_ITEMS } from '../domain/assistance/enums.js';
import type { Measure } from '../domain/measures.js';
import type { Conn } from './connect.js';
import { decodeCursor, pageOf } from './cursor.js';
import { newId } from './ids.js';
import type { CampaignsTable } from './tables/assistance.js';

export async function insertCampaign(db: Conn, row: CampaignsTable): Promise<void> {
  await db.insertInto('campaigns').values(row).execute();
}

/**
 * One checklist for every pairing current now, with its five items undone: the checklists in
 * batches, the items in one INSERT … SELECT. Returns how many checklists were made.
 */
export async function createChecklists(db: Conn, campaignId: string, at: string): Promise<number> {
  const pairings = await db
    .selectFrom('pairings')
    .select(['id', 'cadre_id', 'household_id'])
    .where('end_date', 'is', null)
    .orderBy('id')
    .execute();
  const rows = pairings.map((p) => ({
    id: newId(),
    campaign_id: campaignId,
    pairing_id: p.id,
    cadre_id: p.cadre_id,
    household_id: p.household_id,
    created_at: at,
  }));
  for (let i = 0; i < rows.length; i += 5000) {
    await db
      .insertInto('campaign_checklists')
      .values(rows.slice(i, i + 5000))
      .execute();
  }
  const items = sql.join(
    FIVE_ONES_ITEMS.map((item) => sql`select ${sql.lit(item)} as item`),
    sql` union all `,
  );
  await sql`insert into campaign_items (checklist_id, item, done, note)
    select c.id, i.item, 0, '' from campaign_checklists c cross join (${items}) i
    where c.campaign_id = ${campaignId}`.execute(db);
  return rows.length;
}

function campaignsWithCounts(db: Conn) {
  return db
    .selectFrom('campaigns as c')
    .leftJoin('campaign_checklists as cl', 'cl.campaign_id', 'c.id')
    .leftJoin('campaign_items as i', 'i.checklist_id', 'cl.id')
    .select([
      'c.id',
      'c.title',
      'c.measure',
      'c.start_date',
      'c.end_date',
      'c.created_at',
      'c.created_by',
    ])
    .select((eb) => [
      eb.fn.count<number>('cl.id').distinct().as('checklists'),
      eb.fn.count<number>('i.item').as('items'),
      eb.fn.coalesce(eb.fn.sum<number>('i.done'), sql<number>`0`).as('done'),
    ])
    .groupBy([
      'c.id',
      'c.title',
      'c.measure',
      'c.start_date',
      'c.end_date',
      'c.created_at',
      'c.created_by',
    ]);
}

type CountedRow = Awaited<ReturnType<ReturnType<typeof campaignsWithCounts>['execute']>>[number];

function toCampaign(r: CountedRow): Campaign {
  const items = Number(r.items);
  const done = Number(r.done);
  return {
    id: r.id,
    title: r.title,
    measure: r.measure as Measure,
    startDate: r.start_date,
    endDate: r.end_date,
    checklistCount: Number(r.checklists),
    itemCount: items,
    doneCount: done,
    percentDone: items === 0 ? 0 : Math.round((1000 * done) / items) / 10,
    createdAt: r.created_at,
    createdBy: r.created_by,
  };
}

export async function findCampaign(db: Conn, id: string): Promise<Campaign | undefined> {
  const row = await campaignsWithCounts(db).where('c.id', '=', id).executeTakeFirst();
  return row ? toCampaign(row) : undefined;
}

/** A keyset page of campaigns, latest start first, with their counts. */
export async function listCampaigns(
  db: Conn,
  query: CampaignListQuery,
): Promise<{ items: Campaign[]; nextCursor: string | null }> {
  let q = campaignsWithCounts(db)
    .orderBy('c.start_date', 'desc')
    .orderBy('c.id', 'desc')
    .limit(query.limit + 1);
  if (query.cursor) {
    const [date, id] = decodeCursor(query.cursor, 2).map(String);
    q = q.where(sql<boolean>`(c.start_date, c.id) < (${date}, ${id})`);
  }
  const page = pageOf(await q.execute(), query.limit, (r) => [r.start_date, r.id]);
  return { items: page.items.map(toCampaign), nextCursor: page.nextCursor };
}

/** A checklist of a campaign: whose it is. */
export async function findChecklist(
  db: Conn,
  campaignId: string,
  checklistId: string,
): Promise<{ id: string; cadreId: string; householdId: string } | undefined> {
  const row = await db
    .selectFrom('campaign_checklists')
    .select(['id', 'cadre_id', 'household_id'])
    .where('campaign_id', '=', campaignId)
    .where('id', '=', checklistId)
    .executeTakeFirst();
  return row ? { id: row.id, cadreId: row.cadre_id, householdId: row.household_id } : undefined;
}
