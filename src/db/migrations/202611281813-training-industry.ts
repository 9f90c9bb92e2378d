/** Training (courses, enrollments, credentials, follow-ups), industry and stories. Frozen once landed. */
import { sql, type CreateTableBuilder, type Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Table = CreateTableBuilder<any, any>;

/** The columns every record of the five measures carries. */
function recordColumns(t: Table): Table {
  return t
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('voided_at', 'text')
    .addColumn('voided_by', 'text')
    .addColumn('void_reason', 'text');
}

async function index(db: Db, name: string, table: string, columns: string[]): Promise<void> {
  await db.schema.createIndex(name).on(table).columns(columns).execute();
}

/** A unique index over the records that are not voided. */
async function uniqueLive(db: Db, name: string, table: string, columns: string[]): Promise<void> {
  await db.schema
    .createIndex(name)
    .on(table)
    .columns(columns)
    .unique()
    .where(sql.ref('voided_at'), 'is', null)
    .execute();
}

async function training(db: Db): Promise<void> {
  await recordColumns(
    db.schema
      .createTable('training_courses')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('skill', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('trainer_name', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('trainer_user_id', 'text', (c) => c.references('users.id'))
      .addColumn('place_kind', 'text', (c) => c.notNull())
      .addColumn('place_code', 'text', (c) => c.references('villages.code'))
      .addColumn('place_text', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('start_date', 'text', (c) => c.notNull())
      .addColumn('end_date', 'text', (c) => c.notNull())
      .addColumn('capacity', 'integer', (c) => c.notNull())
      .addColumn('enrolled_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('note', 'text', (c) => c.notNull().defaultTo('')),
  ).execute();
  await index(db, 'training_courses_date_idx', 'training_courses', ['start_date', 'id']);
  await index(db, 'training_courses_place_idx', 'training_courses', [
    'place_code',
    'start_date',
    'id',
  ]);
  await index(db, 'training_courses_skill_idx', 'training_courses', ['skill', 'start_date', 'id']);

  await recordColumns(
    db.schema
      .createTable('training_enrollments')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('course_id', 'text', (c) => c.notNull().references('training_courses.id'))
      .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id'))
      .addColumn('household_id', 'text', (c) => c.notNull().references('households.id'))
      .addColumn('enrolled_on', 'text', (c) => c.notNull())
      .addColumn('sessions_attended', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('sessions_total', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('completed', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('completed_on', 'text')
      .addColumn('outstanding', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('recommended_to', 'text')
      .addColumn('recommended_on', 'text')
      .addColumn('hire_outcome', 'text')
      .addColumn('note', 'text', (c) => c.notNull().defaultTo('')),
  ).execute();
  await uniqueLive(db, 'training_enrollments_once_idx', 'training_enrollments', [
    'course_id',
    'person_id',
  ]);
  await index(db, 'training_enrollments_date_idx', 'training_enrollments', ['enrolled_on', 'id']);
  await index(db, 'training_enrollments_course_idx', 'training_enrollments', [
    'course_id',
    'enrolled_on',
    'id',
  ]);
  await index(db, 'training_enrollments_household_idx', 'training_enrollments', [
    'household_id',
    'enrolled_on',
  ]);
  await index(db, 'training_enrollments_person_idx', 'training_enrollments', ['person_id']);

  await db.schema
    .createTable('training_credentials')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('enrollment_id', 'text', (c) => c.notNull().references('training_enrollments.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('issued_on', 'text', (c) => c.notNull())
    .addColumn('issuer', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await index(db, 'training_credentials_enrollment_idx', 'training_credentials', ['enrollment_id']);

  await recordColumns(
    db.schema
      .createTable('training_follow_ups')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('enrollment_id', 'text', (c) => c.notNull().references('training_enrollments.id'))
      .addColumn('month', 'integer', (c) => c.notNull())
      .addColumn('followed_up_on', 'text', (c) => c.notNull())
      .addColumn('employed', 'integer', (c) => c.notNull())
      .addColumn('workplace', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('monthly_wage_fen', 'bigint')
      .addColumn('business_opened', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('business_description', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('income_before_fen', 'bigint')
      .addColumn('income_after_fen', 'bigint')
      .addColumn('note', 'text', (c) => c.notNull().defaultTo('')),
  ).execute();
  await db.schema
    .createIndex('training_follow_ups_once_idx')
    .on('training_follow_ups')
    .columns(['enrollment_id', 'month'])
    .unique()
    .execute();
  await index(db, 'training_follow_ups_date_idx', 'training_follow_ups', ['followed_up_on', 'id']);
}

async function products(db: Db): Promise<void> {
  await recordColumns(
    db.schema
      .createTable('products')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('category', 'text', (c) => c.notNull())
      .addColumn('unit', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull().defaultTo('')),
  ).execute();

  await recordColumns(
    db.schema
      .createTable('cooperatives')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('village_code', 'text', (c) => c.notNull().references('villages.code'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('founded_on', 'text', (c) => c.notNull())
      .addColumn('business', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('note', 'text', (c) => c.notNull().defaultTo('')),
  ).execute();
  await index(db, 'cooperatives_date_idx', 'cooperatives', ['founded_on', 'id']);
  await index(db, 'cooperatives_village_idx', 'cooperatives', ['village_code', 'founded_on', 'id']);

  await db.schema
    .createTable('cooperative_members')
    .addColumn('cooperative_id', 'text', (c) => c.notNull().references('cooperatives.id'))
    .addColumn('household_id', 'text', (c) => c.notNull().references('households.id'))
    .addPrimaryKeyConstraint('cooperative_members_pk', ['cooperative_id', 'household_id'])
    .execute();
  await index(db, 'cooperative_members_household_idx', 'cooperative_members', ['household_id']);

  await db.schema
    .createTable('cooperative_products')
    .addColumn('cooperative_id', 'text', (c) => c.notNull().references('cooperatives.id'))
    .addColumn('product_id', 'text', (c) => c.notNull().references('products.id'))
    .addPrimaryKeyConstraint('cooperative_products_pk', ['cooperative_id', 'product_id'])
    .execute();
  await index(db, 'cooperative_products_product_idx', 'cooperative_products', ['product_id']);

  await recordColumns(
    db.schema
      .createTable('certifications')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('product_id', 'text', (c) => c.notNull().references('products.id'))
      .addColumn('cooperative_id', 'text', (c) => c.references('cooperatives.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('number', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('issuer', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('valid_from', 'text', (c) => c.notNull())
      .addColumn('valid_to', 'text')
      .addColumn('note', 'text', (c) => c.notNull().defaultTo('')),
  ).execute();
  await index(db, 'certifications_date_idx', 'certifications', ['valid_from', 'id']);
  await index(db, 'certifications_product_idx', 'certifications', ['product_id', 'valid_from']);
}

async function villageEconomy(db: Db): Promise<void> {
  await recordColumns(
    db.schema
      .createTable('sales')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('product_id', 'text', (c) => c.notNull().references('products.id'))
      .addColumn('cooperative_id', 'text', (c) => c.references('cooperatives.id'))
      .addColumn('village_code', 'text', (c) => c.references('villages.code'))
      .addColumn('sale_date', 'text', (c) => c.notNull())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('buyer_region', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('buyer_region_code', 'text')
      .addColumn('quantity', 'double precision', (c) => c.notNull())
      .addColumn('unit', 'text', (c) => c.notNull())
      .addColumn('revenue_fen', 'bigint', (c) => c.notNull())
      .addColumn('note', 'text', (c) => c.notNull().defaultTo('')),
  ).execute();
  await index(db, 'sales_date_idx', 'sales', ['sale_date', 'id']);
  await index(db, 'sales_village_idx', 'sales', ['village_code', 'sale_date', 'id']);
  await index(db, 'sales_cooperative_idx', 'sales', ['cooperative_id', 'sale_date', 'id']);
  await index(db, 'sales_product_idx', 'sales', ['product_id', 'sale_date', 'id']);
  await index(db, 'sales_channel_idx', 'sales', ['channel', 'sale_date', 'id']);

  await recordColumns(
    db.schema
      .createTable('tourism_projects')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('village_code', 'text', (c) => c.notNull().references('villages.code'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('opened_on', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull().defaultTo('')),
  ).execute();
  await index(db, 'tourism_projects_date_idx', 'tourism_projects', ['opened_on', 'id']);
  await index(db, 'tourism_projects_village_idx', 'tourism_projects', ['village_code', 'id']);

  await db.schema
    .createTable('tourism_years')
    .addColumn('project_id', 'text', (c) => c.notNull().references('tourism_projects.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('visitors', 'integer')
    .addColumn('revenue_fen', 'bigint')
    .addPrimaryKeyConstraint('tourism_years_pk', ['project_id', 'year'])
    .execute();

  await recordColumns(
    db.schema
      .createTable('collective_incomes')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('village_code', 'text', (c) => c.notNull().references('villages.code'))
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('amount_fen', 'bigint', (c) => c.notNull())
      .addColumn('note', 'text', (c) => c.notNull().defaultTo('')),
  ).execute();
  await uniqueLive(db, 'collective_incomes_once_idx', 'collective_incomes', [
    'village_code',
    'year',
  ]);
  await index(db, 'collective_incomes_year_idx', 'collective_incomes', ['year', 'id']);
}

async function stories(db: Db): Promise<void> {
  await recordColumns(
    db.schema
      .createTable('stories')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('household_id', 'text', (c) => c.notNull().references('households.id'))
      .addColumn('person_id', 'text', (c) => c.references('persons.id'))
      .addColumn('quote', 'text', (c) => c.notNull())
      .addColumn('said_on', 'text', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('consent_given', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('consent_date', 'text')
      .addColumn('consent_method', 'text')
      .addColumn('consent_by_person_id', 'text', (c) => c.references('persons.id')),
  ).execute();
  await index(db, 'stories_date_idx', 'stories', ['said_on', 'id']);
  await index(db, 'stories_household_idx', 'stories', ['household_id', 'said_on']);
  await index(db, 'stories_consent_idx', 'stories', ['consent_given', 'said_on', 'id']);

  await db.schema
    .createTable('story_links')
    .addColumn('story_id', 'text', (c) => c.notNull().references('stories.id'))
    .addColumn('record_kind', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('story_links_pk', ['story_id', 'record_kind', 'record_id'])
    .execute();
  await index(db, 'story_links_record_idx', 'story_links', ['record_kind', 'record_id']);
}

export async function up(db: Db): Promise<void> {
  await training(db);
  await products(db);
  await villageEconomy(db);
  await stories(db);
}

export async function down(): Promise<void> {
  throw new Error('The training and industry migration cannot be undone.');
}
