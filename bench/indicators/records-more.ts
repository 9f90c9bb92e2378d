/** Set-based training, study-fund and industry records of the benchmark's year. */
import type { Db } from '../../src/db/connect.js';
import { AT, run, vidx, type Scale } from './registry.js';
import { choose, dayAfter, id, rnd, seq, text, type Gen } from './sql.js';

const RECORD = `'${AT}', null, '${AT}', null, null, null`;

function day(g: Gen, k: number, expr = 'i'): string {
  return dayAfter(g, '2025-12-01', rnd(g, k, 365, expr));
}

/** Two courses per village, enrollments of one in two households, credentials and follow-ups. */
export async function insertTraining(db: Db, g: Gen, s: Scale): Promise<number> {
  await run(
    db,
    `insert into training_courses (id, skill, title, trainer_name, trainer_user_id, place_kind, place_code, place_text, start_date, end_date, capacity, enrolled_count, note, created_at, created_by, updated_at, voided_at, voided_by, void_reason)
     select ${id(g, 40, 'i')}, ${choose('i % 2', ['cooking', 'driving'])}, '培训班', '讲师', null, 'village', v.code, '',
       ${day(g, 40)}, ${day(g, 40)}, 200, 0, '', ${RECORD}
     from ${seq(g, s.villages * 2)} s join bench_villages v on v.idx = i / 2`,
  );
  const enrollments = Math.floor(s.households / 2);
  // Enrollment j: the second member of household 2j, in one of its village's two courses.
  await run(
    db,
    `insert into training_enrollments (id, course_id, person_id, household_id, enrolled_on, sessions_attended, sessions_total, completed, completed_on, outstanding, recommended_to, recommended_on, hire_outcome, note, created_at, created_by, updated_at, voided_at, voided_by, void_reason)
     select ${id(g, 41, 'i')}, ${id(g, 40, `${vidx(g, s, 'i * 2')} * 2 + i % 2`)}, ${id(g, 2, 'i * 4 + 1')}, ${id(g, 1, 'i * 2')},
       ${day(g, 41)}, 10, 10, case when ${rnd(g, 42, 5)} < 3 then 1 else 0 end,
       case when ${rnd(g, 42, 5)} < 3 then ${day(g, 43)} else null end, 0, null, null, null, '', '${AT}', null, '${AT}',
       case when ${rnd(g, 44, 100)} = 0 then '${AT}' else null end, null, null
     from ${seq(g, enrollments)} s`,
  );
  const credentials = Math.floor(s.households / 10);
  await run(
    db,
    `insert into training_credentials (id, enrollment_id, kind, number, issued_on, issuer)
     select ${id(g, 45, 'i')}, ${id(g, 41, 'i * 5')}, ${choose(rnd(g, 45, 3), ['driving_licence', 'certificate', 'operating_licence'])}, '', ${day(g, 46)}, ''
     from ${seq(g, credentials)} s`,
  );
  const followUps = Math.floor((s.households * 3) / 10);
  await run(
    db,
    `insert into training_follow_ups (id, enrollment_id, month, followed_up_on, employed, workplace, monthly_wage_fen, business_opened, business_description, income_before_fen, income_after_fen, note, created_at, created_by, updated_at, voided_at, voided_by, void_reason)
     select ${id(g, 47, 'i')}, ${id(g, 41, 'i')}, 3, ${day(g, 47)}, 1, '餐馆', 300000, 0, '',
       30000 + 100 * ${rnd(g, 48, 100)}, 45000 + 100 * ${rnd(g, 49, 300)}, '', ${RECORD}
     from ${seq(g, followUps)} s`,
  );
  return s.villages * 2 + enrollments + credentials + followUps;
}

