/** The home dashboard's figures: windows from the as-of day, the caller's scope, one query per family. */
import { today } from '../../domain/common.schema.js';
import { dayStartUtc } from '../../domain/activities/activity.rules.js';
import { ASSISTANCE_KINDS } from '../../domain/assistance/enums.js';
import { MEASURES } from '../../domain/measures.js';
import { POVERTY_STATUSES } from '../../domain/registry/enums.js';
import { isPairingScoped, type Actor } from '../../domain/roles.js';
import type { Conn } from '../../db/connect.js';
import {
  activityCounts,
  assistanceCounts,
  fundCounts,
  householdCounts,
  industryCounts,
  trainingCounts,
  type StatsWindows,
} from '../../db/stats.repository.js';
import { assertCan, listScope } from '../registry/scope.js';
import type { StatsOverview, StatsQuery } from './stats.schema.js';

/** The first day of the month `offset` months after the month of `date` (YYYY-MM-DD). */
function monthStart(date: string, offset: number): string {
  const d = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1 + offset, 1));
  return d.toISOString().slice(0, 10);
}

/** This month, the month before and this year around an as-of day, in the program's zone. */
export function windowsOf(asOf: string): StatsWindows {
  const year = Number(asOf.slice(0, 4));
  return {
    yearStart: `${year}-01-01`,
    yearEnd: `${year + 1}-01-01`,
    lastMonthStartAt: dayStartUtc(monthStart(asOf, -1)),
    monthStartAt: dayStartUtc(monthStart(asOf, 0)),
    monthEndAt: dayStartUtc(monthStart(asOf, 1)),
  };
}

/** A zero for each key of a closed list, then the counted ones. */
function countsBy<K extends string>(
  keys: readonly K[],
  rows: readonly { key: string; n: number }[],
): Record<K, number> {
  const out = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const r of rows) {
    if ((keys as readonly string[]).includes(r.key)) {
      out[r.key as K] += r.n;
    }
  }
  return out;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** The overview; a cadre's counts cover only their paired households. @throws AppError forbidden */
export async function statsOverview(
  db: Conn,
  actor: Actor,
  query: StatsQuery,
): Promise<StatsOverview> {
  assertCan(actor, 'measures.read');
  const asOf = query.date ?? today();
  const w = windowsOf(asOf);
  const scope = { cadreId: listScope(actor).cadreId, village: query.village ?? null };
  const cadre = isPairingScoped(actor.role);
  const [households, activities, assistance, training, fund, industry] = await Promise.all([
    householdCounts(db, scope),
    activityCounts(db, scope, w),
    assistanceCounts(db, scope, w),
    trainingCounts(db, scope, w),
    fundCounts(db, scope, w),
    industryCounts(db, scope, w),
  ]);
  const byMeasure = countsBy(
    MEASURES,
    activities.map((a) => ({ key: a.measure, n: a.thisMonth })),
  );
  const byKind = countsBy(
    ASSISTANCE_KINDS,
    assistance.map((a) => ({ key: a.kind, n: a.count })),
  );
  return {
    asOf,
    month: asOf.slice(0, 7),
    lastMonth: monthStart(asOf, -1).slice(0, 7),
    year: Number(asOf.slice(0, 4)),
    village: scope.village,
    scope: cadre ? 'cadre' : 'program',
    households: {
      total: sum(households.map((h) => h.households)),
      byStatus: countsBy(
        POVERTY_STATUSES,
        households.map((h) => ({ key: h.status, n: h.households })),
      ),
      withLeadCadre: sum(households.map((h) => h.led)),
    },
    visits: {
      thisMonth: sum(activities.map((a) => a.visitsThisMonth)),
      lastMonth: sum(activities.map((a) => a.visitsLastMonth)),
    },
    activities: { thisMonth: sum(Object.values(byMeasure)), byMeasure },
    assistance: { thisYear: sum(Object.values(byKind)), byKind },
    training,
    fund: {
      balanceFen: cadre ? null : fund.balanceFen,
      studentsPaid: fund.studentsPaid,
      runsAwaitingApproval: cadre ? null : fund.runsAwaitingApproval,
    },
    industry,
  };
}
