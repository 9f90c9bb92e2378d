/** The requests of the search benchmark: list pages and a seeded mix of searches drawn from the data. */
import { pinyin } from 'pinyin-pro';
import type { Db } from '../../src/db/connect.js';
import { encodeCursor } from '../../src/db/cursor.js';
import { POVERTY_STATUSES } from '../../src/domain/registry/enums.js';
import type { RegionPlan } from './region.js';
import { pick } from './names.js';
import type { ListFilters, RawEngine, RawQuery } from './raw-search.js';

export const PAGE = 50;

export interface Scenario {
  readonly name: string;
  readonly group: 'list' | 'search';
  readonly requests: readonly ListFilters[];
  /** The SQL each request runs, captured from the repository. */
  readonly queries: readonly RawQuery[];
}

interface Sample {
  readonly householdId: string;
  readonly village: string;
  readonly name: string;
  readonly idNumber: string;
}

/** Random members of random households: a village, then a household in it, then a member. */
async function sampleMembers(
  db: Db,
  plan: RegionPlan,
  random: () => number,
  count: number,
): Promise<Sample[]> {
  const samples: Sample[] = [];
  while (samples.length < count) {
    const village = pick(plan.villages, random);
    const household = await db
      .selectFrom('households')
      .select('id')
      .where('village_code', '=', village.code)
      .orderBy('id')
      .limit(1)
      .offset(Math.floor(random() * village.households))
      .executeTakeFirst();
    const members = household
      ? await db
          .selectFrom('persons')
          .select(['name', 'id_number'])
          .where('household_id', '=', household.id)
          .orderBy('id')
          .execute()
      : [];
    const member = members.length > 0 ? pick(members, random) : undefined;
    if (household && member?.id_number) {
      samples.push({
        householdId: household.id,
        village: village.code,
        name: member.name,
        idNumber: member.id_number,
      });
    }
  }
  return samples;
}

function py(text: string): string[] {
  return pinyin(text, { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' }).map((s) =>
    s.toLowerCase().replace(/[^a-z0-9]/g, ''),
  );
}

/** What people type: 2-character prefixes, full names, pinyin, initials, ID tails. */
const QUERY_KINDS = {
  prefix2: (s: Sample) => [...s.name.replace('·', '')].slice(0, 2).join(''),
  fullname: (s: Sample) => s.name,
  pinyin: (s: Sample, random: () => number) =>
    (random() < 0.5 ? py(s.name.replace('·', '')) : py(s.name.split('·')[0] ?? '')).join(''),
  initials: (s: Sample) =>
    py(s.name.replace('·', ''))
      .map((x) => x[0] ?? '')
      .join(''),
  idtail: (s: Sample, random: () => number) => s.idNumber.slice(-(4 + Math.floor(random() * 3))),
} as const;

/** The cursor of the page after the first (computed with the raw engine, untimed). */
async function secondPage(raw: RawEngine, f: ListFilters): Promise<ListFilters | null> {
  const rows = (await raw.run(await raw.capture(f))) as unknown as {
    id: string;
    term: string;
    person_id: string;
  }[];
  const last = rows[f.limit - 1];
  if (rows.length <= f.limit || !last) {
    return null;
  }
  return { ...f, cursor: encodeCursor([last.term, last.id, last.person_id]) };
}

/** Every scenario, `count` requests each, deterministic for the random source. */
export async function buildScenarios(
  db: Db,
  plan: RegionPlan,
  raw: RawEngine,
  random: () => number,
  count: number,
): Promise<Scenario[]> {
  const s = await sampleMembers(db, plan, random, count);
  const cursor = (x: Sample) => encodeCursor([x.householdId]);
  const status = (i: number) => POVERTY_STATUSES[i % POVERTY_STATUSES.length] ?? 'exited';
  const scenarios: Spec[] = [
    { name: 'list: first page', group: 'list', requests: s.map(() => ({ limit: PAGE })) },
    {
      name: 'list: deep page (cursor)',
      group: 'list',
      requests: s.map((x) => ({ limit: PAGE, cursor: cursor(x) })),
    },
    {
      name: 'list: village, first page',
      group: 'list',
      requests: s.map((x) => ({ limit: PAGE, village: x.village })),
    },
    {
      name: 'list: village, deep page',
      group: 'list',
      requests: s.map((x) => ({ limit: PAGE, village: x.village, cursor: cursor(x) })),
    },
    {
      name: 'list: status, first page',
      group: 'list',
      requests: s.map((_, i) => ({ limit: PAGE, status: status(i) })),
    },
    {
      name: 'list: status, deep page',
      group: 'list',
      requests: s.map((x, i) => ({ limit: PAGE, status: status(i), cursor: cursor(x) })),
    },
    {
      name: 'list: village + status',
      group: 'list',
      requests: s.map((x, i) => ({ limit: PAGE, village: x.village, status: status(i) })),
    },
  ];
  for (const [kind, make] of Object.entries(QUERY_KINDS)) {
    scenarios.push({
      name: `search: ${kind}`,
      group: 'search',
      requests: s.map((x) => ({ limit: PAGE, q: make(x, random) })),
    });
  }
  scenarios.push({
    name: 'search: prefix2/pinyin + village',
    group: 'search',
    requests: s.map((x, i) => ({
      limit: PAGE,
      village: x.village,
      q: i % 2 === 0 ? QUERY_KINDS.prefix2(x) : QUERY_KINDS.pinyin(x, random),
    })),
  });
  scenarios.push({
    name: 'search: prefix2 + status',
    group: 'search',
    requests: s.map((x, i) => ({ limit: PAGE, status: status(i), q: QUERY_KINDS.prefix2(x) })),
  });
  const second: ListFilters[] = [];
  for (const x of s) {
    const next = await secondPage(raw, { limit: PAGE, q: QUERY_KINDS.prefix2(x) });
    if (next) {
      second.push(next);
    }
  }
  scenarios.push({ name: 'search: prefix2, second page', group: 'search', requests: second });
  return withQueries(raw, scenarios);
}

type Spec = Omit<Scenario, 'queries'>;

/** Capture each request's SQL (one at a time: the capture records the last query). */
async function withQueries(raw: RawEngine, specs: readonly Spec[]): Promise<Scenario[]> {
  const out: Scenario[] = [];
  for (const spec of specs) {
    const queries: RawQuery[] = [];
    for (const f of spec.requests) {
      queries.push(await raw.capture(f));
    }
    out.push({ ...spec, queries });
  }
  return out;
}
