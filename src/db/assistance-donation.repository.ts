/** Donations: the admin-extendable item list and the recipients' lines of each donation record. */
import type {
  DonationItem,
  DonationItemListQuery,
} from '../domain/assistance/donation-item.schema.js';
import { donationTotals } from '../domain/assistance/totals.js';
import type { Conn } from './connect.js';
import { decodeCursor, pageOf } from './cursor.js';
import type { Detail } from './assistance-details.repository.js';
import type { DonationItemsTable } from './tables/assistance.js';

function toItem(r: DonationItemsTable): DonationItem {
  return {
    id: r.id,
    itemName: r.item_name,
    unit: r.unit,
    active: Number(r.active) === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** A keyset page of donation items in id order. */
export async function listDonationItems(
  db: Conn,
  query: DonationItemListQuery,
): Promise<{ items: DonationItem[]; nextCursor: string | null }> {
  let q = db
    .selectFrom('donation_items')
    .selectAll()
    .orderBy('id')
    .limit(query.limit + 1);
  if (query.active !== undefined) {
    q = q.where('active', '=', query.active ? 1 : 0);
  }
  if (query.cursor) {
    const [id] = decodeCursor(query.cursor, 1);
    q = q.where('id', '>', String(id));
  }
  const page = pageOf(await q.execute(), query.limit, (r) => [r.id]);
  return { items: page.items.map(toItem), nextCursor: page.nextCursor };
}

export async function findDonationItem(db: Conn, id: string): Promise<DonationItem | undefined> {
  const row = await db
    .selectFrom('donation_items')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toItem(row) : undefined;
}

/** Whether another item has this name and unit. */
export async function donationItemExists(
  db: Conn,
  itemName: string,
  unit: string,
  exceptId?: string,
): Promise<boolean> {
  let q = db
    .selectFrom('donation_items')
    .select('id')
    .where('item_name', '=', itemName)
    .where('unit', '=', unit);
  if (exceptId) {
    q = q.where('id', '<>', exceptId);
  }
  return (await q.executeTakeFirst()) !== undefined;
}

export async function insertDonationItem(db: Conn, item: DonationItem): Promise<void> {
  await db
    .insertInto('donation_items')
    .values({
      id: item.id,
      item_name: item.itemName,
      unit: item.unit,
      active: item.active ? 1 : 0,
      created_at: item.createdAt,
      updated_at: item.updatedAt,
    })
    .execute();
}

export async function updateDonationItem(db: Conn, item: DonationItem): Promise<void> {
  await db
    .updateTable('donation_items')
    .set({
      item_name: item.itemName,
      unit: item.unit,
      active: item.active ? 1 : 0,
      updated_at: item.updatedAt,
    })
    .where('id', '=', item.id)
    .execute();
}

/** Which of these item ids are active items (new donations may use only those). */
export async function activeDonationItems(db: Conn, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) {
    return new Set();
  }
  const rows = await db
    .selectFrom('donation_items')
    .select('id')
    .where('id', 'in', [...new Set(ids)])
    .where('active', '=', 1)
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** The donor, recipients with their lines, and totals of donation records. */
export async function loadDonations(db: Conn, ids: readonly string[]): Promise<[string, Detail][]> {
  const heads = await db
    .selectFrom('assistance_donations')
    .selectAll()
    .where('assistance_id', 'in', ids)
    .execute();
  const lines = await db
    .selectFrom('assistance_donation_lines as l')
    .innerJoin('donation_items as i', 'i.id', 'l.item_id')
    .innerJoin('regions as r', 'r.code', 'l.recipient_village_code')
    .leftJoin('households as h', 'h.id', 'l.recipient_household_id')
    .select([
      'l.assistance_id',
      'l.recipient_household_id',
      'l.recipient_village_code',
      'r.name as village_name',
      'h.head_name',
      'l.item_id',
      'i.item_name',
      'i.unit',
      'l.quantity',
    ])
    .where('l.assistance_id', 'in', ids)
    .orderBy('l.assistance_id')
    .orderBy('l.position')
    .execute();
  return heads.map((head) => {
    const recipients = new Map<
      string,
      Extract<Detail, { kind: 'donation' }>['recipients'][number]
    >();
    for (const l of lines.filter((x) => x.assistance_id === head.assistance_id)) {
      const key = l.recipient_household_id ?? l.recipient_village_code;
      const recipient = recipients.get(key) ?? {
        householdId: l.recipient_household_id,
        villageCode: l.recipient_village_code,
        name: l.head_name ?? l.village_name,
        items: [],
      };
      recipient.items.push({
        itemId: l.item_id,
        itemName: l.item_name,
        unit: l.unit,
        quantity: Number(l.quantity),
      });
      recipients.set(key, recipient);
    }
    const list = [...recipients.values()];
    const totals = donationTotals(list.flatMap((r) => r.items));
    return [head.assistance_id, { kind: 'donation', donor: head.donor, recipients: list, totals }];
  });
}
