/**
 * Stories with consent. Without consent a story never leaves bangfu: only roles that may edit
 * stories (a cadre: for their own households) see it; everyone else sees consented stories only.
 */
import { invalid, notFound } from '../../domain/errors.js';
import { can, isPairingScoped, type Actor } from '../../domain/roles.js';
import { today } from '../../domain/common.schema.js';
import type {
  ConsentInput,
  Story,
  StoryCreate,
  StoryListQuery,
  StoryPatch,
} from '../../domain/stories/story.schema.js';
import { appendAudit } from '../../db/audit.repository.js';
import type { Conn, Db } from '../../db/connect.js';
import { newId, nowIso } from '../../db/ids.js';
import {
  findStory,
  insertStories,
  listStories,
  replaceStoryLinks,
  updateStory,
  type StoryScope,
} from '../../db/story.repository.js';
import { newRecordColumns } from '../../db/training-records.repository.js';
import { assertCan, listScope, visibleHousehold } from '../registry/scope.js';
import { assertNotVoided, givenFields, voidAudited } from '../training/records.js';
import { linkProblems, memberProblems } from './story-rules.js';

function storyScope(actor: Actor): StoryScope {
  return { cadreId: listScope(actor).cadreId, consentedOnly: !can(actor.role, 'story.write') };
}

/** A story the actor may see. @throws AppError not_found (also out of scope or not consented) */
export async function visibleStory(db: Conn, actor: Actor, id: string): Promise<Story> {
  assertCan(actor, 'measures.read');
  const story = await findStory(db, id);
  if (!story || (storyScope(actor).consentedOnly && !story.consent.given)) {
    throw notFound('story');
  }
  if (isPairingScoped(actor.role)) {
    await visibleHousehold(db, actor, story.householdId);
  }
  return story;
}

function consentColumns(consent: ConsentInput | undefined) {
  if (!consent?.given) {
    return {
      consent_given: 0,
      consent_date: consent ? (consent.date ?? today()) : null,
      consent_method: null,
      consent_by_person_id: null,
    };
  }
  return {
    consent_given: 1,
    consent_date: consent.date ?? today(),
    consent_method: consent.method ?? 'other',
    consent_by_person_id: consent.byPersonId ?? null,
  };
}

async function assertPeopleAndLinks(
  db: Conn,
  householdId: string,
  s: { personId?: string | null; byPersonId?: string; links?: StoryCreate['links'] },
  consentPath?: string,
): Promise<void> {
  const problems = [
    ...(await memberProblems(db, householdId, s, consentPath)),
    ...(await linkProblems(db, householdId, s.links ?? [])),
  ];
  if (problems.length > 0) {
    throw invalid(problems);
  }
}

/** Record a story. @throws AppError forbidden | not_found (household) | validation */
export async function createStory(db: Db, actor: Actor, input: StoryCreate): Promise<Story> {
  assertCan(actor, 'story.write');
  return db.transaction().execute(async (tx) => {
    await visibleHousehold(tx, actor, input.householdId);
    const byPersonId = input.consent?.byPersonId;
    await assertPeopleAndLinks(tx, input.householdId, {
      personId: input.personId,
      links: input.links,
      ...(byPersonId ? { byPersonId } : {}),
    });
    const id = newId();
    await insertStories(
      tx,
      [
        {
          id,
          household_id: input.householdId,
          person_id: input.personId,
          quote: input.quote,
          said_on: input.saidOn,
          title: input.title,
          ...consentColumns(input.consent),
          ...newRecordColumns(actor.userId, nowIso()),
        },
      ],
      [...new Map(input.links.map((l) => [`${l.kind}:${l.recordId}`, l])).values()].map((l) => ({
        story_id: id,
        record_kind: l.kind,
        record_id: l.recordId,
      })),
    );
    const after = await visibleStory(tx, actor, id);
    await appendAudit(tx, [{ actor, action: 'create', entity: 'story', entityId: id, after }]);
    return after;
  });
}

export async function listStoriesFor(db: Db, actor: Actor, query: StoryListQuery) {
  assertCan(actor, 'measures.read');
  return listStories(db, query, storyScope(actor));
}

/** Correct the quote, date, person or links. @throws AppError */
export async function correctStory(db: Db, actor: Actor, id: string, patch: StoryPatch) {
  assertCan(actor, 'story.write');
  return db.transaction().execute(async (tx) => {
    const before = await visibleStory(tx, actor, id);
    assertNotVoided(before);
    const { links, ...fields } = givenFields(patch);
    await assertPeopleAndLinks(tx, before.householdId, { personId: fields.personId, links });
    await updateStory(tx, id, {
      ...(fields.personId !== undefined ? { person_id: fields.personId } : {}),
      ...(fields.quote !== undefined ? { quote: fields.quote } : {}),
      ...(fields.saidOn !== undefined ? { said_on: fields.saidOn } : {}),
      ...(fields.title !== undefined ? { title: fields.title } : {}),
      updated_at: nowIso(),
    });
    if (links) {
      await replaceStoryLinks(tx, id, links);
    }
    const after = await visibleStory(tx, actor, id);
    await appendAudit(tx, [
      { actor, action: 'update', entity: 'story', entityId: id, before, after },
    ]);
    return after;
  });
}

/** Give or withdraw consent to publish; both are audited with before and after. @throws AppError */
export async function setConsent(db: Db, actor: Actor, id: string, consent: ConsentInput) {
  assertCan(actor, 'story.write');
  return db.transaction().execute(async (tx) => {
    const before = await visibleStory(tx, actor, id);
    assertNotVoided(before);
    if (consent.byPersonId) {
      await assertPeopleAndLinks(tx, before.householdId, { byPersonId: consent.byPersonId }, '');
    }
    await updateStory(tx, id, { ...consentColumns(consent), updated_at: nowIso() });
    const after = await visibleStory(tx, actor, id);
    await appendAudit(tx, [
      {
        actor,
        action: 'update',
        entity: 'story',
        entityId: id,
        before: { consent: before.consent },
        after: { consent: after.consent, change: consent.given ? 'given' : 'withdrawn' },
      },
    ]);
    return after;
  });
}

export async function voidStory(db: Db, actor: Actor, id: string, reason: string) {
  assertCan(actor, 'story.write');
  return db.transaction().execute(async (tx) =>
    voidAudited(tx, {
      actor,
      table: 'stories',
      entity: 'story',
      before: await visibleStory(tx, actor, id),
      id,
      reason,
      at: nowIso(),
      reload: () => visibleStory(tx, actor, id),
    }),
  );
}
