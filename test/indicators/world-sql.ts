/** The world's records written by plain SQL (tables whose services need long set-ups), then changed. */
import type { Db } from '../../src/db/connect.js';
import { newId, nowIso } from '../../src/db/ids.js';

const V = ['653021203201', '653021203202', '653121204201'] as const;

/** A rule, a run and paid, reversed and proposed grants over two semesters. */
export async function insertGrants(
  db: Db,
  userId: string,
  households: readonly string[],
  persons: readonly string[],
): Promise<void> {
  const at = nowIso();
  const rule = newId();
  await db
    .insertInto('grant_rules')
    .values({
      id: rule,
      name: '标准',
      valid_from: '2025-01-01',
      valid_to: null,
      created_at: at,
      created_by: userId,
      updated_at: at,
    })
    .execute();
  const grants = [];
  for (const [i, semester] of ['2025-autumn', '2026-spring'].entries()) {
    const run = newId();
    await db
      .insertInto('grant_runs')
      .values({
        id: run,
        semester,
        rule_id: rule,
        status: 'approved',
        total_fen: 0,
        grant_count: 0,
        excluded_count: 0,
        note: '',
        paid_on: null,
        created_at: at,
        created_by: userId,
        submitted_at: null,
        submitted_by: null,
        decided_at: null,
        decided_by: null,
        decision_reason: '',
        updated_at: at,
      })
      .execute();
    for (const [j, person] of persons.entries()) {
      const enrollment = newId();
      if (i === 0) {
        await db
          .insertInto('student_enrollments')
          .values({
            id: enrollment,
            person_id: person,
            household_id: households[j] ?? '',
            stage: 'university',
            school_name: '新疆大学',
            admitted_on: '2025-09-01',
            expected_end: null,
            active: 0,
            created_at: at,
            created_by: userId,
            updated_at: at,
            voided_at: null,
            voided_by: null,
            void_reason: null,
          })
          .execute();
      }
      const ref = await db
        .selectFrom('student_enrollments')
        .select('id')
        .where('person_id', '=', person)
        .executeTakeFirstOrThrow();
      const village = await db
        .selectFrom('households')
        .select('village_code')
        .where('id', '=', households[j] ?? '')
        .executeTakeFirstOrThrow();
      grants.push({
        id: newId(),
        run_id: run,
        semester,
        enrollment_id: ref.id,
        person_id: person,
        household_id: households[j] ?? '',
        village_code: village.village_code,
        person_name: '学生',
        stage: 'university',
        school_name: '新疆大学',
        admitted_on: '2025-09-01',
        amount_fen: 200_000 + 1000 * j,
        status: j % 4 === 3 ? 'proposed' : 'paid',
        exclusion: null,
        paid_on: j % 4 === 3 ? null : i === 0 ? '2025-10-10' : '2026-03-10',
        created_at: at,
        updated_at: at,
      });
    }
  }
  await db.insertInto('fund_grants').values(grants).execute();
  await db
    .updateTable('fund_grants')
    .set({ status: 'reversed' })
    .where('id', '=', grants[1]?.id ?? '')
    .execute();
}

function record(at: string) {
  return {
    created_at: at,
    created_by: null,
    updated_at: at,
    voided_at: null,
    voided_by: null,
    void_reason: null,
  };
}

/** Products, cooperatives, certifications, sales and collective incomes, then corrections. */
export async function insertIndustry(db: Db, random: () => number): Promise<void> {
  const at = nowIso();
  const product = newId();
  await db
    .insertInto('products')
    .values({
      id: product,
      name: '褐牛牛肉',
      category: 'beef',
      unit: 'kg',
      description: '',
      ...record(at),
    })
    .execute();
  const coops = V.map((v, i) => ({
    id: newId(),
    village_code: v,
    name: `合作社${i}`,
    founded_on: `2025-0${i + 3}-01`,
    business: '',
    note: '',
    ...record(at),
  }));
  await db.insertInto('cooperatives').values(coops).execute();
  await db
    .insertInto('certifications')
    .values(
      coops.map((c, i) => ({
        id: newId(),
        product_id: product,
        cooperative_id: c.id,
        kind: i === 1 ? 'organic' : 'green',
        number: '',
        issuer: '',
        valid_from: `2026-0${i + 2}-01`,
        valid_to: null,
        note: '',
        ...record(at),
      })),
    )
    .execute();
  const sales = Array.from({ length: 30 }, (_, i) => ({
    id: newId(),
    product_id: product,
    cooperative_id: coops[i % 3]?.id ?? null,
    village_code: i % 10 === 9 ? null : (V[i % 3] ?? null),
    sale_date: `${2025 + (i % 2)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}`,
    channel: ['presale', 'direct_supply', 'livestream'][i % 3] ?? 'other',
    buyer_region: i % 4 === 0 ? '广东省' : '乌鲁木齐市',
    buyer_region_code: null,
    quantity: 10,
    unit: 'kg',
    revenue_fen: 100_000 + Math.floor(random() * 1_000_000),
    note: '',
    ...record(at),
  }));
  await db.insertInto('sales').values(sales).execute();
  const incomes = V.flatMap((v) =>
    [2024, 2025].map((year) => ({
      id: newId(),
      village_code: v,
      year,
      amount_fen: 10_000_000 + Math.floor(random() * 5_000_000),
      note: '',
      ...record(at),
    })),
  );
  await db.insertInto('collective_incomes').values(incomes).execute();
  // Corrections, voids, a deletion and a cooperative moved to another village.
  await db
    .updateTable('sales')
    .set({ revenue_fen: 42_000, channel: 'livestream' })
    .where('id', '=', sales[0]?.id ?? '')
    .execute();
  await db
    .updateTable('sales')
    .set({ voided_at: at, void_reason: '重复' })
    .where('id', '=', sales[1]?.id ?? '')
    .execute();
  await db
    .deleteFrom('sales')
    .where('id', '=', sales[2]?.id ?? '')
    .execute();
  await db
    .updateTable('cooperatives')
    .set({ village_code: V[0] })
    .where('id', '=', coops[2]?.id ?? '')
    .execute();
  await db
    .updateTable('collective_incomes')
    .set({ amount_fen: 13_000_000 })
    .where('id', '=', incomes[1]?.id ?? '')
    .execute();
  await db
    .updateTable('collective_incomes')
    .set({ voided_at: at })
    .where('id', '=', incomes[4]?.id ?? '')
    .execute();
}
