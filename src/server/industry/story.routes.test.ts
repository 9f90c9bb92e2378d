import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishableStories } from '../../db/story.repository.js';
import {
  buildCadre,
  buildHousehold,
  buildPairing,
  buildUser,
  buildVillage,
} from '../../../test/helpers/builders.js';
import { as, buildTestApp, signIn } from '../../../test/helpers/app.js';
import { dialects, openTestDb, type TestDb } from '../../../test/helpers/db.js';
import { buildStory } from '../../../test/helpers/industry-builders.js';
import {
  buildCourse,
  buildEnrollment,
  firstMemberOf,
} from '../../../test/helpers/training-builders.js';

interface StoryBody {
  id: string;
  quote: string;
  publishable: boolean;
  consent: { given: boolean; byPersonName: string | null };
}
interface ErrorBody {
  error: { code: string; fields: { path: string; message: string }[] };
}
type Client = ReturnType<typeof as>;

async function idsOf(client: Client, url: string): Promise<string[]> {
  const res = await client('GET', url);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ items: StoryBody[] }>().items.map((s) => s.id);
}

describe.each(dialects)('stories with consent over HTTP on %s', (dialect) => {
  let t: TestDb;
  let app: FastifyInstance;
  let coordinator: Client;
  let leader: Client;

  beforeAll(async () => {
    t = await openTestDb(dialect);
    app = await buildTestApp(t);
    await buildVillage(t.db);
    coordinator = as(app, await signIn(app, await buildUser(t.db, 'coordinator')));
    leader = as(app, await signIn(app, await buildUser(t.db, 'leader')));
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('never lets a story without consent out: not publishable, not for a leader', async () => {
    const household = await buildHousehold(t.db);
    const head = await firstMemberOf(t.db, household);
    const res = await coordinator('POST', '/api/v1/stories', {
      householdId: household,
      personId: head,
      quote: '有了合作社，我家的牛从2头变成了8头。',
      saidOn: '2026-02-10',
    });
    expect(res.statusCode, res.body).toBe(201);
    const story = res.json<StoryBody>();
    expect(story.publishable).toBe(false);
    expect(await idsOf(coordinator, '/api/v1/stories?limit=200')).toContain(story.id);
    expect(await idsOf(coordinator, '/api/v1/stories?publishable=true&limit=200')).not.toContain(
      story.id,
    );
    expect(await idsOf(leader, '/api/v1/stories?limit=200')).not.toContain(story.id);
    expect(await idsOf(leader, '/api/v1/stories?limit=200&includeVoided=true')).not.toContain(
      story.id,
    );
    expect((await leader('GET', `/api/v1/stories/${story.id}`)).statusCode).toBe(404);
    expect((await publishableStories(t.db)).items.map((s) => s.id)).not.toContain(story.id);
  });

  it('publishes a story once consent is given and hides it again when consent is withdrawn', async () => {
    const household = await buildHousehold(t.db);
    const head = await firstMemberOf(t.db, household);
    const story = await buildStory(t.db, household, { personId: head });
    const given = await coordinator('PATCH', `/api/v1/stories/${story.id}/consent`, {
      given: true,
      date: '2026-02-11',
      method: 'written',
      byPersonId: head,
    });
    expect(given.statusCode, given.body).toBe(200);
    expect(given.json<StoryBody>()).toMatchObject({ publishable: true, consent: { given: true } });
    expect(await idsOf(leader, '/api/v1/stories?limit=200')).toContain(story.id);
    expect(await idsOf(leader, '/api/v1/stories?publishable=true&limit=200')).toContain(story.id);
    expect((await publishableStories(t.db, { household })).items.map((s) => s.id)).toEqual([
      story.id,
    ]);

    const withdrawn = await coordinator('PATCH', `/api/v1/stories/${story.id}/consent`, {
      given: false,
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(await idsOf(leader, '/api/v1/stories?limit=200')).not.toContain(story.id);
    expect(await idsOf(coordinator, '/api/v1/stories?publishable=true&limit=200')).not.toContain(
      story.id,
    );
    expect((await publishableStories(t.db, { household })).items).toEqual([]);
    const audit = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'story')
      .where('entity_id', '=', story.id)
      .where('action', '=', 'update')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.before ?? '{}')).toMatchObject({ consent: { given: true } });
    expect(JSON.parse(audit.after ?? '{}')).toMatchObject({
      consent: { given: false },
      change: 'withdrawn',
    });
  });

  it('needs how and by whom consent was given, and that person to be of the household', async () => {
    const household = await buildHousehold(t.db);
    const stranger = await firstMemberOf(t.db, await buildHousehold(t.db));
    const story = await buildStory(t.db, household);
    const missing = await coordinator('PATCH', `/api/v1/stories/${story.id}/consent`, {
      given: true,
    });
    expect(missing.statusCode).toBe(422);
    expect(missing.json<ErrorBody>().error.fields.map((f) => f.path)).toEqual([
      'date',
      'method',
      'byPersonId',
    ]);
    const outsider = await coordinator('PATCH', `/api/v1/stories/${story.id}/consent`, {
      given: true,
      date: '2026-02-11',
      method: 'verbal_recorded',
      byPersonId: stranger,
    });
    expect(outsider.statusCode).toBe(422);
    expect(outsider.json<ErrorBody>().error.fields[0]?.path).toBe('byPersonId');
  });

  it('lets a cadre tell stories of their own households only, and shows them theirs unconsented', async () => {
    const cadreId = await buildCadre(t.db);
    const mine = await buildHousehold(t.db);
    const other = await buildHousehold(t.db);
    await buildPairing(t.db, cadreId, mine);
    const cadre = as(app, await signIn(app, await buildUser(t.db, 'cadre', { cadreId })));
    const own = await cadre('POST', '/api/v1/stories', {
      householdId: mine,
      quote: '干部像亲人一样。',
      saidOn: '2026-03-01',
    });
    expect(own.statusCode, own.body).toBe(201);
    const elsewhere = await cadre('POST', '/api/v1/stories', {
      householdId: other,
      quote: '谢谢。',
      saidOn: '2026-03-01',
    });
    expect(elsewhere.statusCode).toBe(404);
    const othersStory = await buildStory(t.db, other, {
      consent: {
        given: true,
        date: '2026-03-02',
        method: 'written',
        byPersonId: await firstMemberOf(t.db, other),
      },
    });
    expect(await idsOf(cadre, '/api/v1/stories?limit=200')).toEqual([own.json<StoryBody>().id]);
    expect((await cadre('GET', `/api/v1/stories/${othersStory.id}`)).statusCode).toBe(404);
    const trainer = as(app, await signIn(app, await buildUser(t.db, 'trainer')));
    expect(await idsOf(trainer, '/api/v1/stories?limit=200')).toContain(othersStory.id);
    expect(await idsOf(trainer, '/api/v1/stories?limit=200')).not.toContain(
      own.json<StoryBody>().id,
    );
    const denied = await trainer('POST', '/api/v1/stories', {
      householdId: mine,
      quote: 'x',
      saidOn: '2026-03-01',
    });
    expect(denied.statusCode).toBe(403);
  });

  it("links a story to a trainee's enrollment of the same household only", async () => {
    const household = await buildHousehold(t.db);
    const other = await buildHousehold(t.db);
    const course = await buildCourse(t.db);
    const own = await buildEnrollment(t.db, course.id, await firstMemberOf(t.db, household));
    const foreign = await buildEnrollment(t.db, course.id, await firstMemberOf(t.db, other));
    const bad = await coordinator('POST', '/api/v1/stories', {
      householdId: household,
      quote: '学了厨师，开了餐馆。',
      saidOn: '2026-04-01',
      links: [{ kind: 'enrollment', recordId: foreign.id }],
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json<ErrorBody>().error.fields[0]?.path).toBe('links.0.recordId');
    const good = await coordinator('POST', '/api/v1/stories', {
      householdId: household,
      quote: '学了厨师，开了餐馆。',
      saidOn: '2026-04-01',
      links: [
        { kind: 'enrollment', recordId: own.id },
        { kind: 'loan', recordId: '00000000-0000-7000-8000-0000000000cc' },
      ],
    });
    expect(good.statusCode, good.body).toBe(201);
    expect(good.json<{ links: { kind: string }[] }>().links.map((l) => l.kind)).toEqual([
      'enrollment',
      'loan',
    ]);
  });
});
