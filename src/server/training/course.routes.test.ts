import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, buildVillage, VILLAGE } from '../../../test/helpers/builders.js';
import { as, buildTestApp, signIn } from '../../../test/helpers/app.js';
import { dialects, openTestDb, type TestDb } from '../../../test/helpers/db.js';
import { courseInput } from '../../../test/helpers/training-builders.js';

interface CourseBody {
  id: string;
  title: string;
  placeName: string;
  capacity: number;
  enrolledCount: number;
  voidedAt: string | null;
}
interface Page {
  items: CourseBody[];
  nextCursor: string | null;
}
interface ErrorBody {
  error: { code: string; fields: { path: string; message: string }[] };
}

describe.each(dialects)('courses over HTTP on %s', (dialect) => {
  let t: TestDb;
  let app: FastifyInstance;
  let trainer: ReturnType<typeof as>;
  let leader: ReturnType<typeof as>;

  beforeAll(async () => {
    t = await openTestDb(dialect);
    app = await buildTestApp(t);
    await buildVillage(t.db);
    trainer = as(app, await signIn(app, await buildUser(t.db, 'trainer')));
    leader = as(app, await signIn(app, await buildUser(t.db, 'leader')));
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('creates a course in a village and in the capital, reads them back and lists them by filter', async () => {
    const chef = await trainer(
      'POST',
      '/api/v1/courses',
      courseInput({ startDate: '2026-04-01', endDate: '2026-04-10' }),
    );
    expect(chef.statusCode, chef.body).toBe(201);
    expect(chef.json<CourseBody>()).toMatchObject({ placeName: '谢依提村', enrolledCount: 0 });
    const capital = await trainer('POST', '/api/v1/courses', {
      skill: 'driving',
      title: '优秀结对亲戚首府驾驶培训',
      trainerName: '乌鲁木齐驾校',
      placeKind: 'capital',
      startDate: '2026-05-01',
      endDate: '2026-06-30',
      capacity: 20,
    });
    expect(capital.statusCode, capital.body).toBe(201);
    expect(capital.json<CourseBody>().placeName).toBe('乌鲁木齐');
    const read = await leader('GET', `/api/v1/courses/${chef.json<CourseBody>().id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json<CourseBody>().title).toBe('厨师培训班');

    const inVillage = await leader('GET', `/api/v1/courses?village=${VILLAGE}&skill=cooking`);
    expect(inVillage.json<Page>().items.map((c) => c.id)).toContain(chef.json<CourseBody>().id);
    expect(inVillage.json<Page>().items.map((c) => c.id)).not.toContain(
      capital.json<CourseBody>().id,
    );
    const may = await leader('GET', '/api/v1/courses?from=2026-05-01&to=2026-05-31');
    expect(may.json<Page>().items.map((c) => c.id)).toEqual([capital.json<CourseBody>().id]);
  });

  it('pages newest first with a cursor', async () => {
    for (const startDate of ['2025-01-05', '2025-02-05', '2025-03-05']) {
      await trainer('POST', '/api/v1/courses', courseInput({ startDate, endDate: startDate }));
    }
    const first = await leader('GET', '/api/v1/courses?from=2025-01-01&to=2025-12-31&limit=2');
    const page1 = first.json<Page>();
    expect(page1.items).toHaveLength(2);
    expect(page1.nextCursor).not.toBeNull();
    const second = await leader(
      'GET',
      `/api/v1/courses?from=2025-01-01&to=2025-12-31&limit=2&cursor=${page1.nextCursor ?? ''}`,
    );
    const page2 = second.json<Page>();
    expect(page2.items).toHaveLength(1);
    expect(page2.nextCursor).toBeNull();
    const starts = await Promise.all(
      [...page1.items, ...page2.items].map(
        async (c) =>
          (await leader('GET', `/api/v1/courses/${c.id}`)).json<{ startDate: string }>().startDate,
      ),
    );
    expect(starts).toEqual(['2025-03-05', '2025-02-05', '2025-01-05']);
  });

  it('refuses an end before the start and names the field in Chinese and English', async () => {
    const body = { ...courseInput(), startDate: '2026-03-10', endDate: '2026-03-01' };
    const zh = await trainer('POST', '/api/v1/courses', body);
    expect(zh.statusCode).toBe(422);
    const field = zh.json<ErrorBody>().error.fields.find((f) => f.path === 'endDate');
    expect(field?.message).toContain('不能早于开始日期');
    const en = await trainer('POST', '/api/v1/courses', body, { 'accept-language': 'en' });
    expect(en.json<ErrorBody>().error.fields[0]?.message).toContain('may not be before the start');
    const noVillage = await trainer('POST', '/api/v1/courses', {
      ...body,
      placeCode: undefined,
      endDate: '2026-03-11',
    });
    expect(noVillage.statusCode).toBe(422);
    expect(noVillage.json<ErrorBody>().error.fields.map((f) => f.path)).toEqual(['placeCode']);
  });

  it('answers 403 to roles that may not write training', async () => {
    for (const role of ['leader', 'cadre', 'coop_manager'] as const) {
      const client =
        role === 'leader' ? leader : as(app, await signIn(app, await buildUser(t.db, role)));
      const res = await client('POST', '/api/v1/courses', courseInput());
      expect(res.statusCode, role).toBe(403);
    }
  });

  it('corrects a course with an audited before and after, and voids it out of the lists', async () => {
    const created = (
      await trainer('POST', '/api/v1/courses', courseInput({ title: '刺绣班' }))
    ).json<CourseBody>();
    const patched = await trainer('PATCH', `/api/v1/courses/${created.id}`, {
      title: '手工刺绣班',
      capacity: 25,
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json<CourseBody>()).toMatchObject({ title: '手工刺绣班', capacity: 25 });
    const audit = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'course')
      .where('entity_id', '=', created.id)
      .where('action', '=', 'update')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.before ?? '{}')).toMatchObject({ title: '刺绣班', capacity: 30 });
    expect(JSON.parse(audit.after ?? '{}')).toMatchObject({ title: '手工刺绣班', capacity: 25 });

    const voided = await trainer('POST', `/api/v1/courses/${created.id}/void`, {
      reason: '重复录入',
    });
    expect(voided.statusCode, voided.body).toBe(200);
    expect(voided.json<CourseBody>().voidedAt).not.toBeNull();
    const list = await leader('GET', '/api/v1/courses?limit=200');
    expect(list.json<Page>().items.map((c) => c.id)).not.toContain(created.id);
    const all = await leader('GET', '/api/v1/courses?limit=200&includeVoided=true');
    expect(all.json<Page>().items.map((c) => c.id)).toContain(created.id);
    expect(
      (await trainer('PATCH', `/api/v1/courses/${created.id}`, { title: 'x' })).statusCode,
    ).toBe(409);
    expect(
      (await trainer('POST', `/api/v1/courses/${created.id}/void`, { reason: '再次' })).statusCode,
    ).toBe(409);
  });

  it('requires a reason to void', async () => {
    const created = (await trainer('POST', '/api/v1/courses', courseInput())).json<CourseBody>();
    const res = await trainer('POST', `/api/v1/courses/${created.id}/void`, {});
    expect(res.statusCode).toBe(422);
    expect(res.json<ErrorBody>().error.fields[0]).toMatchObject({ path: 'reason' });
  });
});
