/**
 * Stories with consent. `publishableStories` is the only door through which a story may leave
 * bangfu (exports, briefs): it returns consented, not voided stories and nothing else.
 */
import type { ConsentMethod, StoryRecordKind } from '../domain/stories/enums.js';
import type { Story, StoryListQuery } from '../domain/stories/story.schema.js';
import type { Conn } from './connect.js';
import { pageOf } from './cursor.js';
import type { StoriesTable, StoryLinksTable } from './tables/industry.js';
import { beforeCursor, flag, insertRows, recordMetaOf } from './training-records.repository.js';

function selectStories(db: Conn) {
  return db
    .selectFrom('stories as s')
    .innerJoin('households as h', 'h.id', 's.household_id')
    .innerJoin('regions as r', 'r.code', 'h.village_code')
    .leftJoin('persons as p', 'p.id', 's.person_id')
    .leftJoin('persons as c', 'c.id', 's.consent_by_person_id')
    .selectAll('s')
    .select([
      'h.village_code',
      'h.head_name',
      'r.name as village_name',
      'p.name as person_name',
      'c.name as consent_by_name',
    ]);
}

type StoryRow = StoriesTable & {
  village_code: string;
  head_name: string;
  village_name: string;
  person_name: string | null;
  consent_by_name: string | null;
};

/** The links of many stories in one query. */
async function linksOf(db: Conn, ids: readonly string[]): Promise<Map<string, Story['links']>> {
  const byStory = new Map<string, Story['links']>();
  if (ids.length === 0) {
    return byStory;
  }
  const rows = await db
    .selectFrom('story_links')
    .selectAll()
    .where('story_id', 'in', ids)
    .orderBy('record_kind')
    .orderBy('record_id')
    .execute();
  for (const r of rows) {
    const link = { kind: r.record_kind as StoryRecordKind, recordId: r.record_id };
    byStory.set(r.story_id, [...(byStory.get(r.story_id) ?? []), link]);
  }
  return byStory;
}

async function toStories(db: Conn, rows: readonly StoryRow[]): Promise<Story[]> {
  const links = await linksOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    householdId: r.household_id,
    villageCode: r.village_code,
    villageName: r.village_name,
    headName: r.head_name,
    personId: r.person_id,
    personName: r.person_name,
    quote: r.quote,
    saidOn: r.said_on,
    title: r.title,
    links: links.get(r.id) ?? [],
    consent: {
      given: flag.of(r.consent_given),
      date: r.consent_date,
      method: r.consent_method as ConsentMethod | null,
      byPersonId: r.consent_by_person_id,
      byPersonName: r.consent_by_name,
    },
    publishable: flag.of(r.consent_given) && r.voided_at === null,
    ...recordMetaOf(r),
  }));
}

/** Insert stories and their links in batches. */
export async function insertStories(
  db: Conn,
  rows: readonly StoriesTable[],
  links: readonly StoryLinksTable[] = [],
): Promise<void> {
  await insertRows(db, 'stories', rows);
  await insertRows(db, 'story_links', links);
}

export async function findStory(db: Conn, id: string): Promise<Story | undefined> {
  const row = await selectStories(db).where('s.id', '=', id).executeTakeFirst();
  return row ? (await toStories(db, [row]))[0] : undefined;
}

export interface StoryScope {
  /** Only stories of households currently paired with this cadre. */
  readonly cadreId: string | null;
  /** Only stories whose family consented to publication. */
  readonly consentedOnly: boolean;
}

/** A keyset page of stories, newest first, within a scope. */
export async function listStories(
  db: Conn,
  query: StoryListQuery,
  scope: StoryScope,
): Promise<{ items: Story[]; nextCursor: string | null }> {
  let q = selectStories(db)
    .orderBy('s.said_on', 'desc')
    .orderBy('s.id', 'desc')
    .limit(query.limit + 1);
  for (const cadre of [scope.cadreId, query.cadre]) {
    if (cadre) {
      q = q.where('s.household_id', 'in', (eb) =>
        eb
          .selectFrom('pairings')
          .select('household_id')
          .where('cadre_id', '=', cadre)
          .where('end_date', 'is', null),
      );
    }
  }
  const publishable = scope.consentedOnly || query.publishable === true;
  if (publishable) {
    q = q.where('s.consent_given', '=', 1);
  }
  if (!query.includeVoided || query.publishable === true) {
    q = q.where('s.voided_at', 'is', null);
  }
  if (query.village) {
    q = q.where('h.village_code', '=', query.village);
  }
  if (query.household) {
    q = q.where('s.household_id', '=', query.household);
  }
  if (query.from) {
    q = q.where('s.said_on', '>=', query.from);
  }
  if (query.to) {
    q = q.where('s.said_on', '<=', query.to);
  }
  if (query.cursor) {
    q = q.where(beforeCursor('s.said_on', 's.id', query.cursor));
  }
  const page = pageOf(await q.execute(), query.limit, (r) => [r.said_on, r.id]);
  return { items: await toStories(db, page.items), nextCursor: page.nextCursor };
}

/** What export and brief code may ask for. */
export interface PublishableFilter {
  readonly village?: string;
  readonly from?: string;
  readonly to?: string;
  readonly household?: string;
  readonly cadre?: string;
  readonly limit?: number;
  readonly cursor?: string;
}

/**
 * The stories that may leave the system: consent given and not voided, newest first. Every
 * export, brief or report that shows a story must read it through this function.
 */
export async function publishableStories(
  db: Conn,
  filter: PublishableFilter = {},
): Promise<{ items: Story[]; nextCursor: string | null }> {
  const page = await listStories(
    db,
    { ...filter, limit: filter.limit ?? 200, publishable: true, includeVoided: false },
    { cadreId: null, consentedOnly: true },
  );
  return { items: page.items.filter((s) => s.publishable), nextCursor: page.nextCursor };
}

export async function updateStory(
  db: Conn,
  id: string,
  set: Partial<Omit<StoriesTable, 'id'>>,
): Promise<void> {
  await db.updateTable('stories').set(set).where('id', '=', id).execute();
}

/** Replace the records a story speaks of. */
export async function replaceStoryLinks(
  db: Conn,
  id: string,
  links: readonly { kind: string; recordId: string }[],
): Promise<void> {
  await db.deleteFrom('story_links').where('story_id', '=', id).execute();
  const unique = new Map(links.map((l) => [`${l.kind}:${l.recordId}`, l]));
  await insertRows(
    db,
    'story_links',
    [...unique.values()].map((l) => ({ story_id: id, record_kind: l.kind, record_id: l.recordId })),
  );
}
