/** Assistance records with one detail table per kind, donation items, the five-ones campaign. Frozen once landed. */
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

const SEED_ITEMS: readonly [string, string][] = [
  ['口罩', '个'],
  ['消毒液', '瓶'],
  ['消毒液（桶装）', '升'],
  ['免洗洗手液', '瓶'],
  ['食用油', '桶'],
  ['面粉', '袋'],
  ['大米', '袋'],
  ['衣物', '件'],
  ['学习用品', '套'],
];

async function createRecords(db: Db): Promise<void> {
  await db.schema
    .createTable('assistance')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('measure', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('beneficiary_kind', 'text', (c) => c.notNull())
    .addColumn('arranged_by_cadre_id', 'text', (c) => c.references('cadres.id'))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('voided_at', 'text')
    .addColumn('voided_by', 'text', (c) => c.references('users.id'))
    .addColumn('void_reason', 'text')
    .execute();
  for (const [name, columns] of [
    ['assistance_date_idx', ['date', 'id']],
    ['assistance_kind_idx', ['kind', 'date', 'id']],
    ['assistance_cadre_idx', ['arranged_by_cadre_id', 'date', 'id']],
  ] as const) {
    await db.schema
      .createIndex(name)
      .on('assistance')
      .columns([...columns])
      .execute();
  }

  await db.schema
    .createTable('assistance_beneficiaries')
    .addColumn('assistance_id', 'text', (c) => c.notNull().references('assistance.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('household_id', 'text', (c) => c.references('households.id'))
    .addColumn('person_id', 'text', (c) => c.references('persons.id'))
    .addColumn('village_code', 'text', (c) => c.notNull().references('villages.code'))
    .addPrimaryKeyConstraint('assistance_beneficiaries_pk', ['assistance_id', 'position'])
    .execute();
  for (const [name, column] of [
    ['assistance_beneficiaries_household_idx', 'household_id'],
    ['assistance_beneficiaries_person_idx', 'person_id'],
    ['assistance_beneficiaries_village_idx', 'village_code'],
  ] as const) {
    await db.schema
      .createIndex(name)
      .on('assistance_beneficiaries')
      .columns([column, 'assistance_id'])
      .execute();
  }
}

async function createPersonDetails(db: Db): Promise<void> {
  await db.schema
    .createTable('assistance_jobs')
    .addColumn('assistance_id', 'text', (c) => c.primaryKey().references('assistance.id'))
    .addColumn('employer', 'text', (c) => c.notNull())
    .addColumn('job_title', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text')
    .addColumn('monthly_wage_fen', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('assistance_medical')
    .addColumn('assistance_id', 'text', (c) => c.primaryKey().references('assistance.id'))
    .addColumn('medical_kind', 'text', (c) => c.notNull())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('cost_fen', 'bigint', (c) => c.notNull())
    .addColumn('paid_by', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .createTable('assistance_loans')
    .addColumn('assistance_id', 'text', (c) => c.primaryKey().references('assistance.id'))
    .addColumn('lender', 'text', (c) => c.notNull())
    .addColumn('amount_fen', 'bigint', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('term_months', 'integer', (c) => c.notNull())
    .addColumn('loan_status', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('assistance_good_deeds')
    .addColumn('assistance_id', 'text', (c) => c.primaryKey().references('assistance.id'))
    .addColumn('description', 'text', (c) => c.notNull())
    .execute();
}

async function createVillageDetails(db: Db): Promise<void> {
  await db.schema
    .createTable('assistance_health_checks')
    .addColumn('assistance_id', 'text', (c) => c.primaryKey().references('assistance.id'))
    .addColumn('provider', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .createTable('assistance_health_check_villages')
    .addColumn('assistance_id', 'text', (c) => c.notNull().references('assistance.id'))
    .addColumn('village_code', 'text', (c) => c.notNull().references('villages.code'))
    .addColumn('people_checked', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('assistance_hc_villages_pk', ['assistance_id', 'village_code'])
    .execute();
  await db.schema
    .createTable('assistance_projects')
    .addColumn('assistance_id', 'text', (c) => c.primaryKey().references('assistance.id'))
    .addColumn('village_code', 'text', (c) => c.notNull().references('villages.code'))
    .addColumn('project_name', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('project_status', 'text', (c) => c.notNull())
    .addColumn('start_date', 'text')
    .addColumn('end_date', 'text')
    .addColumn('household_count', 'integer')
    .execute();
  await db.schema
    .createTable('assistance_project_funds')
    .addColumn('assistance_id', 'text', (c) => c.notNull().references('assistance.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('amount_fen', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('assistance_project_funds_pk', ['assistance_id', 'position'])
    .execute();
}

async function createDonations(db: Db): Promise<void> {
  await db.schema
    .createTable('donation_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('item_name', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('donation_items_name_unit_uq', ['item_name', 'unit'])
    .execute();
  const at = new Date().toISOString();
  await db
    .insertInto('donation_items')
    .values(
      SEED_ITEMS.map(([itemName, unit], i) => ({
        id: `01900000-0000-7000-8000-${String(i + 1).padStart(12, '0')}`,
        item_name: itemName,
        unit,
        active: 1,
        created_at: at,
        updated_at: at,
      })),
    )
    .execute();
  await db.schema
    .createTable('assistance_donations')
    .addColumn('assistance_id', 'text', (c) => c.primaryKey().references('assistance.id'))
    .addColumn('donor', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('assistance_donation_lines')
    .addColumn('assistance_id', 'text', (c) => c.notNull().references('assistance.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('recipient_household_id', 'text', (c) => c.references('households.id'))
    .addColumn('recipient_village_code', 'text', (c) => c.notNull().references('villages.code'))
    .addColumn('item_id', 'text', (c) => c.notNull().references('donation_items.id'))
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('assistance_donation_lines_pk', ['assistance_id', 'position'])
    .execute();
  await db.schema
    .createIndex('assistance_donation_lines_item_idx')
    .on('assistance_donation_lines')
    .columns(['item_id', 'assistance_id'])
    .execute();
}

async function createCampaigns(db: Db): Promise<void> {
  await db.schema
    .createTable('campaigns')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('measure', 'text', (c) => c.notNull())
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('campaigns_start_idx')
    .on('campaigns')
    .columns(['start_date', 'id'])
    .execute();
  await db.schema
    .createTable('campaign_checklists')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id'))
    .addColumn('pairing_id', 'text', (c) => c.notNull().references('pairings.id'))
    .addColumn('cadre_id', 'text', (c) => c.notNull().references('cadres.id'))
    .addColumn('household_id', 'text', (c) => c.notNull().references('households.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('campaign_checklists_pairing_uq', ['campaign_id', 'pairing_id'])
    .execute();
  for (const [name, column] of [
    ['campaign_checklists_cadre_idx', 'cadre_id'],
    ['campaign_checklists_household_idx', 'household_id'],
  ] as const) {
    await db.schema
      .createIndex(name)
      .on('campaign_checklists')
      .columns(['campaign_id', column, 'id'])
      .execute();
  }
  await db.schema
    .createTable('campaign_items')
    .addColumn('checklist_id', 'text', (c) => c.notNull().references('campaign_checklists.id'))
    .addColumn('item', 'text', (c) => c.notNull())
    .addColumn('done', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('done_on', 'text')
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('activity_id', 'text')
    .addColumn('assistance_id', 'text', (c) => c.references('assistance.id'))
    .addColumn('updated_at', 'text')
    .addColumn('updated_by', 'text', (c) => c.references('users.id'))
    .addPrimaryKeyConstraint('campaign_items_pk', ['checklist_id', 'item'])
    .execute();
}

export async function up(db: Db): Promise<void> {
  await createRecords(db);
  await createPersonDetails(db);
  await createVillageDetails(db);
  await createDonations(db);
  await createCampaigns(db);
}
