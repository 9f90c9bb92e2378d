/** The study fund 爱心·梦想: students, rules, runs, grants, the append-only ledger. Frozen once landed. */
import { PostgresAdapter, sql, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

/** The one fund of the program; repeated in src/db/fund-ledger.repository.ts (migrations import no app code). */
const FUND_ID = 'aixin-mengxiang';

function isPostgres(db: Db): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

async function createStudents(db: Db): Promise<void> {
  await db.schema
    .createTable('student_enrollments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id'))
    .addColumn('household_id', 'text', (c) => c.notNull().references('households.id'))
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('school_name', 'text', (c) => c.notNull())
    .addColumn('admitted_on', 'text', (c) => c.notNull())
    .addColumn('expected_end', 'text')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('voided_at', 'text')
    .addColumn('voided_by', 'text', (c) => c.references('users.id'))
    .addColumn('void_reason', 'text')
    .execute();
  await db.schema
    .createIndex('student_enrollments_date_idx')
    .on('student_enrollments')
    .columns(['admitted_on', 'id'])
    .execute();
  await db.schema
    .createIndex('student_enrollments_household_idx')
    .on('student_enrollments')
    .columns(['household_id', 'id'])
    .execute();
  await db.schema
    .createIndex('student_enrollments_person_idx')
    .on('student_enrollments')
    .columns(['person_id', 'id'])
    .execute();
  // One current enrollment per person: a new school means correcting or ending the old one.
  await sql`create unique index student_enrollments_one_active_idx on student_enrollments (person_id)
    where active = 1 and voided_at is null`.execute(db);
}

