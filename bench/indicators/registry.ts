/** Set-based registry of the dashboard benchmark: villages index, units, cadres, households, persons, pairings, statuses. */
import { sql } from 'kysely';
import type { Db } from '../../src/db/connect.js';
import type { RegionPlan } from '../lib/region.js';
import { insertRegions, insertRows } from '../lib/reference.js';
import { choose, dayAfter, id, rnd, seq, type Gen } from './sql.js';

export const AT = '2026-11-28T00:00:00.000Z';
/** Households per village (and per unit: a unit's cadres take on one village). */
export const PER_VILLAGE = 300;

export interface Scale {
  readonly households: number;
  readonly villages: number;
}

/** The village index of household i. */
export function vidx(g: Gen, s: Scale, i = 'i'): string {
  const f = g.dialect === 'sqlite' ? 'min' : 'least';
  return `${f}((${i}) / ${PER_VILLAGE}, ${s.villages - 1})`;
}

export async function run(db: Db, text: string): Promise<void> {
  await sql.raw(text).execute(db);
}

/** Regions and villages of the plan, and an index table (idx → village code) for the generator. */
export async function insertPlaces(db: Db, plan: RegionPlan): Promise<void> {
  await insertRegions(db, plan);
  await run(db, 'create table bench_villages (idx integer primary key, code text not null)');
  await insertRows(
    db,
    'bench_villages' as never,
    plan.villages.map((v, idx) => ({ idx, code: v.code })) as never,
  );
}

export async function insertPeople(db: Db, g: Gen, s: Scale): Promise<void> {
  const n = s.households;
  await run(
    db,
    `insert into org_units (id, name, parent_id, created_at, updated_at)
     select ${id(g, 3, 'i')}, '帮扶单位第' || cast(i + 1 as text) || '处', null, '${AT}', '${AT}' from ${seq(g, s.villages)} s`,
  );
  const cadres = Math.ceil(n / 2);
  await run(
    db,
    `insert into cadres (id, unit_id, name, sex, phone, position, left_on, created_at, updated_at)
     select ${id(g, 4, 'i')}, ${id(g, 3, vidx(g, s, 'i * 2'))}, '干部' || cast(i as text), ${choose(rnd(g, 4, 2), ['M', 'F'])}, null, '科员', null, '${AT}', '${AT}'
     from ${seq(g, cadres)} s`,
  );
  const status = choose(rnd(g, 1, 20), [
    ...Array<string>(16).fill('exited'),
    'monitored',
    'monitored',
    'registered_poor',
    'not_poor',
  ]);
  await run(
    db,
    `insert into households (id, village_code, address, phone, head_name, member_count, status, status_since, exit_year, created_at, updated_at)
     select ${id(g, 1, 'i')}, v.code, '', null, '户主' || cast(i as text), 2, ${status}, '2019-06-30', null, '${AT}', '${AT}'
     from ${seq(g, n)} s join bench_villages v on v.idx = ${vidx(g, s)}`,
  );
  await run(
    db,
    `insert into persons (id, household_id, name, sex, birth_date, id_number, relation, schooling, labour_ability, health, disability, phone, created_at, updated_at)
     select ${id(g, 2, 'i')}, ${id(g, 1, 'i / 2')}, '成员' || cast(i as text), ${choose(rnd(g, 2, 2), ['M', 'F'])},
       case when i % 2 = 0 then '1978-05-01' else '2006-09-01' end, null,
       case when i % 2 = 0 then 'head' else 'child' end, 'junior_middle', 'full', 'healthy', 'none', null, '${AT}', '${AT}'
     from ${seq(g, n * 2)} s`,
  );
  await insertPairingsAndStatuses(db, g, s);
}

async function insertPairingsAndStatuses(db: Db, g: Gen, s: Scale): Promise<void> {
  const n = s.households;
  // One lead pairing per household; 5 in 100 ended, so coverage is below 100 %.
  await run(
    db,
    `insert into pairings (id, cadre_id, household_id, role, start_date, end_date, end_reason, created_at)
     select ${id(g, 5, 'i')}, ${id(g, 4, 'i / 2')}, ${id(g, 1, 'i')}, 'lead', '2024-01-01',
       case when ${rnd(g, 5, 20)} = 0 then '2025-06-30' else null end, '', '${AT}'
     from ${seq(g, n)} s`,
  );
  // Each household's status change; 2 in 100 of the exits took effect in the benchmark's year.
  await run(
    db,
    `insert into household_status_changes (id, household_id, status, effective_date, exit_year, reason, recorded_by, recorded_at)
     select ${id(g, 6, 'h.i')}, h.id, h.status,
       case when h.status <> 'exited' then '2019-06-30'
            when ${rnd(g, 6, 50, 'h.i')} = 0 then ${dayAfter(g, '2025-12-01', rnd(g, 7, 365, 'h.i'))}
            else ${dayAfter(g, '2016-01-01', rnd(g, 8, 1800, 'h.i'))} end,
       null, '', null, '${AT}'
     from (select hh.id, hh.status, s.i from ${seq(g, n)} s join households hh on hh.id = ${id(g, 1, 's.i')}) h`,
  );
}
