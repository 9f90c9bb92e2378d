/** Yearly income by source for the last three years, growing, shaped by status and who can work. */
import type { Db } from '../../db/connect.js';
import type { IncomeRecordsTable } from '../../db/database.js';
import { newId, nowIso } from '../../db/ids.js';
import { int, type Random } from './random.js';
import type { RegisteredHousehold } from './registry.js';
import { insertInBatches } from './tables.js';

/** Split a yearly total (yuan) into the four sources, in fen. */
function split(random: Random, totalYuan: number, workers: number) {
  const share = (min: number, max: number) => Math.round((totalYuan * int(random, min, max)) / 100);
  const wages = workers > 0 ? share(35, 60) : 0;
  const property = share(0, 4);
  const transfer = workers > 0 ? share(8, 20) : share(55, 80);
  const production = Math.max(0, totalYuan - wages - property - transfer);
  return {
    wages_fen: wages * 100,
    production_fen: production * 100,
    property_fen: property * 100,
    transfer_fen: transfer * 100,
  };
}

/** Insert three years of income per household, ending with the demo's current year. */
export async function seedIncome(
  db: Db,
  random: Random,
  households: readonly RegisteredHousehold[],
  today: string,
): Promise<number> {
  const lastYear = Number(today.slice(0, 4));
  const at = nowIso();
  const rows: IncomeRecordsTable[] = [];
  for (const h of households) {
    const members = h.input.members;
    const workers = members.filter((m) => ['full', 'partial'].includes(m.labourAbility)).length;
    let perCapita = h.plan.perCapitaYuan;
    for (let year = lastYear - 2; year <= lastYear; year += 1) {
      rows.push({
        id: newId(),
        household_id: h.id,
        year,
        ...split(random, perCapita * members.length, workers),
        member_count: members.length,
        created_at: at,
        updated_at: at,
      });
      perCapita = Math.round(perCapita * (1 + int(random, 3, 12) / 100));
    }
  }
  await insertInBatches({ db }, 'income_records', rows);
  return rows.length;
}
