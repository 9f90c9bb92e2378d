/** A village's household cards: every household the actor may see, in print order, as data or PDF. */
import type { HouseholdCard } from '../../domain/cards/card.schema.js';
import { cardView } from '../../domain/cards/card-view.js';
import { AppError, notFound } from '../../domain/errors.js';
import { translate } from '../../domain/messages/i18n.js';
import type { Actor } from '../../domain/roles.js';
import type { Db } from '../../db/connect.js';
import { decodeCursor, encodeCursor } from '../../db/cursor.js';
import { findVillage } from '../../db/region.repository.js';
import { assertCan, listScope } from '../registry/scope.js';
import { renderCardsPdf } from './card-pdf.js';
import { villageHouseholdChunk, type PrintKey } from '../../db/card.repository.js';
import {
  auditCards,
  buildCards,
  fileNameOf,
  type CardFile,
  type CardOptions,
} from './card.service.js';

/** Households read and built per round: a village has at most a few thousand. */
const CHUNK = 200;

/** The cards of every household of a village the actor may see, in print order, chunk by chunk. */
export async function villageCards(
  db: Db,
  actor: Actor | null,
  code: string,
  options: CardOptions,
): Promise<HouseholdCard[]> {
  const cadreId = actor === null ? null : listScope(actor).cadreId;
  const cards: HouseholdCard[] = [];
  let after: PrintKey | null = null;
  for (;;) {
    const chunk = await villageHouseholdChunk(db, {
      villageCode: code,
      cadreId,
      after,
      limit: CHUNK,
    });
    cards.push(...(await buildCards(db, actor, chunk, options)));
    const last = chunk[chunk.length - 1];
    if (!last || chunk.length < CHUNK) {
      return cards;
    }
    after = [last.address, last.headName, last.id];
  }
}

/** The village if it is one the program works in. @throws AppError not_found */
async function knownVillage(db: Db, actor: Actor | null, code: string) {
  if (actor) {
    assertCan(actor, 'registry.read');
  }
  const village = await findVillage(db, code);
  if (!village) {
    throw notFound('village');
  }
  return village;
}

/**
 * A keyset page of a village's cards as data, in print order (the web's batch print view);
 * each card on it is an audited read. @throws AppError forbidden | not_found | validation (cursor)
 */
export async function villageCardPage(
  db: Db,
  actor: Actor,
  code: string,
  query: { limit: number; cursor?: string | undefined },
  options: CardOptions,
): Promise<{ items: HouseholdCard[]; nextCursor: string | null }> {
  await knownVillage(db, actor, code);
  const after = query.cursor
    ? (decodeCursor(query.cursor, 3).map(String) as unknown as PrintKey)
    : null;
  const chunk = await villageHouseholdChunk(db, {
    villageCode: code,
    cadreId: listScope(actor).cadreId,
    after,
    limit: query.limit + 1,
  });
  const shown = chunk.slice(0, query.limit);
  const items = await buildCards(db, actor, shown, options);
  await auditCards(db, actor, items, {
    action: 'read_full',
    format: 'json',
    village: code,
    ip: options.ip,
  });
  const last = shown[shown.length - 1];
  const more = chunk.length > query.limit && last !== undefined;
  return { items, nextCursor: more ? encodeCursor([last.address, last.headName, last.id]) : null };
}

/**
 * One PDF of a village's cards, one page per household the actor may see (a cadre: their own).
 * `actor` null is the operator at the command line. @throws AppError forbidden | not_found
 */
export async function villageCardsPdf(
  db: Db,
  actor: Actor | null,
  code: string,
  options: CardOptions,
): Promise<CardFile> {
  const village = await knownVillage(db, actor, code);
  const cards = await villageCards(db, actor, code, options);
  if (cards.length === 0) {
    throw new AppError('not_found', { key: 'error.cards_none' });
  }
  const title = translate(options.locale, 'card.title');
  const pdf = await renderCardsPdf(
    cards.map((c) => cardView(c, options.locale)),
    title,
  );
  await auditCards(db, actor, cards, {
    action: 'export',
    format: 'pdf',
    village: code,
    ip: options.ip,
  });
  return { pdf, fileName: fileNameOf(title, village.name), count: cards.length };
}
