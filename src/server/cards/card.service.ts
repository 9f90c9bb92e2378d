/** Household cards (帮扶明白卡): how a card is built and audited, and one household's card as data or PDF. */
import { householdUrl, ageOn, type HouseholdCard } from '../../domain/cards/card.schema.js';
import { cardView } from '../../domain/cards/card-view.js';
import { today } from '../../domain/common.schema.js';
import { notFound } from '../../domain/errors.js';
import { translate, type Locale } from '../../domain/messages/i18n.js';
import { can, type Actor } from '../../domain/roles.js';
import { maskIdNumber } from '../../domain/validation/id-number.js';
import { appendAudit, type AuditAction } from '../../db/audit.repository.js';
import type { Conn, Db } from '../../db/connect.js';
import type { PersonRecord } from '../../db/person.repository.js';
import { assertCan, visibleHousehold } from '../registry/scope.js';
import { helpOf } from '../../db/card-help.repository.js';
import { renderCardsPdf } from './card-pdf.js';
import {
  cadresOf,
  findCardHousehold,
  incomesOf,
  membersOf,
  type CardHousehold,
} from '../../db/card.repository.js';

/** How a card is made: the web app's address (for the QR code), the language, who asked from where. */
export interface CardOptions {
  readonly baseUrl: string;
  readonly locale: Locale;
  readonly ip?: string | null;
  /** The card date; today in the program's zone unless given. */
  readonly date?: string;
}

/** A PDF file ready to send. */
export interface CardFile {
  readonly pdf: Buffer;
  readonly fileName: string;
  readonly count: number;
}

/** A member as printed: the ID number always masked, health only for roles that may see it. */
function cardMember(actor: Actor | null, p: PersonRecord, date: string) {
  const sensitive = actor === null || can(actor.role, 'registry.sensitive');
  return {
    name: p.name,
    relation: p.relation as HouseholdCard['members'][number]['relation'],
    sex: p.sex,
    age: ageOn(p.birthDate, date),
    idNumber: p.idNumber === null ? null : maskIdNumber(p.idNumber),
    schooling: p.schooling as HouseholdCard['members'][number]['schooling'],
    labourAbility: p.labourAbility as HouseholdCard['members'][number]['labourAbility'],
    health: sensitive ? (p.health as HouseholdCard['members'][number]['health']) : null,
  };
}

/** The cards of a chunk of households: five set-based reads, whatever the chunk's size. */
export async function buildCards(
  db: Conn,
  actor: Actor | null,
  households: readonly CardHousehold[],
  options: CardOptions,
): Promise<HouseholdCard[]> {
  if (households.length === 0) {
    return [];
  }
  const date = options.date ?? today();
  const year = Number(date.slice(0, 4));
  const ids = households.map((h) => h.id);
  const members = await membersOf(db, ids);
  const incomes = await incomesOf(db, ids);
  const cadres = await cadresOf(db, ids);
  const help = await helpOf(db, ids, { from: `${year}-01-01`, to: date });
  return households.map((h) => ({
    householdId: h.id,
    cardDate: date,
    year,
    villageCode: h.villageCode,
    villageName: h.villageName,
    address: h.address,
    headName: h.headName,
    status: h.status,
    members: (members.get(h.id) ?? []).map((p) => cardMember(actor, p, date)),
    incomes: (incomes.get(h.id) ?? []).map(({ householdId: _h, ...i }) => i),
    cadres: (cadres.get(h.id) ?? []).map(({ householdId: _h, ...c }) => c),
    help: help.get(h.id) ?? [],
    url: householdUrl(options.baseUrl, h.id),
  }));
}

/** Every card is an audited read of a family's personal data: one entry per household. */
export async function auditCards(
  db: Db,
  actor: Actor | null,
  cards: readonly HouseholdCard[],
  detail: { action: AuditAction; format: 'json' | 'pdf'; village?: string; ip?: string | null },
): Promise<void> {
  await db.transaction().execute((tx) =>
    appendAudit(
      tx,
      cards.map((c) => ({
        actor,
        action: detail.action,
        entity: 'household_card',
        entityId: c.householdId,
        after: { format: detail.format, ...(detail.village ? { village: detail.village } : {}) },
        ip: detail.ip ?? null,
      })),
    ),
  );
}

async function oneCard(db: Db, actor: Actor, id: string, options: CardOptions) {
  assertCan(actor, 'registry.read');
  await visibleHousehold(db, actor, id);
  const household = await findCardHousehold(db, id);
  if (!household) {
    throw notFound('household');
  }
  const [card] = await buildCards(db, actor, [household], options);
  if (!card) {
    throw notFound('household');
  }
  return card;
}

/** A household's card as data (the web print view). @throws AppError forbidden | not_found */
export async function readCard(
  db: Db,
  actor: Actor,
  id: string,
  options: CardOptions,
): Promise<HouseholdCard> {
  const card = await oneCard(db, actor, id, options);
  await auditCards(db, actor, [card], { action: 'read_full', format: 'json', ip: options.ip });
  return card;
}

/** A file name without characters that trouble file systems. */
export function fileNameOf(...parts: string[]): string {
  return `${parts.join('-').replace(/[\\/:*?"<>|\s]+/g, '_')}.pdf`;
}

/** A household's card as a one-page PDF. @throws AppError forbidden | not_found */
export async function householdCardPdf(
  db: Db,
  actor: Actor,
  id: string,
  options: CardOptions,
): Promise<CardFile> {
  const card = await oneCard(db, actor, id, options);
  const title = translate(options.locale, 'card.title');
  const pdf = await renderCardsPdf([cardView(card, options.locale)], title);
  await auditCards(db, actor, [card], { action: 'export', format: 'pdf', ip: options.ip });
  return { pdf, fileName: fileNameOf(title, card.villageName, card.headName), count: 1 };
}