/** The study fund: a rule, two paid runs, students and their per-semester grants. */
export async function insertFund(db: Db, g: Gen, s: Scale, userId: string): Promise<number> {
  const rule = '01950000-0032-7000-8000-000000000000';
  await run(
    db,
    `insert into grant_rules (id, name, valid_from, valid_to, created_at, created_by, updated_at)
     values ('${rule}', '标准', '2025-01-01', null, '${AT}', '${userId}', '${AT}')`,
  );
  const runs = [
    ['2025-autumn', '2025-12-15'],
    ['2026-spring', '2026-04-15'],
  ] as const;
  for (const [n, [semester, paidOn]] of runs.entries()) {
    await run(
      db,
      `insert into grant_runs (id, semester, rule_id, status, total_fen, grant_count, excluded_count, note, paid_on, created_at, created_by, submitted_at, submitted_by, decided_at, decided_by, decision_reason, updated_at)
      values ('01950000-0033-7000-8000-00000000000${n}', '${semester}', '${rule}', 'approved', 0, 0, 0, '', '${paidOn}', '${AT}', '${userId}', null, null, null, null, '', '${AT}')`,
    );
  }
  const students = Math.floor(s.households / 10);
  await run(
    db,
    `insert into student_enrollments (id, person_id, household_id, stage, school_name, admitted_on, expected_end, active, created_at, created_by, updated_at, voided_at, voided_by, void_reason)
     select ${id(g, 51, 'i')}, ${id(g, 2, 'i * 20 + 1')}, ${id(g, 1, 'i * 10')}, ${choose('i % 3', ['university', 'inland_junior', 'inland_senior'])}, '学校', '2025-09-01', null, 1, '${AT}', null, '${AT}', null, null, null
     from ${seq(g, students)} s`,
  );
  for (const [n, [semester, paidOn]] of runs.entries()) {
    await run(
      db,
      `insert into fund_grants (id, run_id, semester, enrollment_id, person_id, household_id, village_code, person_name, stage, school_name, admitted_on, amount_fen, status, exclusion, paid_on, created_at, updated_at)
       select ${id(g, 52 + n, 'i')}, '01950000-0033-7000-8000-00000000000${n}', '${semester}', ${id(g, 51, 'i')}, ${id(g, 2, 'i * 20 + 1')}, ${id(g, 1, 'i * 10')},
         v.code, '学生', 'university', '学校', '2025-09-01', 300000, case when ${rnd(g, 54 + n, 50)} = 0 then 'reversed' else 'paid' end, null, '${paidOn}', '${AT}', '${AT}'
       from ${seq(g, students)} s join bench_villages v on v.idx = ${vidx(g, s, 'i * 10')}`,
    );
  }
  return students * 3;
}

/** Products, two cooperatives and a certification per village, a sale per household, collective incomes. */
export async function insertIndustry(db: Db, g: Gen, s: Scale): Promise<number> {
  const tail = `'${AT}', null, '${AT}', null, null, null`;
  await run(
    db,
    `insert into products (id, name, category, unit, description, created_at, created_by, updated_at, voided_at, voided_by, void_reason)
    values ('01950000-003c-7000-8000-000000000000', '褐牛牛肉', 'beef', '公斤', '', ${tail}),
           ('01950000-003c-7000-8000-000000000001', '羊肉', 'mutton', '公斤', '', ${tail})`,
  );
  await run(
    db,
    `insert into cooperatives (id, village_code, name, founded_on, business, note, created_at, created_by, updated_at, voided_at, voided_by, void_reason)
     select ${id(g, 60, 'i')}, v.code, '养殖合作社', ${day(g, 60)}, '褐牛养殖', '', ${tail}
     from ${seq(g, s.villages * 2)} s join bench_villages v on v.idx = i / 2`,
  );
  await run(
    db,
    `insert into certifications (id, product_id, cooperative_id, kind, number, issuer, valid_from, valid_to, note, created_at, created_by, updated_at, voided_at, voided_by, void_reason)
     select ${id(g, 61, 'i')}, '01950000-003c-7000-8000-00000000000' || ${text('i % 2')}, ${id(g, 60, 'i * 2')}, ${choose(rnd(g, 61, 3), ['green', 'organic', 'trademark'])}, '', '', ${day(g, 61)}, null, '', ${tail}
     from ${seq(g, s.villages)} s`,
  );
  const hi = rnd(g, 62, s.households);
  await run(
    db,
    `insert into sales (id, product_id, cooperative_id, village_code, sale_date, channel, buyer_region, buyer_region_code, quantity, unit, revenue_fen, note, created_at, created_by, updated_at, voided_at, voided_by, void_reason)
     select ${id(g, 62, 'i')}, '01950000-003c-7000-8000-00000000000' || ${text('i % 2')}, ${id(g, 60, `${vidx(g, s, hi)} * 2`)}, v.code, ${day(g, 63)},
       ${choose(rnd(g, 64, 4), ['pre_sale', 'direct_supply', 'livestream', 'market'])}, ${choose(rnd(g, 65, 5), ['广东省', '广东省', '乌鲁木齐市', '喀什地区', '上海市'])}, null,
       10, '公斤', 50000 + 1000 * ${rnd(g, 66, 500)}, '', '${AT}', null, '${AT}', case when ${rnd(g, 67, 100)} = 0 then '${AT}' else null end, null, null
     from ${seq(g, s.households)} s join bench_villages v on v.idx = ${vidx(g, s, hi)}`,
  );
  await run(
    db,
    `insert into collective_incomes (id, village_code, year, amount_fen, note, created_at, created_by, updated_at, voided_at, voided_by, void_reason)
     select ${id(g, 68, 'i')}, v.code, 2024 + i % 2, 10000000 + 100000 * ${rnd(g, 68, 100)} + (i % 2) * 3000000, '', ${tail}
     from ${seq(g, s.villages * 2)} s join bench_villages v on v.idx = i / 2`,
  );
  return s.villages * 5 + s.households;
}
