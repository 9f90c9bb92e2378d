import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildActivity, daysAgo } from '../../../test/helpers/activity-builders.js';
import { buildUser, buildVillage, VILLAGE } from '../../../test/helpers/builders.js';
import { as, buildTestApp, signIn } from '../../../test/helpers/app.js';
import { dialects, openTestDb, type TestDb } from '../../../test/helpers/db.js';

interface TypeBody {
  typeCode: string;
  nameZh: string;
  nameEn: string;
  measure: string | null;
  active: boolean;
  sort: number;
}
interface Page {
  items: TypeBody[];
  nextCursor: string | null;
}

describe.each(dialects)('activity types over HTTP on %s', (dialect) => {
  let t: TestDb;
  let app: FastifyInstance;
  let admin: ReturnType<typeof as>;
  let coordinator: ReturnType<typeof as>;
  let leader: ReturnType<typeof as>;

  beforeAll(async () => {
    t = await openTestDb(dialect);
    app = await buildTestApp(t);
    await buildVillage(t.db);
    admin = as(app, await signIn(app, await buildUser(t.db, 'admin')));
    coordinator = as(app, await signIn(app, await buildUser(t.db, 'coordinator')));
    leader = as(app, await signIn(app, await buildUser(t.db, 'leader')));
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('lists the seeded types in display order to every role, in keyset pages', async () => {
    const res = await leader('GET', '/api/v1/activity-types');
    expect(res.statusCode).toBe(200);
    const codes = res.json<Page>().items.map((i) => i.typeCode);
    expect(codes).toEqual([
      'home_visit',
      'micro_classroom',
      'lecture',
      'study_session',
      'cultural_event',
      'competition',
      'hygiene_campaign',
      'online_lecture',
      'online_activity',
      'skills_training',
      'night_school',
      'other',
    ]);
    expect(res.json<Page>().items[10]).toMatchObject({
      nameZh: '农牧民夜校',
      measure: 'education',
    });
    const first = (await leader('GET', '/api/v1/activity-types?limit=5')).json<Page>();
    const rest = (
      await leader('GET', `/api/v1/activity-types?cursor=${first.nextCursor ?? ''}`)
    ).json<Page>();
    expect([...first.items, ...rest.items].map((i) => i.typeCode)).toEqual(codes);
    const epidemic = (await leader('GET', '/api/v1/activity-types?measure=epidemic')).json<Page>();
    expect(epidemic.items.map((i) => i.typeCode)).toEqual([
      'home_visit',
      'hygiene_campaign',
      'online_lecture',
      'online_activity',
      'other',
    ]);
  });

  it('lets only an admin add a type; a taken code is a conflict, a bad code names the field', async () => {
    const body = {
      typeCode: 'choir_rehearsal',
      nameZh: '合唱排练',
      nameEn: 'Choir rehearsal',
      measure: 'education',
      sort: 55,
    };
    expect((await coordinator('POST', '/api/v1/activity-types', body)).statusCode).toBe(403);
    const res = await admin('POST', '/api/v1/activity-types', body);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<TypeBody>()).toEqual({ ...body, active: true });
    expect((await admin('POST', '/api/v1/activity-types', body)).statusCode).toBe(409);
    const bad = await admin('POST', '/api/v1/activity-types', { ...body, typeCode: 'Choir!' });
    expect(bad.statusCode).toBe(422);
    expect(
      bad.json<{ error: { fields: { path: string; message: string }[] } }>().error.fields,
    ).toEqual([
      {
        path: 'typeCode',
        message: '活动类型：只能用小写字母、数字和下划线，以字母开头，2–40 个字符',
      },
    ]);
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'after'])
      .where('entity', '=', 'activity_type')
      .where('entity_id', '=', 'choir_rehearsal')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['create']);
  });

  it('renames and deactivates a type: new activities refuse it, old ones can still be corrected', async () => {
    const old = await buildActivity(t.db, { typeCode: 'competition', topic: '绘画比赛' });
    const renamed = await admin('PATCH', '/api/v1/activity-types/competition', {
      nameZh: '竞赛',
      active: false,
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json<TypeBody>()).toMatchObject({ nameZh: '竞赛', active: false });
    expect(
      (await leader('PATCH', '/api/v1/activity-types/competition', { active: true })).statusCode,
    ).toBe(403);
    expect(
      (await admin('PATCH', '/api/v1/activity-types/no_such_type', { active: true })).statusCode,
    ).toBe(404);

    const active = (await leader('GET', '/api/v1/activity-types')).json<Page>();
    expect(active.items.map((i) => i.typeCode)).not.toContain('competition');
    const all = (await leader('GET', '/api/v1/activity-types?includeInactive=true')).json<Page>();
    expect(all.items.map((i) => i.typeCode)).toContain('competition');

    const refused = await coordinator('POST', '/api/v1/activities', {
      measure: 'education',
      typeCode: 'competition',
      occurredAt: daysAgo(1),
      villageCode: VILLAGE,
      topic: '书法比赛',
    });
    expect(refused.statusCode).toBe(422);
    expect(
      refused.json<{ error: { fields: { path: string; message: string }[] } }>().error.fields,
    ).toEqual([{ path: 'typeCode', message: '活动类型：该活动类型已停用，请选择其他类型' }]);
    const corrected = await coordinator('PATCH', `/api/v1/activities/${old}`, {
      topic: '村广场绘画比赛',
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
  });
});
