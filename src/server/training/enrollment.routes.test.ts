import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildCadre,
  buildHousehold,
  buildPairing,
  buildUser,
  buildVillage,
} from '../../../test/helpers/builders.js';
import { as, buildTestApp, signIn } from '../../../test/helpers/app.js';
import { dialects, openTestDb, type TestDb } from '../../../test/helpers/db.js';
import {
  buildCourse,
  buildEnrollment,
  firstMemberOf,
} from '../../../test/helpers/training-builders.js';

interface EnrollmentBody {
  id: string;
  personId: string;
  householdId: string;
  completed: boolean;
  credentials: { kind: string }[];
  hireOutcome: string | null;
  attendancePercent: number | null;
  followUps?: { month: number; incomeChangePercent: number | null }[];
}
interface ErrorBody {
  error: { code: string; message: string; fields: { path: string; message: string }[] };
}

describe.each(dialects)('enrollments and follow-ups over HTTP on %s', (dialect) => {
  let t: TestDb;
  let app: FastifyInstance;
  let trainer: ReturnType<typeof as>;

  beforeAll(async () => {
    t = await openTestDb(dialect);
    app = await buildTestApp(t);
    await buildVillage(t.db);
    trainer = as(app, await signIn(app, await buildUser(t.db, 'trainer')));
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  async function newPerson(): Promise<string> {
    return firstMemberOf(t.db, await buildHousehold(t.db));
  }

  it('enrolls a person once and answers 409 to a second enrollment', async () => {
    const course = await buildCourse(t.db);
    const personId = await newPerson();
    const res = await trainer('POST', `/api/v1/courses/${course.id}/enrollments`, { personId });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<EnrollmentBody>().personId).toBe(personId);
    const again = await trainer('POST', `/api/v1/courses/${course.id}/enrollments`, { personId });
    expect(again.statusCode).toBe(409);
    expect(again.json<ErrorBody>().error.code).toBe('conflict');
    const read = await trainer('GET', `/api/v1/courses/${course.id}`);
    expect(read.json<{ enrolledCount: number }>().enrolledCount).toBe(1);
  });

  it('answers 409 when the course is full, and frees the seat when an enrollment is voided', async () => {
    const course = await buildCourse(t.db, { capacity: 1 });
    const first = await buildEnrollment(t.db, course.id, await newPerson());
    const second = await newPerson();
    const full = await trainer('POST', `/api/v1/courses/${course.id}/enrollments`, {
      personId: second,
    });
    expect(full.statusCode).toBe(409);
    const voided = await trainer('POST', `/api/v1/enrollments/${first.id}/void`, {
      reason: '报名有误',
    });
    expect(voided.statusCode, voided.body).toBe(200);
    const now = await trainer('POST', `/api/v1/courses/${course.id}/enrollments`, {
      personId: second,
    });
    expect(now.statusCode, now.body).toBe(201);
    const list = await trainer('GET', `/api/v1/enrollments?course=${course.id}`);
    expect(list.json<{ items: EnrollmentBody[] }>().items.map((e) => e.personId)).toEqual([second]);
  });

  it('records completion, two licences and a hired recommendation, audited before and after', async () => {
    const course = await buildCourse(t.db, { skill: 'driving', title: '驾驶培训班' });
    const enrollment = await buildEnrollment(t.db, course.id, await newPerson());
    const res = await trainer('PATCH', `/api/v1/enrollments/${enrollment.id}`, {
      sessionsAttended: 9,
      sessionsTotal: 10,
      completed: true,
      completedOn: '2026-03-20',
      outstanding: true,
      credentials: [
        { kind: 'driving_licence', number: 'A2-0001', issuedOn: '2026-04-01' },
        { kind: 'operating_licence', number: 'CY-0001', issuedOn: '2026-04-15' },
      ],
      recommendedTo: '克州机关事务管理局',
      recommendedOn: '2026-04-20',
      hireOutcome: 'hired',
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<EnrollmentBody>();
    expect(body).toMatchObject({ completed: true, hireOutcome: 'hired', attendancePercent: 90 });
    expect(body.credentials.map((c) => c.kind)).toEqual(['driving_licence', 'operating_licence']);
    const audit = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'enrollment')
      .where('entity_id', '=', enrollment.id)
      .where('action', '=', 'update')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.before ?? '{}')).toMatchObject({ completed: false, credentials: [] });
    expect(JSON.parse(audit.after ?? '{}')).toMatchObject({ completed: true, outstanding: true });
  });

  it('refuses attendance above the total and completion without a date, naming the fields', async () => {
    const course = await buildCourse(t.db);
    const enrollment = await buildEnrollment(t.db, course.id, await newPerson());
    const res = await trainer('PATCH', `/api/v1/enrollments/${enrollment.id}`, {
      sessionsAttended: 12,
      completed: true,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json<ErrorBody>().error.fields.map((f) => f.path)).toEqual([
      'sessionsAttended',
      'completedOn',
    ]);
    const unknown = await trainer('POST', `/api/v1/courses/${course.id}/enrollments`, {
      personId: '00000000-0000-7000-8000-0000000000ff',
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json<ErrorBody>().error.fields[0]?.path).toBe('personId');
  });

  it('records follow-ups at 3, 6 and 12 months only, once each, with income change', async () => {
    const course = await buildCourse(t.db);
    const enrollment = await buildEnrollment(t.db, course.id, await newPerson());
    const url = `/api/v1/enrollments/${enrollment.id}/follow-ups`;
    const followUp = {
      followedUpOn: '2026-06-20',
      employed: false,
      businessOpened: true,
      businessDescription: '在哈拉峻乡开了一家餐馆',
      incomeBeforeFen: 400000,
      incomeAfterFen: 800000,
    };
    const created = await trainer('PUT', `${url}/3`, followUp);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json<{ incomeChangePercent: number }>().incomeChangePercent).toBe(100);
    const replaced = await trainer('PUT', `${url}/3`, { ...followUp, incomeAfterFen: 900000 });
    expect(replaced.statusCode).toBe(200);
    const rows = await t.db
      .selectFrom('training_follow_ups')
      .select('id')
      .where('enrollment_id', '=', enrollment.id)
      .execute();
    expect(rows).toHaveLength(1);
    const audit = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'follow_up')
      .where('action', '=', 'update')
      .where('entity_id', '=', rows[0]?.id ?? '')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.before ?? '{}')).toMatchObject({ incomeAfterFen: 800000 });
    expect(JSON.parse(audit.after ?? '{}')).toMatchObject({ incomeAfterFen: 900000 });

    const bad = await trainer('PUT', `${url}/5`, followUp);
    expect(bad.statusCode).toBe(422);
    const field = bad.json<ErrorBody>().error.fields[0];
    expect(field?.path).toBe('month');
    expect(field?.message).toContain('3, 6, 12');
    const noWorkplace = await trainer('PUT', `${url}/6`, { ...followUp, employed: true });
    expect(noWorkplace.json<ErrorBody>().error.fields.map((f) => f.path)).toEqual(['workplace']);

    const detail = await trainer('GET', `/api/v1/enrollments/${enrollment.id}`);
    expect(detail.json<EnrollmentBody>().followUps?.map((f) => f.month)).toEqual([3]);
  });

  it('refuses follow-ups and corrections on a voided enrollment', async () => {
    const course = await buildCourse(t.db);
    const enrollment = await buildEnrollment(t.db, course.id, await newPerson());
    await trainer('POST', `/api/v1/enrollments/${enrollment.id}/void`, { reason: '重复' });
    const put = await trainer('PUT', `/api/v1/enrollments/${enrollment.id}/follow-ups/12`, {
      followedUpOn: '2026-12-01',
      employed: false,
    });
    expect(put.statusCode).toBe(409);
    const patch = await trainer('PATCH', `/api/v1/enrollments/${enrollment.id}`, { note: 'x' });
    expect(patch.statusCode).toBe(409);
  });

  it('shows a cadre only the trainees of their paired households, 404 for the others', async () => {
    const cadreId = await buildCadre(t.db);
    const mine = await buildHousehold(t.db);
    const other = await buildHousehold(t.db);
    await buildPairing(t.db, cadreId, mine);
    const course = await buildCourse(t.db);
    const ownTrainee = await buildEnrollment(t.db, course.id, await firstMemberOf(t.db, mine));
    const otherTrainee = await buildEnrollment(t.db, course.id, await firstMemberOf(t.db, other));
    const cadre = as(app, await signIn(app, await buildUser(t.db, 'cadre', { cadreId })));
    expect((await cadre('GET', `/api/v1/enrollments/${ownTrainee.id}`)).statusCode).toBe(200);
    expect((await cadre('GET', `/api/v1/enrollments/${otherTrainee.id}`)).statusCode).toBe(404);
    const list = await cadre('GET', `/api/v1/enrollments?course=${course.id}`);
    expect(list.json<{ items: EnrollmentBody[] }>().items.map((e) => e.id)).toEqual([
      ownTrainee.id,
    ]);
    const all = await trainer('GET', `/api/v1/enrollments?course=${course.id}`);
    expect(all.json<{ items: EnrollmentBody[] }>().items).toHaveLength(2);
    const write = await cadre('PATCH', `/api/v1/enrollments/${ownTrainee.id}`, { note: 'x' });
    expect(write.statusCode).toBe(403);
  });
});
