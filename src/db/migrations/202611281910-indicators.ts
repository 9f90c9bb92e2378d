/**
 * Indicator summaries kept exact by triggers, in the same transaction as every write. Frozen once
 * landed.
 *
 * Each "source" (an assistance record, an activity, a household's last visit, an enrollment, …)
 * has a SELECT giving its contributions: (indicator, month, village, unit, dim, value). The ledger
 * holds every source's current contributions; a trigger on any table a source depends on refreshes
 * the touched sources: take their ledger rows off the facts, recompute them, add them back. The
 * refresh is idempotent, so it is right however often and in whatever order rows fire (SQLite
 * fires AFTER triggers per row, PostgreSQL at the end of the statement). The facts are summed per
 * (indicator, month, village, unit, dim) and, for wide regions, per (indicator, month, county, dim).
 * Months are 'YYYY-MM'; a household's last visit uses its day 'YYYY-MM-DD'; moment counters use ''.
 */
import { PostgresAdapter, sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;
/**
 * The ids of the sources to compute, as a derived table `(select … as k) alias`. Every source's
 * SELECT starts from it with CROSS JOIN, so SQLite keeps it as the outer loop and looks each
 * record up by its key (the planner would otherwise scan an index on kind or type per row).
 */
type Key = (alias: string) => string;

function isPostgres(db: Db): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** One contribution row of a source's SELECT, with the ledger's column names. */
function row(cols: [string, string, string, string, string, string, string]): string {
  const [id, indicator, month, village, unit, dim, value] = cols;
  return `select ${id} as source_id, ${indicator} as indicator_id, ${month} as month, ${village} as village_code, ${unit} as unit_id, ${dim} as dim_key, ${value} as value`;
}

const LIVE_ASSISTANCE = `a.voided_at is null and a.status in ('in_progress', 'done')`;
const A_MONTH = 'substr(a.date, 1, 7)';
const A_UNIT = `coalesce(c.unit_id, '')`;
const A_CADRE = 'left join cadres c on c.id = a.arranged_by_cadre_id';
const A_FIRST = 'join assistance_beneficiaries b on b.assistance_id = a.id and b.position = 0';

function assistanceSelect(k: Key): string {
  const from = (detail: string, kind: string) =>
    `from ${k('kk')} cross join assistance a ${detail} ${A_CADRE} where a.id = kk.k and a.kind = '${kind}' and ${LIVE_ASSISTANCE}`;
  const job = `join assistance_jobs j on j.assistance_id = a.id ${A_FIRST}`;
  const medical = `join assistance_medical m on m.assistance_id = a.id ${A_FIRST}`;
  const loan = `join assistance_loans lo on lo.assistance_id = a.id ${A_FIRST}`;
  return [
    `${row(['a.id', `case when j.place = 'near_home' then 'jobs_near_home' else 'jobs_away' end`, A_MONTH, 'b.village_code', A_UNIT, 'j.place', '1'])} ${from(job, 'job')}`,
    `${row(['a.id', `'medical_cases'`, A_MONTH, 'b.village_code', A_UNIT, 'm.medical_kind', '1'])} ${from(medical, 'medical')}`,
    `${row(['a.id', `'prostheses'`, A_MONTH, 'b.village_code', A_UNIT, `''`, '1'])} ${from(medical, 'medical')} and m.medical_kind = 'prosthesis_or_device'`,
    `${row(['a.id', `'health_check_people'`, A_MONTH, 'h.village_code', A_UNIT, `''`, 'h.people_checked'])} ${from('join assistance_health_check_villages h on h.assistance_id = a.id', 'health_check')}`,
    `${row(['a.id', `'donated_items'`, A_MONTH, 'l.recipient_village_code', A_UNIT, 'l.item_id', 'l.quantity'])} ${from('join assistance_donation_lines l on l.assistance_id = a.id', 'donation')}`,
    `${row(['a.id', `'project_funds'`, A_MONTH, 'p.village_code', A_UNIT, 'p.category', 'f.amount_fen'])} ${from('join assistance_projects p on p.assistance_id = a.id join assistance_project_funds f on f.assistance_id = a.id', 'project')}`,
    `${row(['a.id', `'loans'`, A_MONTH, 'b.village_code', A_UNIT, `''`, '1'])} ${from(loan, 'loan')}`,
    `${row(['a.id', `'loan_amount'`, A_MONTH, 'b.village_code', A_UNIT, `''`, 'lo.amount_fen'])} ${from(loan, 'loan')}`,
  ].join(' union all ');
}

function activitySelect(k: Key): string {
  const from = `from ${k('kk')} cross join activities ac left join cadres c on c.id = ac.organizer_cadre_id where ac.id = kk.k and ac.voided_at is null`;
  const cols = (indicator: string, value: string) =>
    row([
      'ac.id',
      `'${indicator}'`,
      'substr(ac.occurred_on, 1, 7)',
      `coalesce(ac.village_code, '')`,
      `coalesce(c.unit_id, '')`,
      `''`,
      value,
    ]);
  return [
    `${cols('micro_classrooms', '1')} ${from} and ac.type_code = 'micro_classroom'`,
    `${cols('micro_classroom_attendance', 'ac.headcount')} ${from} and ac.type_code = 'micro_classroom'`,
    `${cols('lecturer_activities', '1')} ${from} and ac.lecturer_person_id is not null`,
    `${cols('lecture_reach', 'ac.headcount')} ${from} and ac.lecturer_person_id is not null`,
    `${cols('epidemic_activities', '1')} ${from} and ac.measure = 'epidemic'`,
  ].join(' union all ');
}

/** A household's last home visit (its day), whether it took place at the home or with the family. */
function visitSelect(k: Key): string {
  return `${row(['h.id', `'visit_last'`, 'v.last_on', 'h.village_code', `''`, `''`, '1'])}
    from (
      select x.household_id, max(ac.occurred_on) as last_on from (
        select ah.household_id, ah.activity_id from ${k('k1')} cross join activity_households ah
          where ah.household_id = k1.k
        union select ac2.household_id, ac2.id from ${k('k2')} cross join activities ac2
          where ac2.household_id = k2.k
      ) x cross join activities ac
      where ac.id = x.activity_id and ac.type_code = 'home_visit' and ac.voided_at is null
      group by x.household_id
    ) v cross join households h where h.id = v.household_id`;
}

function enrollmentSelect(k: Key): string {
  const base = `from ${k('kk')} cross join training_enrollments e join training_courses co on co.id = e.course_id join households h on h.id = e.household_id`;
  const live = `e.id = kk.k and e.voided_at is null and co.voided_at is null`;
  const at = (month: string, indicator: string, dim: string, value: string) =>
    row(['e.id', `'${indicator}'`, `substr(${month}, 1, 7)`, 'h.village_code', `''`, dim, value]);
  const followUps = `join training_follow_ups f on f.enrollment_id = e.id and f.voided_at is null and f.income_before_fen is not null and f.income_after_fen is not null`;
  return [
    `${at('e.enrolled_on', 'trainees', `''`, '1')} ${base} where ${live}`,
    `${at('e.completed_on', 'completions', `''`, '1')} ${base} where ${live} and e.completed = 1 and e.completed_on is not null`,
    `${at('e.enrolled_on', 'trainees_exited', `''`, '1')} ${base} where ${live} and h.status = 'exited'`,
    `${at('cr.issued_on', 'licences', 'cr.kind', '1')} ${base} join training_credentials cr on cr.enrollment_id = e.id where ${live}`,
    `${at('f.followed_up_on', 'training_income_gain', `''`, 'f.income_after_fen - f.income_before_fen')} ${base} ${followUps} where ${live}`,
    `${at('f.followed_up_on', 'training_income_followups', `''`, '1')} ${base} ${followUps} where ${live}`,
  ].join(' union all ');
}

function grantSelect(k: Key): string {
  const from = `from ${k('kk')} cross join fund_grants g where g.id = kk.k and g.status = 'paid' and g.paid_on is not null`;
  const cols = (indicator: string, value: string) =>
    row([
      'g.id',
      `'${indicator}'`,
      'substr(g.paid_on, 1, 7)',
      'g.village_code',
      `''`,
      'g.semester',
      value,
    ]);
  return `${cols('students_paid', '1')} ${from} union all ${cols('study_grants_amount', 'g.amount_fen')} ${from}`;
}

function saleSelect(k: Key): string {
  const from = `from ${k('kk')} cross join sales s where s.id = kk.k and s.voided_at is null`;
  const cols = (indicator: string, dim: string) =>
    row([
      's.id',
      `'${indicator}'`,
      'substr(s.sale_date, 1, 7)',
      `coalesce(s.village_code, '')`,
      `''`,
      dim,
      's.revenue_fen',
    ]);
  return `${cols('sales_revenue', 's.channel')} ${from} union all ${cols('sales_by_buyer', `coalesce(s.buyer_region, '')`)} ${from}`;
}

/** The sources: each a SELECT of contributions, keyed by the source's id. */
const SOURCES: Readonly<Record<string, (k: Key) => string>> = {
  assistance: assistanceSelect,
  activity: activitySelect,
  visit: visitSelect,
  enrollment: enrollmentSelect,
  grant: grantSelect,
  sale: saleSelect,
  household: (k) =>
    `${row(['h.id', `'households'`, `''`, 'h.village_code', `''`, `''`, '1'])} from ${k('kk')} cross join households h where h.id = kk.k`,
  pairing: (k) =>
    `${row(['p.id', `'lead_households'`, `''`, 'h.village_code', 'c.unit_id', `''`, '1'])} from ${k('kk')} cross join pairings p join households h on h.id = p.household_id join cadres c on c.id = p.cadre_id where p.id = kk.k and p.end_date is null and p.role = 'lead'`,
  status_change: (k) =>
    `${row(['s.id', `'households_exited'`, 'substr(s.effective_date, 1, 7)', 'h.village_code', `''`, `''`, '1'])} from ${k('kk')} cross join household_status_changes s join households h on h.id = s.household_id where s.id = kk.k and s.status = 'exited'`,
  cooperative: (k) =>
    `${row(['co.id', `'cooperatives'`, 'substr(co.founded_on, 1, 7)', 'co.village_code', `''`, `''`, '1'])} from ${k('kk')} cross join cooperatives co where co.id = kk.k and co.voided_at is null`,
  certification: (k) =>
    `${row(['ce.id', `'certifications'`, 'substr(ce.valid_from, 1, 7)', `coalesce(cp.village_code, '')`, `''`, 'ce.kind', '1'])} from ${k('kk')} cross join certifications ce left join cooperatives cp on cp.id = ce.cooperative_id where ce.id = kk.k and ce.voided_at is null`,
  collective_income: (k) =>
    `${row(['ci.id', `'collective_income'`, `cast(ci.year as text) || '-12'`, 'ci.village_code', `''`, `''`, 'ci.amount_fen'])} from ${k('kk')} cross join collective_incomes ci where ci.id = kk.k and ci.voided_at is null`,
};

type Event = 'insert' | 'update' | 'delete';
const ALL: readonly Event[] = ['insert', 'update', 'delete'];

/** A table a source depends on: which events, which rows (`{row}` is new or old), and the keys. */
interface Dep {
  readonly table: string;
  readonly source: string;
  readonly events: readonly Event[];
  /** SELECTs of source ids, written over `{row}`. */
  readonly keys: readonly string[];
  /** For updates: only when one of these columns is set. */
  readonly columns?: readonly string[];
  /** Only rows matching this condition over `{row}`. */
  readonly when?: string;
}

const ASSISTANCE_DETAILS = [
  'assistance_beneficiaries',
  'assistance_jobs',
  'assistance_medical',
  'assistance_health_check_villages',
  'assistance_donation_lines',
  'assistance_projects',
  'assistance_project_funds',
  'assistance_loans',
];
const HOUSEHOLD_CHILDREN: readonly [string, string][] = [
  ['visit', 'select {row}.id'],
  ['pairing', 'select id from pairings where household_id = {row}.id'],
  ['status_change', 'select id from household_status_changes where household_id = {row}.id'],
  ['enrollment', 'select id from training_enrollments where household_id = {row}.id'],
];

const DEPS: readonly Dep[] = [
  { table: 'assistance', source: 'assistance', events: ALL, keys: ['select {row}.id'] },
  ...ASSISTANCE_DETAILS.map((table): Dep => ({
    table,
    source: 'assistance',
    events: ALL,
    keys: ['select {row}.assistance_id'],
  })),
  { table: 'activities', source: 'activity', events: ALL, keys: ['select {row}.id'] },
  {
    table: 'activities',
    source: 'visit',
    events: ALL,
    when: `{row}.type_code = 'home_visit'`,
    keys: [
      'select {row}.household_id',
      'select household_id from activity_households where activity_id = {row}.id',
    ],
  },
  {
    table: 'activity_households',
    source: 'visit',
    events: ALL,
    keys: ['select {row}.household_id'],
  },
  { table: 'households', source: 'household', events: ALL, keys: ['select {row}.id'] },
  ...HOUSEHOLD_CHILDREN.map(([source, key]): Dep => ({
    table: 'households',
    source,
    events: ['update'],
    columns: ['village_code', 'status'],
    keys: [key],
  })),
  ...(
    [
      ['assistance', 'select id from assistance where arranged_by_cadre_id = {row}.id'],
      ['activity', 'select id from activities where organizer_cadre_id = {row}.id'],
      ['pairing', 'select id from pairings where cadre_id = {row}.id'],
    ] as const
  ).map(([source, key]): Dep => ({
    table: 'cadres',
    source,
    events: ['update'],
    columns: ['unit_id'],
    keys: [key],
  })),
  { table: 'pairings', source: 'pairing', events: ALL, keys: ['select {row}.id'] },
  {
    table: 'household_status_changes',
    source: 'status_change',
    events: ALL,
    keys: ['select {row}.id'],
  },
  { table: 'training_enrollments', source: 'enrollment', events: ALL, keys: ['select {row}.id'] },
  {
    table: 'training_courses',
    source: 'enrollment',
    events: ['update'],
    keys: ['select id from training_enrollments where course_id = {row}.id'],
  },
  ...['training_credentials', 'training_follow_ups'].map((table): Dep => ({
    table,
    source: 'enrollment',
    events: ALL,
    keys: ['select {row}.enrollment_id'],
  })),
  { table: 'fund_grants', source: 'grant', events: ALL, keys: ['select {row}.id'] },
  { table: 'cooperatives', source: 'cooperative', events: ALL, keys: ['select {row}.id'] },
  {
    table: 'cooperatives',
    source: 'certification',
    events: ['update'],
    keys: ['select id from certifications where cooperative_id = {row}.id'],
  },
  { table: 'certifications', source: 'certification', events: ALL, keys: ['select {row}.id'] },
  { table: 'sales', source: 'sale', events: ALL, keys: ['select {row}.id'] },
  {
    table: 'collective_incomes',
    source: 'collective_income',
    events: ALL,
    keys: ['select {row}.id'],
  },
];

const FACT_KEY = 'indicator_id, month, village_code, unit_id, dim_key';
const COUNTY = `case when village_code = '' then '' else substr(village_code, 1, 6) || '000000' end`;
const LEDGER_COLUMNS = `source, source_id, ${FACT_KEY}, value`;

/** Add (sign 1) or take off (sign -1) the ledger rows matching `where` to both fact tables. */
function applyLedger(where: string, sign: 1 | -1): string[] {
  const value = sign === 1 ? 'sum(value)' : '-sum(value)';
  return [
    `insert into indicator_facts (${FACT_KEY}, value)
      select ${FACT_KEY}, ${value} from indicator_ledger where ${where}
      group by ${FACT_KEY} order by ${FACT_KEY}
      on conflict (${FACT_KEY}) do update set value = indicator_facts.value + excluded.value`,
    `insert into indicator_facts_county (indicator_id, month, county_code, dim_key, value)
      select indicator_id, month, ${COUNTY}, dim_key, ${value} from indicator_ledger where ${where}
      group by indicator_id, month, ${COUNTY}, dim_key order by 1, 2, 3, 4
      on conflict (indicator_id, month, county_code, dim_key)
      do update set value = indicator_facts_county.value + excluded.value`,
  ];
}

/** The statements refreshing sources: `mine` picks their ledger rows, `keys` their ids. */
function refresh(source: string, mine: string, keys: Key): string[] {
  const select = SOURCES[source];
  if (!select) {
    throw new Error(`no indicator source ${source}`);
  }
  const where = `source = '${source}' and ${mine}`;
  return [
    ...applyLedger(where, -1),
    `delete from indicator_ledger where ${where}`,
    `insert into indicator_ledger (${LEDGER_COLUMNS})
      select '${source}', x.source_id, x.indicator_id, x.month, x.village_code, x.unit_id, x.dim_key, x.value
      from (${select(keys)}) x where x.source_id is not null`,
    ...applyLedger(where, 1),
  ];
}

/** The table whose ids each source is keyed by. */
const BASE: Readonly<Record<string, string>> = {
  assistance: 'assistance',
  activity: 'activities',
  visit: 'households',
  enrollment: 'training_enrollments',
  grant: 'fund_grants',
  sale: 'sales',
  household: 'households',
  pairing: 'pairings',
  status_change: 'household_status_changes',
  cooperative: 'cooperatives',
  certification: 'certifications',
  collective_income: 'collective_incomes',
};

/** The rows an event has: new for insert, old for delete, both for update. */
function rowsOf(event: Event): string[] {
  return event === 'insert' ? ['new'] : event === 'delete' ? ['old'] : ['old', 'new'];
}

function keysSelect(dep: Dep, event: Event): string {
  return rowsOf(event)
    .flatMap((r) => dep.keys.map((k) => k.replaceAll('{row}', r)))
    .join(' union ');
}

function whenOf(dep: Dep, event: Event): string {
  if (!dep.when) {
    return '';
  }
  return rowsOf(event)
    .map((r) => `(${(dep.when ?? '').replaceAll('{row}', r)})`)
    .join(' or ');
}

function triggerName(dep: Dep, event: Event): string {
  return `ind_${dep.table}_${event}_${dep.source}`;
}

function eventClause(dep: Dep, event: Event): string {
  return event === 'update' && dep.columns ? `update of ${dep.columns.join(', ')}` : event;
}

async function createSqliteTriggers(db: Db): Promise<void> {
  for (const dep of DEPS) {
    for (const event of dep.events) {
      const keys = keysSelect(dep, event);
      const body = refresh(
        dep.source,
        `source_id in (${keys})`,
        (alias) => `(select null as k union ${keys}) ${alias}`,
      );
      const when = whenOf(dep, event);
      await sql
        .raw(
          `create trigger ${triggerName(dep, event)} after ${eventClause(dep, event)} on ${dep.table}
          ${when ? `when ${when}` : ''}
          begin ${body.join(';\n')}; end`,
        )
        .execute(db);
    }
  }
}

/** A dep's key SELECT over a transition table (`r`), for PostgreSQL's statement-level triggers. */
function statementKeys(dep: Dep, event: Event): string {
  const rows =
    event === 'delete'
      ? ['old_rows']
      : event === 'insert'
        ? ['new_rows']
        : ['old_rows', 'new_rows'];
  const changed = (table: string) => {
    const filters: string[] = [];
    if (dep.when) {
      filters.push(dep.when.replaceAll('{row}', 'r'));
    }
    if (event === 'update' && dep.columns) {
      // Only rows where one of the columns changed: join each row to its other version.
      const other = table === 'new_rows' ? 'old_rows' : 'new_rows';
      const differs = dep.columns.map((c) => `o.${c} is distinct from r.${c}`).join(' or ');
      filters.push(`exists (select 1 from ${other} o where o.id = r.id and (${differs}))`);
    }
    return filters.length > 0 ? ` where ${filters.join(' and ')}` : '';
  };
  return rows
    .flatMap((table) =>
      dep.keys.map((key) => {
        const simple = /^select \{row\}\.(\w+)$/.exec(key);
        if (simple) {
          return `select r.${simple[1]} from ${table} r${changed(table)}`;
        }
        return key.replace(
          /= \{row\}\.(\w+)/,
          (_m, col: string) => `in (select r.${col} from ${table} r${changed(table)})`,
        );
      }),
    )
    .join(' union ');
}

/**
 * PostgreSQL: statement-level triggers with transition tables, so a statement writing many rows
 * refreshes its sources once (a row-level refresh per row would update the same summary rows
 * again and again inside one transaction, each time walking the versions left by the others).
 * Plans are made for each call's actual keys (a cached generic plan may predate a bulk load).
 */
async function createPostgresTriggers(db: Db): Promise<void> {
  for (const source of Object.keys(SOURCES)) {
    const body = refresh(
      source,
      'source_id = any(keys)',
      (alias) => `(select distinct unnest(keys) as k) ${alias}`,
    );
    await sql
      .raw(
        `create function ind_refresh_${source}(keys text[]) returns void language plpgsql
        set plan_cache_mode = force_custom_plan as $$
        begin
          if keys is null or cardinality(keys) = 0 then return; end if;
          ${body.join(';\n')};
        end $$`,
      )
      .execute(db);
  }
  for (const dep of DEPS) {
    for (const event of dep.events) {
      const name = triggerName(dep, event);
      const tables =
        event === 'insert'
          ? 'new table as new_rows'
          : event === 'delete'
            ? 'old table as old_rows'
            : 'old table as old_rows new table as new_rows';
      await sql
        .raw(
          `create function ${name}() returns trigger language plpgsql as $$
          begin
            perform ind_refresh_${dep.source}(array(${statementKeys(dep, event)}));
            return null;
          end $$`,
        )
        .execute(db);
      await sql
        .raw(
          `create trigger ${name} after ${event} on ${dep.table}
          referencing ${tables} for each statement execute function ${name}()`,
        )
        .execute(db);
    }
  }
}

async function createTables(db: Db, pg: boolean): Promise<void> {
  const withoutRowid = pg ? '' : ' without rowid';
  await sql
    .raw(
      `create table indicator_facts (
        indicator_id text not null, month text not null, village_code text not null,
        unit_id text not null, dim_key text not null, value bigint not null,
        primary key (indicator_id, month, village_code, unit_id, dim_key))${withoutRowid}`,
    )
    .execute(db);
  await sql
    .raw(
      `create index indicator_facts_unit_idx on indicator_facts (indicator_id, unit_id, month, village_code, dim_key)`,
    )
    .execute(db);
  await sql
    .raw(
      `create table indicator_facts_county (
        indicator_id text not null, month text not null, county_code text not null,
        dim_key text not null, value bigint not null,
        primary key (indicator_id, month, county_code, dim_key))${withoutRowid}`,
    )
    .execute(db);
  await sql
    .raw(
      `create table indicator_ledger (
        source text not null, source_id text not null, indicator_id text not null,
        month text not null, village_code text not null, unit_id text not null,
        dim_key text not null, value bigint not null)`,
    )
    .execute(db);
  await sql
    .raw(`create index indicator_ledger_source_idx on indicator_ledger (source, source_id)`)
    .execute(db);
}

/** Fill the ledger and the facts from the records already there, set-based. */
async function backfill(db: Db): Promise<void> {
  for (const [source, select] of Object.entries(SOURCES)) {
    await sql
      .raw(
        `insert into indicator_ledger (${LEDGER_COLUMNS})
        select '${source}', x.source_id, x.indicator_id, x.month, x.village_code, x.unit_id, x.dim_key, x.value
        from (${select((alias) => `(select id as k from ${BASE[source] ?? source}) ${alias}`)}) x`,
      )
      .execute(db);
  }
  for (const statement of applyLedger('1 = 1', 1)) {
    await sql.raw(statement).execute(db);
  }
}

export async function up(db: Db): Promise<void> {
  const pg = isPostgres(db);
  await createTables(db, pg);
  await backfill(db);
  if (pg) {
    await createPostgresTriggers(db);
  } else {
    await createSqliteTriggers(db);
  }
}

export async function down(db: Db): Promise<void> {
  const pg = isPostgres(db);
  for (const dep of DEPS) {
    for (const event of dep.events) {
      const name = triggerName(dep, event);
      await sql.raw(`drop trigger if exists ${name}${pg ? ` on ${dep.table}` : ''}`).execute(db);
      if (pg) {
        await sql.raw(`drop function if exists ${name}()`).execute(db);
      }
    }
  }
  if (pg) {
    for (const source of Object.keys(SOURCES)) {
      await sql.raw(`drop function if exists ind_refresh_${source}(text[])`).execute(db);
    }
  }
  for (const table of ['indicator_ledger', 'indicator_facts_county', 'indicator_facts']) {
    await db.schema.dropTable(table).execute();
  }
}
