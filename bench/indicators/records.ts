/** Set-based records of a year (2025-12 … 2026-11) across the five measures, about 12 per household. */
import type { Db } from '../../src/db/connect.js';
import { AT, run, vidx, type Scale } from './registry.js';
import { choose, dayAfter, id, rnd, seq, text, type Gen } from './sql.js';

const YEAR_START = '2025-12-01';
const VOID = (g: Gen, k: number, expr = 'i') =>
  `case when ${rnd(g, k, 100, expr)} = 0 then '${AT}' else null end`;
const RECORD_TAIL = `'${AT}', null, '${AT}'`;

function day(g: Gen, k: number, expr = 'i'): string {
  return dayAfter(g, YEAR_START, rnd(g, k, 365, expr));
}

interface ActivityKind {
  readonly tag: number;
  readonly perHousehold: number;
  readonly type: string;
  readonly measure: string;
  readonly lecturer: boolean;
}

const ACTIVITIES: readonly ActivityKind[] = [
  { tag: 10, perHousehold: 6, type: 'home_visit', measure: 'relief', lecturer: false },
  { tag: 11, perHousehold: 1, type: 'micro_classroom', measure: 'education', lecturer: false },
  { tag: 12, perHousehold: 0.3, type: 'lecture', measure: 'education', lecturer: true },
  { tag: 13, perHousehold: 0.3, type: 'online_lecture', measure: 'epidemic', lecturer: false },
];

/** Activities: home visits at every household, micro-classrooms, relative lecturers, epidemic lectures. */
export async function insertActivities(db: Db, g: Gen, s: Scale): Promise<number> {
  let total = 0;
  for (const k of ACTIVITIES) {
    const count = Math.round(s.households * k.perHousehold);
    const h = `(d.i % ${s.households})`;
    await run(
      db,
      `insert into activities (id, measure, type_code, occurred_at, occurred_on, village_code, household_id, online, organizer_cadre_id, lecturer_person_id, headcount, topic, notes, created_at, created_by, updated_at, voided_at, voided_by, void_reason)
       select ${id(g, k.tag, 'd.i')}, '${k.measure}', '${k.type}', d.day || 'T04:00:00.000Z', d.day, v.code,
         ${id(g, 1, h)}, 0, ${id(g, 4, `${h} / 2`)}, ${k.lecturer ? id(g, 2, `${h} * 2`) : 'null'},
         ${k.type === 'home_visit' ? '3' : `5 + ${rnd(g, k.tag, 40, 'd.i')}`}, '${k.type}', '', ${RECORD_TAIL},
         ${VOID(g, k.tag + 100, 'd.i')}, null, null
       from (select i, ${day(g, k.tag)} as day from ${seq(g, count)} s) d
       join bench_villages v on v.idx = ${vidx(g, s, h)}`,
    );
    total += count;
  }
  return total;
}

interface AssistanceKind {
  readonly tag: number;
  readonly kind: string;
  readonly perHousehold: number;
  /** The detail table's insert: columns and SELECT expressions over `a` (assistance) and `x` (i, h). */
  readonly detail: (g: Gen) => string;
}

const STATUS = (g: Gen) =>
  choose(rnd(g, 21, 20), [
    ...Array<string>(14).fill('done'),
    ...Array<string>(4).fill('in_progress'),
    'planned',
    'cancelled',
  ]);

const ASSISTANCE: readonly AssistanceKind[] = [
  {
    tag: 20,
    kind: 'job',
    perHousehold: 0.4,
    detail: (
      g,
    ) => `insert into assistance_jobs (assistance_id, employer, job_title, place, channel, start_date, end_date, monthly_wage_fen)
      select a.id, '合作社', '工人', ${choose(rnd(g, 22, 10, 'x.i'), ['near_home', 'near_home', 'near_home', 'near_home', 'near_home', 'in_region', 'in_region', 'in_region', 'out_of_region', 'out_of_region'])},
        'labour_cooperation', a.date, null, 250000`,
  },
  {
    tag: 24,
    kind: 'medical',
    perHousehold: 0.2,
    detail: (
      g,
    ) => `insert into assistance_medical (assistance_id, medical_kind, provider, cost_fen, paid_by)
      select a.id, ${choose(rnd(g, 25, 20, 'x.i'), ['prosthesis_or_device', ...Array<string>(17).fill('treatment'), 'other', 'other'])}, '县医院', 120000, ''`,
  },
  {
    tag: 26,
    kind: 'loan',
    perHousehold: 0.1,
    detail: (
      g,
    ) => `insert into assistance_loans (assistance_id, lender, amount_fen, purpose, term_months, loan_status)
      select a.id, '信用社', 3000000 + 100000 * ${rnd(g, 27, 50, 'x.i')}, '购买牛羊', 36, 'granted'`,
  },
  {
    tag: 28,
    kind: 'donation',
    perHousehold: 0.5,
    detail: (
      g,
    ) => `insert into assistance_donation_lines (assistance_id, position, recipient_household_id, recipient_village_code, item_id, quantity)
      select a.id, 0, x.h, x.village, '01900000-0000-7000-8000-00000000000' || ${text(`1 + ${rnd(g, 29, 9, 'x.i')}`)}, 1 + ${rnd(g, 30, 50, 'x.i')}`,
  },
];

