import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, buildTestApp, signIn } from '../../../test/helpers/app.js';
import { buildActivity } from '../../../test/helpers/activity-builders.js';
import {
  buildCadre,
  buildHousehold,
  buildPairing,
  buildUser,
  buildVillage,
} from '../../../test/helpers/builders.js';
import { buildStory } from '../../../test/helpers/industry-builders.js';
import { dialects, openTestDb, type TestDb } from '../../../test/helpers/db.js';

interface Entry {
  kind: string;
  subtype: string;
  id: string;
  date: string;
  title: string;
}
interface Page {
  items: Entry[];
  nextCursor: string | null;
}

describe.each(dialects)('a household timeline over HTTP on %s', (dialect) => {
  let t: TestDb;
  let app: FastifyInstance;
  let coordinator: ReturnType<typeof as>;
  let household = '';
  let other = '';
  let cadreUser = '';
  let leaderUser = '';

  beforeAll(async () => {
    t = await openTestDb(dialect);
    app = await buildTestApp(t);
    await buildVillage(t.db);
    coordinator = as(app, await signIn(app, await buildUser(t.db, 'coordinator')));
    household = await buildHousehold(t.db);
    other = await buildHousehold(t.db);
    const cadreId = await buildCadre(t.db);
    await buildPairing(t.db, cadreId, household);
    cadreUser = await buildUser(t.db, 'cadre', { cadreId });
    leaderUser = await buildUser(t.db, 'leader');
    await buildActivity(t.db, {
      householdId: household,
      topic: '入户走访',
      measure: 'education',
      typeCode: 'home_visit',
      occurredAt: '2026-03-01T10:00:00+08:00',
    });
    await buildActivity(t.db, {
      householdId: other,
      topic: '别人家',
      measure: 'education',
      typeCode: 'home_visit',
      occurredAt: '2026-03-02T10:00:00+08:00',
    });
    const deed = await coordinator('POST', '/api/v1/assistance', {
      kind: 'good_deed',
      date: '2026-04-02',
      householdId: household,
      description: '帮助修缮羊圈',
    });
    expect(deed.statusCode, deed.body).toBe(201);
    const status = await coordinator('POST', `/api/v1/households/${household}/status`, {
      status: 'exited',
      effectiveDate: '2026-05-20',
      exitYear: 2026,
    });
    expect(status.statusCode, status.body).toBe(200);
    await buildStory(t.db, household, { quote: '没有同意公开的话', saidOn: '2026-06-01' });
    const [head] = await t.db
      .selectFrom('persons')
      .select('id')
      .where('household_id', '=', household)
      .orderBy('id')
      .execute();
    await buildStory(t.db, household, {
      quote: '同意公开的话',
      saidOn: '2026-06-02',
      consent: { given: true, date: '2026-06-02', method: 'written', byPersonId: head?.id },
    });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  async function walk(client: ReturnType<typeof as>, id: string, limit: number): Promise<Entry[]> {
    const seen: Entry[] = [];
    let cursor: string | null = null;
    do {
      const res = await client(
        'GET',
        `/api/v1/households/${id}/timeline?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json<Page>();
      seen.push(...body.items);
      cursor = body.nextCursor;
    } while (cursor);
    return seen;
  }

  it('lists every kind of record about the household, newest first, and nothing about others', async () => {
    const entries = await walk(coordinator, household, 50);
    const kinds = entries.map((e) => `${e.kind}:${e.subtype}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'activity:home_visit',
        'assistance:good_deed',
        'status:exited',
        'story:no_consent',
        'story:consented',
        'pairing_start:lead',
      ]),
    );
    expect(entries.some((e) => e.title === '别人家')).toBe(false);
    const dates = entries.map((e) => e.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('pages without duplicates or gaps', async () => {
    const all = await walk(coordinator, household, 50);
    const paged = await walk(coordinator, household, 2);
    expect(paged.map((e) => `${e.kind}:${e.id}`)).toEqual(all.map((e) => `${e.kind}:${e.id}`));
  });

  it('keeps stories without consent from roles that may not edit stories', async () => {
    const leader = as(app, await signIn(app, leaderUser));
    const entries = await walk(leader, household, 50);
    const stories = entries.filter((e) => e.kind === 'story');
    expect(stories.map((e) => e.title)).toEqual(['同意公开的话']);
    expect(entries.some((e) => e.title === '没有同意公开的话')).toBe(false);
  });

  it("answers 404 to a cadre for another cadre's household, 200 for their own", async () => {
    const cadre = as(app, await signIn(app, cadreUser));
    expect((await cadre('GET', `/api/v1/households/${other}/timeline`)).statusCode).toBe(404);
    expect((await cadre('GET', `/api/v1/households/${household}/timeline`)).statusCode).toBe(200);
  });

  it('filters by kind and rejects a forged cursor with a field error', async () => {
    const res = await coordinator('GET', `/api/v1/households/${household}/timeline?kind=status`);
    expect(res.json<Page>().items.every((e) => e.kind === 'status')).toBe(true);
    const bad = await coordinator(
      'GET',
      `/api/v1/households/${household}/timeline?cursor=nonsense`,
    );
    expect(bad.statusCode).toBe(422);
    expect(bad.json()).toMatchObject({ error: { fields: [{ path: 'cursor' }] } });
  });
});
