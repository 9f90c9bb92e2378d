/** Donation items: anyone working the measures reads the list; lists.manage extends and corrects it. */
import { invalid, notFound } from '../../domain/errors.js';
import type { Actor } from '../../domain/roles.js';
import type {
  DonationItem,
  DonationItemCreate,
  DonationItemListQuery,
  DonationItemPatch,
} from '../../domain/assistance/donation-item.schema.js';
import { appendAudit } from '../../db/audit.repository.js';
import {
  donationItemExists,
  findDonationItem,
  insertDonationItem,
  listDonationItems,
  updateDonationItem,
} from '../../db/assistance-donation.repository.js';
import type { Db } from '../../db/connect.js';
import { newId, nowIso } from '../../db/ids.js';
import { assertCan } from '../registry/scope.js';

export async function listDonationItemsFor(db: Db, actor: Actor, query: DonationItemListQuery) {
  assertCan(actor, 'measures.read');
  return listDonationItems(db, query);
}

/** Add an item. @throws AppError forbidden | validation (the same name and unit exist) */
export async function addDonationItem(
  db: Db,
  actor: Actor,
  input: DonationItemCreate,
): Promise<DonationItem> {
  assertCan(actor, 'lists.manage');
  return db.transaction().execute(async (tx) => {
    if (await donationItemExists(tx, input.itemName, input.unit)) {
      throw invalid([{ path: 'itemName', key: 'field.donation_item_exists' }]);
    }
    const at = nowIso();
    const item: DonationItem = { id: newId(), ...input, createdAt: at, updatedAt: at };
    await insertDonationItem(tx, item);
    await appendAudit(tx, [
      { actor, action: 'create', entity: 'donation_item', entityId: item.id, after: item },
    ]);
    return item;
  });
}

/** Rename, change the unit, or retire an item. @throws AppError forbidden | not_found | validation */
export async function correctDonationItem(
  db: Db,
  actor: Actor,
  id: string,
  patch: DonationItemPatch,
): Promise<DonationItem> {
  assertCan(actor, 'lists.manage');
  return db.transaction().execute(async (tx) => {
    const before = await findDonationItem(tx, id);
    if (!before) {
      throw notFound('donation_item');
    }
    const after: DonationItem = {
      ...before,
      ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
      updatedAt: nowIso(),
    };
    if (await donationItemExists(tx, after.itemName, after.unit, id)) {
      throw invalid([{ path: 'itemName', key: 'field.donation_item_exists' }]);
    }
    await updateDonationItem(tx, after);
    await appendAudit(tx, [
      { actor, action: 'update', entity: 'donation_item', entityId: id, before, after },
    ]);
    return after;
  });
}
