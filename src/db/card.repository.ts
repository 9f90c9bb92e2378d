/**
 * Set-based reads behind household cards: households of a village in print order (keyset chunks)
 * and, for a chunk of households at once, their members, incomes, current cadres and this year's
 * help. (A repository: it would sit in src/db, kept beside the card service by the task's scope.)
 */
import { sql } from 'kysely';
import type { CardCadre, CardIncome } from '../domain/cards/card.schema.js';
import type { PairingRole, PovertyStatus } from '../domain/registry/enums.js';
import { deriveIncome } from '../domain/registry/income.schema.js';
import type { Conn } from './connect.js';
import { toPerson, type PersonRecord } from './person.repository.js';

/** A household as a card heads it. */
export interface CardHousehold {
  readonly id: string;
  readonly villageCode: string;
  readonly villageName: string;
  readonly address: string;
  readonly headName: string;
  readonly status: PovertyStatus;
}

/** Where a chunk of a village's households starts: after this (address, head name, id). */
export type PrintKey = readonly [string, string, string];

function householdSelect(db: Conn) {
  return db
    .selectFrom('households as h')
    .innerJoin('regions as r', 'r.code', 'h.village_code')
    .select([
      'h.id',
      'h.village_code',
      'r.name as village_name',
      'h.address',
      'h.head_name',
      'h.status',
    ]);
}

type HouseholdRow = Awaited<
  ReturnType<ReturnType<typeof householdSelect>['executeTakeFirstOrThrow']>
>;

function toCardHousehold(r: HouseholdRow): CardHousehold {
  return {
    id: r.id,
    villageCode: r.village_code,
    villageName: r.village_name,
    address: r.address,
    headName: r.head_name,
    status: r.status as PovertyStatus,
  };
}

/** One household as a card heads it, or undefined. */
export async function findCardHousehold(db: Conn, id: string): Promise<CardHousehold | undefined> {
  const row = await householdSelect(db).where('h.id', '=', id).executeTakeFirst();
  return row ? toCardHousehold(row) : undefined;
}

/**
 * The next chunk of a village's households in print order (address, head name, id);
 * `cadreId` bounds it to the households currently paired with that cadre.
 */
export async function villageHouseholdChunk(
  db: Conn,
  query: {
    villageCode: string;
    cadreId: string | null;
    after: PrintKey | null;
    limit: number;
  },
): Promise<CardHousehold[]> {
  let q = householdSelect(db)
    .where('h.village_code', '=', query.villageCode)
    .orderBy('h.address')
    .orderBy('h.head_name')
    .orderBy('h.id')
    .limit(query.limit);
  if (query.cadreId !== null) {
    const cadreId = query.cadreId;
    q = q.where('h.id', 'in', (eb) =>
      eb
        .selectFrom('pairings')
        .select('household_id')
        .where('cadre_id', '=', cadreId)
        .where('end_date', 'is', null),
    );
  }
  if (query.after) {
    const [address, head, id] = query.after;
    q = q.where(sql<boolean>`(h.address, h.head_name, h.id) > (${address}, ${head}, ${id})`);
  }
  return (await q.execute()).map(toCardHousehold);
}

/** Group rows by household id, keeping their order. */
function byHousehold<T>(rows: readonly T[], key: (r: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of rows) {
    const list = map.get(key(r));
    if (list) {
      list.push(r);
    } else {
      map.set(key(r), [r]);
    }
  }
  return map;
}

/** Members of many households, in registration order. */
export async function membersOf(
  db: Conn,
  ids: readonly string[],
): Promise<Map<string, PersonRecord[]>> {
  const rows = await db
    .selectFrom('persons')
    .selectAll()
    .where('household_id', 'in', [...ids])
    .orderBy('household_id')
    .orderBy('id')
    .execute();
  return byHousehold(rows.map(toPerson), (p) => p.householdId);
}

/** Yearly income of many households, oldest year first. */
export async function incomesOf(
  db: Conn,
  ids: readonly string[],
): Promise<Map<string, (CardIncome & { householdId: string })[]>> {
  const rows = await db
    .selectFrom('income_records')
    .selectAll()
    .where('household_id', 'in', [...ids])
    .orderBy('household_id')
    .orderBy('year')
    .execute();
  const incomes = rows.map((r) => {
    const amounts = {
      wagesFen: Number(r.wages_fen),
      productionFen: Number(r.production_fen),
      propertyFen: Number(r.property_fen),
      transferFen: Number(r.transfer_fen),
      memberCount: Number(r.member_count),
    };
    const { totalFen, perCapitaFen } = deriveIncome(amounts);
    return {
      householdId: r.household_id,
      year: Number(r.year),
      memberCount: amounts.memberCount,
      totalFen,
      perCapitaFen,
    };
  });
  return byHousehold(incomes, (i) => i.householdId);
}

/** The cadres currently paired with many households, lead first, with unit and phone. */
export async function cadresOf(
  db: Conn,
  ids: readonly string[],
): Promise<Map<string, (CardCadre & { householdId: string })[]>> {
  const rows = await db
    .selectFrom('pairings as p')
    .innerJoin('cadres as c', 'c.id', 'p.cadre_id')
    .innerJoin('org_units as u', 'u.id', 'c.unit_id')
    .select(['p.household_id', 'c.name', 'u.name as unit_name', 'c.phone', 'p.role'])
    .select('p.start_date')
    .where('p.household_id', 'in', [...ids])
    .where('p.end_date', 'is', null)
    .orderBy('p.household_id')
    .orderBy('p.role', 'desc')
    .orderBy('p.start_date')
    .execute();
  const cadres = rows.map((r) => ({
    householdId: r.household_id,
    name: r.name,
    unitName: r.unit_name,
    phone: r.phone,
    role: r.role as PairingRole,
    since: r.start_date,
  }));
  return byHousehold(cadres, (c) => c.householdId);
}
