/** Counts for the home dashboard: one set-based query (GROUP BY or scalar subqueries) per family. */
import { sql } from 'kysely';
import type { Conn } from './connect.js';

/** What the counts cover: one village or all, and for a cadre only their paired households. */
export interface StatsScope {
  /** Only households currently paired with this cadre (the cadre role's scope). */
  readonly cadreId: string | null;
  readonly village: string | null;
}

/** Date windows: dates are YYYY-MM-DD (end exclusive); `*At` are UTC instants for occurred_at. */
export interface StatsWindows {
  readonly yearStart: string;
  readonly yearEnd: string;
  readonly lastMonthStartAt: string;
  readonly monthStartAt: string;
  readonly monthEndAt: string;
}

type Row = Record<string, unknown>;

const num = (value: unknown): number => Number(value ?? 0);

/** Households currently paired with a cadre (any role). */
function paired(db: Conn, cadreId: string) {
  return db
    .selectFrom('pairings as sp')
    .select('sp.household_id')
    .where('sp.cadre_id', '=', cadreId)
    .where('sp.end_date', 'is', null);
}

/** Households by poverty status, each with how many have a current lead cadre. */
export async function householdCounts(db: Conn, scope: StatsScope) {
  const lead = db
    .selectFrom('pairings')
    .select('household_id')
    .distinct()
    .where('role', '=', 'lead')
    .where('end_date', 'is', null)
    .as('lead');
  let q = db
    .selectFrom('households as h')
    .leftJoin(lead, 'lead.household_id', 'h.id')
    .select((eb) => [
      'h.status',
      eb.fn.countAll().as('n'),
      eb.fn.count('lead.household_id').as('led'),
    ])
    .groupBy('h.status');
  q = scope.village ? q.where('h.village_code', '=', scope.village) : q;
  q = scope.cadreId ? q.where('h.id', 'in', paired(db, scope.cadreId)) : q;
  const rows = await q.execute();
  return rows.map((r) => ({ status: r.status, households: num(r.n), led: num(r.led) }));
}

/** Activities of last month and this month by measure, with the home visits among them. */
export async function activityCounts(db: Conn, scope: StatsScope, w: StatsWindows) {
  const thisMonth = sql<boolean>`a.occurred_at >= ${w.monthStartAt}`;
  const visit = sql<boolean>`a.type_code = ${'home_visit'}`;
  let q = db
    .selectFrom('activities as a')
    .select([
      'a.measure',
      sql<number>`sum(case when ${thisMonth} then 1 else 0 end)`.as('this_month'),
      sql<number>`sum(case when ${thisMonth} and ${visit} then 1 else 0 end)`.as('visits_this'),
      sql<number>`sum(case when not (${thisMonth}) and ${visit} then 1 else 0 end)`.as(
        'visits_last',
      ),
    ])
    .where('a.voided_at', 'is', null)
    .where('a.occurred_at', '>=', w.lastMonthStartAt)
    .where('a.occurred_at', '<', w.monthEndAt)
    .groupBy('a.measure');
  q = scope.village ? q.where('a.village_code', '=', scope.village) : q;
  const cadreId = scope.cadreId;
  if (cadreId) {
    // Held at one of the cadre's households or with one of them taking part.
    q = q.where((eb) =>
      eb.or([
        eb('a.household_id', 'in', paired(db, cadreId)),
        eb(
          'a.id',
          'in',
          eb
            .selectFrom('activity_households as ah')
            .select('ah.activity_id')
            .where('ah.household_id', 'in', paired(db, cadreId)),
        ),
      ]),
    );
  }
  const rows = await q.execute();
  return rows.map((r) => ({
    measure: r.measure,
    thisMonth: num(r.this_month),
    visitsThisMonth: num(r.visits_this),
    visitsLastMonth: num(r.visits_last),
  }));
}

/** Acts of help dated in the year by kind (cancelled ones left out). */
export async function assistanceCounts(db: Conn, scope: StatsScope, w: StatsWindows) {
  let q = db
    .selectFrom('assistance as a')
    .select((eb) => ['a.kind', eb.fn.countAll().as('n')])
    .where('a.voided_at', 'is', null)
    .where('a.status', '!=', 'cancelled')
    .where('a.date', '>=', w.yearStart)
    .where('a.date', '<', w.yearEnd)
    .groupBy('a.kind');
  const { village, cadreId } = scope;
  if (village || cadreId) {
    q = q.where((eb) => {
      let b = eb
        .selectFrom('assistance_beneficiaries as b')
        .select('b.assistance_id')
        .whereRef('b.assistance_id', '=', 'a.id');
      b = village ? b.where('b.village_code', '=', village) : b;
      b = cadreId ? b.where('b.household_id', 'in', paired(db, cadreId)) : b;
      return eb.exists(b);
    });
  }
  const rows = await q.execute();
  return rows.map((r) => ({ kind: r.kind, count: num(r.n) }));
}

