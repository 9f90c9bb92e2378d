/** Activities of the five measures: types, participants, relative lecturers, photos. Frozen once landed. */
import type { Kysely } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Db = Kysely<any>;

/** The types the program starts with ([code, 中文, English, measure or null = any, sort]). */
const SEED_TYPES: readonly [string, string, string, string | null, number][] = [
  ['home_visit', '走访入户', 'Home visit', null, 10],
  ['micro_classroom', '微课堂', 'Micro-classroom', 'education', 20],
  ['lecture', '宣讲', 'Lecture', 'education', 30],
  ['study_session', '学习/观看', 'Study or viewing session', 'education', 40],
  ['cultural_event', '文化活动', 'Cultural event (choirs, dance)', 'education', 50],
  ['competition', '比赛', 'Competition', 'education', 60],
  ['hygiene_campaign', '爱国卫生运动', 'Patriotic hygiene campaign', 'epidemic', 70],
  ['online_lecture', '云讲堂', 'Online lecture', 'epidemic', 80],
  ['online_activity', '网上活动', 'Online activity', 'epidemic', 90],
  ['skills_training', '技能培训', 'Skills training', 'training', 100],
  ['night_school', '农牧民夜校', "Farmers' and herders' night school", 'education', 110],
  ['other', '其他', 'Other', null, 999],
];

async function createActivities(db: Db): Promise<void> {
  await db.schema
    .createTable('activities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('measure', 'text', (c) => c.notNull())
    .addColumn('type_code', 'text', (c) => c.notNull().references('activity_types.code'))
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('occurred_on', 'text', (c) => c.notNull())
    .addColumn('village_code', 'text', (c) => c.references('villages.code'))
    .addColumn('household_id', 'text', (c) => c.references('households.id'))
    .addColumn('online', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('organizer_cadre_id', 'text', (c) => c.references('cadres.id'))
    .addColumn('lecturer_person_id', 'text', (c) => c.references('persons.id'))
    .addColumn('headcount', 'integer', (c) => c.notNull())
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('voided_at', 'text')
    .addColumn('voided_by', 'text')
    .addColumn('void_reason', 'text')
    .execute();
  const indexes: [string, string[]][] = [
    ['activities_occurred_idx', ['occurred_at', 'id']],
    ['activities_village_idx', ['village_code', 'occurred_at', 'id']],
    ['activities_organizer_idx', ['organizer_cadre_id', 'occurred_at', 'id']],
    ['activities_household_idx', ['household_id', 'occurred_at', 'id']],
    ['activities_lecturer_idx', ['lecturer_person_id', 'occurred_at']],
    ['activities_type_idx', ['type_code', 'occurred_at']],
  ];
  for (const [name, columns] of indexes) {
    await db.schema.createIndex(name).on('activities').columns(columns).execute();
  }
}

async function createParticipants(db: Db): Promise<void> {
  await db.schema
    .createTable('activity_cadres')
    .addColumn('activity_id', 'text', (c) => c.notNull().references('activities.id'))
    .addColumn('cadre_id', 'text', (c) => c.notNull().references('cadres.id'))
    .addPrimaryKeyConstraint('activity_cadres_pk', ['activity_id', 'cadre_id'])
    .execute();
  await db.schema
    .createIndex('activity_cadres_cadre_idx')
    .on('activity_cadres')
    .columns(['cadre_id', 'activity_id'])
    .execute();
  await db.schema
    .createTable('activity_households')
    .addColumn('activity_id', 'text', (c) => c.notNull().references('activities.id'))
    .addColumn('household_id', 'text', (c) => c.notNull().references('households.id'))
    .addPrimaryKeyConstraint('activity_households_pk', ['activity_id', 'household_id'])
    .execute();
  await db.schema
    .createIndex('activity_households_household_idx')
    .on('activity_households')
    .columns(['household_id', 'activity_id'])
    .execute();
  await db.schema
    .createTable('activity_persons')
    .addColumn('activity_id', 'text', (c) => c.notNull().references('activities.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id'))
    .addColumn('household_id', 'text', (c) => c.notNull().references('households.id'))
    .addPrimaryKeyConstraint('activity_persons_pk', ['activity_id', 'person_id'])
    .execute();
  await db.schema
    .createIndex('activity_persons_person_idx')
    .on('activity_persons')
    .columns(['person_id', 'activity_id'])
    .execute();
  await db.schema
    .createIndex('activity_persons_household_idx')
    .on('activity_persons')
    .columns(['household_id', 'activity_id'])
    .execute();
}

async function createLecturersAndPhotos(db: Db): Promise<void> {
  await db.schema
    .createTable('activity_lecturers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().unique().references('persons.id'))
    .addColumn('household_id', 'text', (c) => c.notNull().references('households.id'))
    .addColumn('trained_on', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .execute();
  await db.schema
    .createIndex('activity_lecturers_trained_idx')
    .on('activity_lecturers')
    .columns(['trained_on', 'id'])
    .execute();
  await db.schema
    .createTable('photos')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('activity_id', 'text', (c) => c.notNull().references('activities.id'))
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('thumb_sha256', 'text', (c) => c.notNull())
    .addColumn('taken_at', 'text')
    .addColumn('caption', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('voided_at', 'text')
    .addColumn('voided_by', 'text')
    .addColumn('void_reason', 'text')
    .execute();
  await db.schema
    .createIndex('photos_activity_idx')
    .on('photos')
    .columns(['activity_id', 'id'])
    .execute();
  await db.schema.createIndex('photos_sha_idx').on('photos').column('sha256').execute();
  await db.schema.createIndex('photos_thumb_idx').on('photos').column('thumb_sha256').execute();
}

export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable('activity_types')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name_zh', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('measure', 'text')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(100))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('activity_types_sort_idx')
    .on('activity_types')
    .columns(['sort', 'code'])
    .execute();
  const at = new Date().toISOString();
  await db
    .insertInto('activity_types')
    .values(
      SEED_TYPES.map(([code, zh, en, measure, sort]) => ({
        code,
        name_zh: zh,
        name_en: en,
        measure,
        active: 1,
        sort,
        created_at: at,
        updated_at: at,
      })),
    )
    .execute();
  await createActivities(db);
  await createParticipants(db);
  await createLecturersAndPhotos(db);
}

export async function down(db: Db): Promise<void> {
  for (const table of [
    'photos',
    'activity_lecturers',
    'activity_persons',
    'activity_households',
    'activity_cadres',
    'activities',
    'activity_types',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
