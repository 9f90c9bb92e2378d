/** Pairings: every household has one current lead cadre; some had an earlier cadre who left. */
import type { Db } from '../../db/connect.js';
import type { PairingsTable } from '../../db/database.js';
import { newId, nowIso } from '../../db/ids.js';
import type { DemoCadre } from './org.js';
import { chance, dateBetween, pick, type Random } from './random.js';
import type { RegisteredHousehold } from './registry.js';
import { insertInBatches } from './tables.js';

const HANDOVER_REASON = '原结亲干部调离，结对关系移交';

/** The active cadres working in each village: cadre i goes to village i mod the village count. */
export function cadresByVillage(
  villageCodes: readonly string[],
  active: readonly DemoCadre[],
): Map<string, DemoCadre[]> {
  const map = new Map<string, DemoCadre[]>(villageCodes.map((code) => [code, []]));
  active.forEach((cadre, i) => {
    map.get(villageCodes[i % villageCodes.length] ?? '')?.push(cadre);
  });
  return map;
}

function pairing(
  cadreId: string,
  householdId: string,
  period: { start: string; end: string | null },
): PairingsTable {
  return {
    id: newId(),
    cadre_id: cadreId,
    household_id: householdId,
    role: 'lead',
    start_date: period.start,
    end_date: period.end,
    end_reason: period.end ? HANDOVER_REASON : '',
    created_at: nowIso(),
  };
}

/** Insert the pairings, round-robin over each village's cadres; returns how many were made. */
export async function seedPairings(
  db: Db,
  random: Random,
  households: readonly RegisteredHousehold[],
  cadres: { byVillage: Map<string, DemoCadre[]>; former: readonly DemoCadre[] },
): Promise<number> {
  const rows: PairingsTable[] = [];
  const turn = new Map<string, number>();
  for (const h of households) {
    const team = cadres.byVillage.get(h.villageCode) ?? [];
    const n = turn.get(h.villageCode) ?? 0;
    turn.set(h.villageCode, n + 1);
    const lead = team[n % Math.max(1, team.length)];
    if (!lead) {
      continue;
    }
    const earlier = cadres.former.length > 0 && chance(random, 0.15);
    if (!earlier) {
      rows.push(
        pairing(lead.id, h.id, {
          start: dateBetween(random, '2017-02-01', '2018-12-28'),
          end: null,
        }),
      );
      continue;
    }
    const before = pick(random, cadres.former);
    const handover = before.leftOn ?? '2021-06-30';
    rows.push(
      pairing(before.id, h.id, {
        start: dateBetween(random, '2016-10-10', '2017-12-28'),
        end: handover,
      }),
    );
    rows.push(pairing(lead.id, h.id, { start: handover, end: null }));
  }
  await insertInBatches({ db }, 'pairings', rows);
  return rows.length;
}