/** People enrolled in a course this year, and enrollments completed this year. */
export async function trainingCounts(db: Conn, scope: StatsScope, w: StatsWindows) {
  const enrolled = sql<boolean>`e.enrolled_on >= ${w.yearStart} and e.enrolled_on < ${w.yearEnd}`;
  const completed = sql<boolean>`e.completed = 1 and e.completed_on >= ${w.yearStart} and e.completed_on < ${w.yearEnd}`;
  let q = db
    .selectFrom('training_enrollments as e')
    .innerJoin('training_courses as c', 'c.id', 'e.course_id')
    .innerJoin('households as h', 'h.id', 'e.household_id')
    .select([
      sql<number>`count(distinct case when ${enrolled} then e.person_id end)`.as('trainees'),
      sql<number>`sum(case when ${completed} then 1 else 0 end)`.as('completions'),
    ])
    .where('e.voided_at', 'is', null)
    .where('c.voided_at', 'is', null)
    .where(sql<boolean>`((${enrolled}) or (${completed}))`);
  q = scope.village ? q.where('h.village_code', '=', scope.village) : q;
  q = scope.cadreId ? q.where('e.household_id', 'in', paired(db, scope.cadreId)) : q;
  const row: Row = (await q.executeTakeFirst()) ?? {};
  return { trainees: num(row.trainees), completions: num(row.completions) };
}

/** The fund balance, students paid this year and grant runs awaiting approval. */
export async function fundCounts(db: Conn, scope: StatsScope, w: StatsWindows) {
  const row: Row = await db
    .selectNoFrom((eb) => {
      let paid = eb
        .selectFrom('fund_grants as g')
        .select(sql<number>`count(distinct g.person_id)`.as('n'))
        .where('g.status', '=', 'paid')
        .where('g.paid_on', '>=', w.yearStart)
        .where('g.paid_on', '<', w.yearEnd);
      paid = scope.village ? paid.where('g.village_code', '=', scope.village) : paid;
      paid = scope.cadreId ? paid.where('g.household_id', 'in', paired(db, scope.cadreId)) : paid;
      return [
        eb
          .selectFrom('funds')
          .select((f) => f.fn.sum<number>('balance_fen').as('b'))
          .as('balance'),
        paid.as('students'),
        eb
          .selectFrom('grant_runs')
          .select((r) => r.fn.countAll<number>().as('n'))
          .where('status', '=', 'submitted')
          .as('awaiting'),
      ];
    })
    .executeTakeFirstOrThrow();
  return {
    balanceFen: num(row.balance),
    studentsPaid: num(row.students),
    runsAwaitingApproval: num(row.awaiting),
  };
}

/** Cooperatives, and sales of this year with their revenue. */
export async function industryCounts(db: Conn, scope: StatsScope, w: StatsWindows) {
  const { village, cadreId } = scope;
  let coops = db.selectFrom('cooperatives as co').select('co.id').where('co.voided_at', 'is', null);
  coops = village ? coops.where('co.village_code', '=', village) : coops;
  if (cadreId) {
    const members = db
      .selectFrom('cooperative_members as cm')
      .select('cm.cooperative_id')
      .where('cm.household_id', 'in', paired(db, cadreId));
    coops = coops.where('co.id', 'in', members);
  }
  let sales = db
    .selectFrom('sales as s')
    .where('s.voided_at', 'is', null)
    .where('s.sale_date', '>=', w.yearStart)
    .where('s.sale_date', '<', w.yearEnd);
  if (cadreId) {
    sales = sales.where('s.cooperative_id', 'in', coops);
  } else if (village) {
    sales = sales.where((eb) =>
      eb.or([eb('s.village_code', '=', village), eb('s.cooperative_id', 'in', coops)]),
    );
  }
  const row: Row = await db
    .selectNoFrom((eb) => [
      eb
        .selectFrom(coops.as('c'))
        .select((c) => c.fn.countAll<number>().as('n'))
        .as('cooperatives'),
      sales.select((s) => s.fn.countAll<number>().as('n')).as('sales'),
      sales.select((s) => s.fn.sum<number>('s.revenue_fen').as('r')).as('revenue'),
    ])
    .executeTakeFirstOrThrow();
  return {
    cooperatives: num(row.cooperatives),
    salesThisYear: num(row.sales),
    salesRevenueFen: num(row.revenue),
  };
}
