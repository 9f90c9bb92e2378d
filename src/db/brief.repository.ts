/**
 * What a brief shows besides figures: activity photos and consented quotes in the period and
 * scope, and the names of the region and unit. Stories are read only through
 * `publishableStories`, the one door for stories leaving bangfu.
 */
import type { BriefPhotoSource, BriefStorySource } from '../domain/reports/brief.compose.js';
import { BRIEF_LIMITS, type BriefQuery } from '../domain/reports/brief.schema.js';
import { storyMeasure } from '../domain/reports/story-measure.js';
import { regionRange } from '../domain/indicators/period.js';
import type { Measure } from '../domain/measures.js';
import type { Story } from '../domain/stories/story.schema.js';
import { sql } from 'kysely';
import type { Conn } from './connect.js';
import { filtered } from './activity-list.repository.js';
import { dayEndUtc, dayStartUtc } from '../domain/activities/activity.rules.js';
import { findRegion } from './region.repository.js';
import { findUnit } from './org.repository.js';
import { publishableStories } from './story.repository.js';

/** The scope of a brief: its query and the cadre whose households bound a cadre's brief. */
export interface BriefScope {
  readonly query: BriefQuery;
  readonly cadreId: string | null;
}

/** Stories read per page while looking for quotes in a region. */
const STORY_PAGE = 200;
const STORY_PAGES = 5;

/** The camera's date when it reads as one, else the activity's date. */
function photoDate(takenAt: string | null, occurredOn: string): string {
  return takenAt && /^\d{4}-\d{2}-\d{2}/.test(takenAt) ? takenAt.slice(0, 10) : occurredOn;
}

/**
 * Photos of activities in the period and scope: the latest uploads (ids are UUIDv7), shown by the
 * activity's date. The photos drive the query (CROSS JOIN keeps that order on SQLite; PostgreSQL
 * plans it as an inner join), so a year of millions of activities with few photos is not scanned
 * activity by activity.
 */
export async function briefPhotos(db: Conn, scope: BriefScope): Promise<BriefPhotoSource[]> {
  const { query, cadreId } = scope;
  let q = db
    .selectFrom('photos as p')
    .crossJoin('activities as a')
    .whereRef('a.id', '=', 'p.activity_id')
    .where('p.voided_at', 'is', null)
    .where('a.voided_at', 'is', null)
    .where('a.occurred_at', '>=', dayStartUtc(query.from))
    .where('a.occurred_at', '<', dayEndUtc(query.to));
  if (query.region) {
    const range = regionRange(query.region);
    q = q.where('a.village_code', '>=', range.low).where('a.village_code', '<=', range.high);
  }
  if (query.unit) {
    const unit = query.unit;
    q = q.where('a.organizer_cadre_id', 'in', (eb) =>
      eb.selectFrom('cadres').select('cadres.id').where('cadres.unit_id', '=', unit),
    );
  }
  if (cadreId) {
    // What a cadre may see of activities, as their activity list decides it.
    const visible = filtered(db, {}, { cadreId })
      .select('activities.id')
      .where('activities.id', '=', sql.ref<string>('a.id'));
    q = q.where((eb) => eb.exists(visible));
  }
  const rows = await q
    .select(['p.id as photo_id', 'p.sha256', 'p.mime', 'p.taken_at', 'p.caption'])
    .select(['a.id as activity_id', 'a.occurred_on', 'a.topic', 'a.measure'])
    .orderBy('p.id', 'desc')
    .limit(BRIEF_LIMITS.photos)
    .execute();
  const byDate = [...rows].sort((x, y) => y.occurred_on.localeCompare(x.occurred_on));
  return byDate.map((r) => ({
    photoId: r.photo_id,
    activityId: r.activity_id,
    sha256: r.sha256,
    mime: r.mime,
    date: photoDate(r.taken_at, r.occurred_on),
    text: r.caption.trim() || r.topic,
    measure: r.measure as Measure,
  }));
}

/** Households among `ids` currently paired with a cadre of the unit. */
async function pairedInUnit(db: Conn, ids: readonly string[], unit: string): Promise<Set<string>> {
  if (ids.length === 0) {
    return new Set();
  }
  const rows = await db
    .selectFrom('pairings')
    .innerJoin('cadres', 'cadres.id', 'pairings.cadre_id')
    .select('pairings.household_id')
    .where('cadres.unit_id', '=', unit)
    .where('pairings.end_date', 'is', null)
    .where('pairings.household_id', 'in', [...new Set(ids)])
    .execute();
  return new Set(rows.map((r) => r.household_id));
}

/** Consented stories said in the period within the region (and the cadre's households). */
async function storiesInScope(db: Conn, scope: BriefScope): Promise<Story[]> {
  const { query } = scope;
  const prefix = query.region ? regionRange(query.region).prefix : '';
  const wanted = BRIEF_LIMITS.quotesPerSection * 5 + BRIEF_LIMITS.quotesGeneral;
  const found: Story[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < STORY_PAGES && found.length < wanted; page += 1) {
    const result = await publishableStories(db, {
      from: query.from,
      to: query.to,
      limit: STORY_PAGE,
      ...(scope.cadreId ? { cadre: scope.cadreId } : {}),
      ...(cursor ? { cursor } : {}),
    });
    found.push(...result.items.filter((s) => s.villageCode.startsWith(prefix)));
    if (!result.nextCursor) {
      break;
    }
    cursor = result.nextCursor;
  }
  if (!query.unit) {
    return found;
  }
  const inUnit = await pairedInUnit(
    db,
    found.map((s) => s.householdId),
    query.unit,
  );
  return found.filter((s) => inUnit.has(s.householdId));
}

/** The measures of the activities stories link to, in one query. */
async function activityMeasures(
  db: Conn,
  stories: readonly Story[],
): Promise<Map<string, Measure>> {
  const ids = stories.flatMap((s) =>
    s.links.filter((l) => l.kind === 'activity').map((l) => l.recordId),
  );
  if (ids.length === 0) {
    return new Map();
  }
  const rows = await db
    .selectFrom('activities')
    .select(['id', 'measure'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.measure as Measure]));
}

/** Consented quotes in scope, newest first, each with the measure of what it speaks of. */
export async function briefStories(db: Conn, scope: BriefScope): Promise<BriefStorySource[]> {
  const stories = await storiesInScope(db, scope);
  const measures = await activityMeasures(db, stories);
  return stories
    .filter((s) => s.publishable && s.consent.given)
    .map((s) => ({
      storyId: s.id,
      quote: s.quote,
      speaker: s.personName ?? s.headName,
      villageName: s.villageName,
      saidOn: s.saidOn,
      measure: storyMeasure(s.links, (id) => measures.get(id)),
    }));
}

/** The names of the region and unit a brief is about (null when not given or unknown). */
export async function briefScopeNames(
  db: Conn,
  query: BriefQuery,
): Promise<{ regionName: string | null; unitName: string | null }> {
  const region = query.region ? await findRegion(db, query.region) : undefined;
  const unit = query.unit ? await findUnit(db, query.unit) : undefined;
  return { regionName: region?.name ?? null, unitName: unit?.name ?? null };
}