/** Person and household assistance: jobs, medical aid, loans, donations (common row, beneficiary, detail). */
export async function insertAssistance(db: Db, g: Gen, s: Scale): Promise<number> {
  let total = 0;
  for (const k of ASSISTANCE) {
    const count = Math.round(s.households * k.perHousehold);
    const hi = rnd(g, k.tag, s.households);
    const x = `(select i, ${id(g, k.tag, 'i')} as aid, ${id(g, 1, hi)} as h, ${id(g, 2, `${hi} * 2`)} as person,
      ${id(g, 4, `${hi} / 2`)} as cadre, v.code as village
      from ${seq(g, count)} s join bench_villages v on v.idx = ${vidx(g, s, hi)})`;
    await run(
      db,
      `insert into assistance (id, kind, measure, status, date, beneficiary_kind, arranged_by_cadre_id, notes, created_at, created_by, updated_at, voided_at, voided_by, void_reason)
       select ${id(g, k.tag, 'i')}, '${k.kind}', 'relief', ${STATUS(g)}, ${day(g, k.tag + 1)},
         '${k.kind === 'donation' || k.kind === 'loan' ? 'household' : 'person'}',
         case when ${rnd(g, k.tag + 2, 5)} = 0 then null else ${id(g, 4, `${hi} / 2`)} end, '', ${RECORD_TAIL},
         ${VOID(g, k.tag + 3)}, null, null
       from ${seq(g, count)} s`,
    );
    const person = k.kind === 'donation' || k.kind === 'loan' ? 'null' : 'x.person';
    await run(
      db,
      `insert into assistance_beneficiaries (assistance_id, position, household_id, person_id, village_code)
       select x.aid, 0, x.h, ${person}, x.village from ${x} x`,
    );
    if (k.kind === 'donation') {
      await run(
        db,
        `insert into assistance_donations (assistance_id, donor) select x.aid, '帮扶单位' from ${x} x`,
      );
    }
    await run(db, `${k.detail(g)} from ${x} x join assistance a on a.id = x.aid`);
    total += count;
  }
  return total;
}

/** Village-level assistance: a health check and a project per village. */
export async function insertVillageAssistance(db: Db, g: Gen, s: Scale): Promise<number> {
  const v = `(select idx as i, code from bench_villages where idx < ${s.villages})`;
  for (const [tag, kind] of [
    [31, 'health_check'],
    [32, 'project'],
  ] as const) {
    await run(
      db,
      `insert into assistance (id, kind, measure, status, date, beneficiary_kind, arranged_by_cadre_id, notes, created_at, created_by, updated_at, voided_at, voided_by, void_reason)
       select ${id(g, tag, 'i')}, '${kind}', 'relief', 'done', ${day(g, tag)}, 'village', ${id(g, 4, `i * ${150}`)}, '', ${RECORD_TAIL}, null, null, null from ${v} x`,
    );
    await run(
      db,
      `insert into assistance_beneficiaries (assistance_id, position, household_id, person_id, village_code) select ${id(g, tag, 'i')}, 0, null, null, code from ${v} x`,
    );
  }
  await run(
    db,
    `insert into assistance_health_checks (assistance_id, provider) select ${id(g, 31, 'i')}, '义诊队' from ${v} x`,
  );
  await run(
    db,
    `insert into assistance_health_check_villages (assistance_id, village_code, people_checked) select ${id(g, 31, 'i')}, code, 150 + ${rnd(g, 33, 300)} from ${v} x`,
  );
  await run(
    db,
    `insert into assistance_projects (assistance_id, village_code, project_name, category, project_status, start_date, end_date, household_count)
     select ${id(g, 32, 'i')}, code, '灌溉饮水工程', ${choose(rnd(g, 34, 2), ['irrigation', 'drinking_water'])}, 'building', null, null, 300 from ${v} x`,
  );
  await run(
    db,
    `insert into assistance_project_funds (assistance_id, position, source, amount_fen)
     select ${id(g, 32, 'x.i')}, p.pos, '协调资金', 1000000 * (1 + ${rnd(g, 35, 80, 'x.i * 2 + p.pos')})
     from ${v} x cross join (select 0 as pos union all select 1) p`,
  );
  return s.villages * 2;
}