async function createRules(db: Db): Promise<void> {
  await db.schema
    .createTable('grant_rules')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_to', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('grant_rules_valid_idx')
    .on('grant_rules')
    .columns(['valid_from', 'id'])
    .execute();
  await db.schema
    .createTable('grant_rule_amounts')
    .addColumn('rule_id', 'text', (c) => c.notNull().references('grant_rules.id'))
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('amount_fen', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('grant_rule_amounts_pk', ['rule_id', 'stage'])
    .addCheckConstraint('grant_rule_amounts_positive', sql`amount_fen > 0`)
    .execute();
}

async function createRuns(db: Db): Promise<void> {
  await db.schema
    .createTable('grant_runs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('semester', 'text', (c) => c.notNull())
    .addColumn('rule_id', 'text', (c) => c.notNull().references('grant_rules.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('total_fen', 'bigint', (c) => c.notNull())
    .addColumn('grant_count', 'integer', (c) => c.notNull())
    .addColumn('excluded_count', 'integer', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('paid_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('submitted_at', 'text')
    .addColumn('submitted_by', 'text', (c) => c.references('users.id'))
    .addColumn('decided_at', 'text')
    .addColumn('decided_by', 'text', (c) => c.references('users.id'))
    .addColumn('decision_reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint(
      'grant_runs_status',
      sql`status in ('draft', 'submitted', 'approved', 'rejected')`,
    )
    .execute();
  await db.schema
    .createIndex('grant_runs_semester_idx')
    .on('grant_runs')
    .columns(['semester', 'id'])
    .execute();
  // At most one open (draft or submitted) run per semester.
  await sql`create unique index grant_runs_one_open_idx on grant_runs (semester)
    where status in ('draft', 'submitted')`.execute(db);

  await db.schema
    .createTable('fund_grants')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('run_id', 'text', (c) => c.notNull().references('grant_runs.id'))
    .addColumn('semester', 'text', (c) => c.notNull())
    .addColumn('enrollment_id', 'text', (c) => c.notNull().references('student_enrollments.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id'))
    .addColumn('household_id', 'text', (c) => c.notNull().references('households.id'))
    .addColumn('village_code', 'text', (c) => c.notNull())
    .addColumn('person_name', 'text', (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('school_name', 'text', (c) => c.notNull())
    .addColumn('admitted_on', 'text', (c) => c.notNull())
    .addColumn('amount_fen', 'bigint', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('exclusion', 'text')
    .addColumn('paid_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('fund_grants_amount', sql`amount_fen >= 0`)
    .execute();
  await db.schema
    .createIndex('fund_grants_run_idx')
    .on('fund_grants')
    .columns(['run_id', 'id'])
    .execute();
  await db.schema
    .createIndex('fund_grants_person_idx')
    .on('fund_grants')
    .columns(['person_id', 'semester'])
    .execute();
  await db.schema
    .createIndex('fund_grants_household_idx')
    .on('fund_grants')
    .columns(['household_id', 'id'])
    .execute();
  // A student is paid at most once per semester (a reversed payment no longer counts).
  await sql`create unique index fund_grants_paid_once_idx on fund_grants (person_id, semester)
    where status = 'paid'`.execute(db);
}

async function createLedger(db: Db): Promise<void> {
  await db.schema
    .createTable('funds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('balance_fen', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('funds_balance_not_negative', sql`balance_fen >= 0`)
    .execute();
  await db
    .insertInto('funds')
    .values({
      id: FUND_ID,
      name: '爱心·梦想',
      balance_fen: 0,
      updated_at: new Date().toISOString(),
    })
    .execute();

  await db.schema
    .createTable('fund_ledger')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('fund_id', 'text', (c) => c.notNull().references('funds.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('amount_fen', 'bigint', (c) => c.notNull())
    .addColumn('effect_fen', 'bigint', (c) => c.notNull())
    .addColumn('entry_date', 'text', (c) => c.notNull())
    .addColumn('donor_name', 'text')
    .addColumn('donor_kind', 'text')
    .addColumn('grant_id', 'text', (c) => c.references('fund_grants.id'))
    .addColumn('reverses_id', 'text', (c) => c.references('fund_ledger.id'))
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addCheckConstraint('fund_ledger_amount_positive', sql`amount_fen > 0`)
    .addCheckConstraint(
      'fund_ledger_kind_effect',
      sql`(kind = 'donation_in' and effect_fen = amount_fen and grant_id is null and reverses_id is null)
        or (kind = 'payment_out' and effect_fen = -amount_fen and grant_id is not null and reverses_id is null)
        or (kind = 'reversal' and (effect_fen = amount_fen or effect_fen = -amount_fen) and reverses_id is not null)`,
    )
    .execute();
  await db.schema
    .createIndex('fund_ledger_date_idx')
    .on('fund_ledger')
    .columns(['entry_date', 'id'])
    .execute();
  await db.schema
    .createIndex('fund_ledger_grant_idx')
    .on('fund_ledger')
    .column('grant_id')
    .execute();
  // An entry is reversed at most once.
  await sql`create unique index fund_ledger_reversed_once_idx on fund_ledger (reverses_id)
    where reverses_id is not null`.execute(db);
}

/** Every insert moves the balance (the CHECK on funds refuses a negative one); no update, no delete. */
async function createLedgerTriggers(db: Db): Promise<void> {
  if (isPostgres(db)) {
    await sql`create function fund_ledger_apply() returns trigger language plpgsql as $$
      begin
        update funds set balance_fen = balance_fen + new.effect_fen, updated_at = new.created_at
          where id = new.fund_id;
        return null;
      end $$`.execute(db);
    await sql`create trigger fund_ledger_apply after insert on fund_ledger
      for each row execute function fund_ledger_apply()`.execute(db);
    await sql`create function fund_ledger_append_only() returns trigger language plpgsql as $$
      begin raise exception 'fund_ledger is append-only'; end $$`.execute(db);
    await sql`create trigger fund_ledger_no_change before update or delete on fund_ledger
      for each row execute function fund_ledger_append_only()`.execute(db);
    return;
  }
  await sql`create trigger fund_ledger_apply after insert on fund_ledger
    begin
      update funds set balance_fen = balance_fen + new.effect_fen, updated_at = new.created_at
        where id = new.fund_id;
    end`.execute(db);
  await sql`create trigger fund_ledger_no_update before update on fund_ledger
    begin select raise(abort, 'fund_ledger is append-only'); end`.execute(db);
  await sql`create trigger fund_ledger_no_delete before delete on fund_ledger
    begin select raise(abort, 'fund_ledger is append-only'); end`.execute(db);
}

export async function up(db: Db): Promise<void> {
  await createStudents(db);
  await createRules(db);
  await createRuns(db);
  await createLedger(db);
  await createLedgerTriggers(db);
}

export async function down(): Promise<void> {
  throw new Error('The fund migration cannot be undone: the ledger is append-only.');
}
