import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, buildTestApp, signIn } from '../../../test/helpers/app.js';
import { buildCadre, buildPairing, buildUser, VILLAGE } from '../../../test/helpers/builders.js';
import { dialects, openTestDb, type TestDb } from '../../../test/helpers/db.js';
import { buildStudent, buildStudentPerson } from '../../../test/helpers/fund-builders.js';

interface StudentBody {
  id: string;
  personId: string;
  householdId: string;
  villageCode: string;
  stage: string;
  schoolName: string;
  admittedOn: string;
  active: boolean;
  voidedAt: string | null;
}
interface ErrorBody {
  error: { code: string; message: string; fields: { path: string; message: string }[] };
}

describe.each(dialects)('students over HTTP on %s', (dialect) => {
  let t: TestDb;
  let app: FastifyInstance;
  let coordinator: ReturnType<typeof as>;

  beforeAll(async () => {
    t = await openTestDb(dialect);
    app = await buildTestApp(t);
    coordinator = as(app, await signIn(app, await buildUser(t.db, 'coordinator')));
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('enrolls a household member, lists, reads, corrects and voids the enrollment', async () => {
    const { personId, householdId } = await buildStudentPerson(t.db);
    const created = await coordinator('POST', '/api/v1/students', {
      personId,
      stage: 'inland_junior',
      schoolName: '天津市第一中学内初班',
      admittedOn: '2025-08-15',
      expectedEnd: '2029-07-01',
    });
    expect(created.statusCode, created.body).toBe(201);
    const student = created.json<StudentBody>();
    expect(student).toMatchObject({ personId, householdId, villageCode: VILLAGE, active: true });

    const list = await coordinator(
      'GET',
      `/api/v1/students?village=${VILLAGE}&stage=inland_junior`,
    );
    expect(list.json<{ items: StudentBody[] }>().items.map((s) => s.id)).toContain(student.id);
    const read = await coordinator('GET', `/api/v1/students/${student.id}`);
    expect(read.json<StudentBody>().schoolName).toBe('天津市第一中学内初班');

    const corrected = await coordinator('PATCH', `/api/v1/students/${student.id}`, {
      stage: 'inland_senior',
      schoolName: '天津市第一中学内高班',
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json<StudentBody>()).toMatchObject({ stage: 'inland_senior', active: true });

    const voided = await coordinator('POST', `/api/v1/students/${student.id}/void`, {
      reason: '重复登记',
    });
    expect(voided.json<StudentBody>().voidedAt).not.toBeNull();
    const after = await coordinator('GET', `/api/v1/students?village=${VILLAGE}&limit=200`);
    expect(after.json<{ items: StudentBody[] }>().items.map((s) => s.id)).not.toContain(student.id);
    const withVoided = await coordinator('GET', '/api/v1/students?includeVoided=true&limit=200');
    expect(withVoided.json<{ items: StudentBody[] }>().items.map((s) => s.id)).toContain(
      student.id,
    );
  });

  it('writes the correction to the audit log with before and after', async () => {
    const { id } = await buildStudent(t.db, { schoolName: '新疆大学' });
    await coordinator('PATCH', `/api/v1/students/${id}`, { schoolName: '新疆师范大学' });
    const entry = await t.db
      .selectFrom('audit_log')
      .select(['before', 'after'])
      .where('entity', '=', 'student_enrollment')
      .where('entity_id', '=', id)
      .where('action', '=', 'update')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(entry.before ?? '{}')).toMatchObject({ schoolName: '新疆大学' });
    expect(JSON.parse(entry.after ?? '{}')).toMatchObject({ schoolName: '新疆师范大学' });
  });

  it('answers 422 naming the field, in Chinese by default and in English on request', async () => {
    const { personId } = await buildStudentPerson(t.db);
    const body = { personId, stage: 'kindergarten', schoolName: '', admittedOn: '2025-02-30' };
    const zh = await coordinator('POST', '/api/v1/students', body);
    expect(zh.statusCode).toBe(422);
    const fields = zh.json<ErrorBody>().error.fields;
    expect(fields.map((f) => f.path).sort()).toEqual(['admittedOn', 'schoolName', 'stage']);
    expect(fields.find((f) => f.path === 'stage')?.message).toContain('学段');
    expect(fields.find((f) => f.path === 'admittedOn')?.message).toContain('录取日期');
    const en = await coordinator('POST', '/api/v1/students', body, { 'accept-language': 'en' });
    expect(
      en.json<ErrorBody>().error.fields.find((f) => f.path === 'schoolName')?.message,
    ).toContain('School');
    const order = await coordinator('POST', '/api/v1/students', {
      personId,
      stage: 'university',
      schoolName: '新疆大学',
      admittedOn: '2025-08-20',
      expectedEnd: '2024-07-01',
    });
    expect(order.json<ErrorBody>().error.fields.map((f) => f.path)).toEqual(['expectedEnd']);
  });

  it('refuses a second current enrollment of the same person with 409', async () => {
    const { personId } = await buildStudent(t.db);
    const res = await coordinator('POST', '/api/v1/students', {
      personId,
      stage: 'university',
      schoolName: '石河子大学',
      admittedOn: '2025-08-20',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json<ErrorBody>().error.message).toContain('在读登记');
  });

  it('shows a cadre only the students of their paired households and 404 for others', async () => {
    const cadreId = await buildCadre(t.db);
    const mine = await buildStudent(t.db);
    const other = await buildStudent(t.db);
    await buildPairing(t.db, cadreId, mine.householdId);
    const cadre = as(app, await signIn(app, await buildUser(t.db, 'cadre', { cadreId })));
    const list = await cadre('GET', '/api/v1/students?limit=200');
    expect(list.json<{ items: StudentBody[] }>().items.map((s) => s.id)).toEqual([mine.id]);
    expect((await cadre('GET', `/api/v1/students/${mine.id}`)).statusCode).toBe(200);
    expect((await cadre('GET', `/api/v1/students/${other.id}`)).statusCode).toBe(404);
    expect(
      (await cadre('PATCH', `/api/v1/students/${other.id}`, { schoolName: '某校' })).statusCode,
    ).toBe(404);
    expect((await cadre('GET', `/api/v1/students/${other.personId}/grants`)).statusCode).toBe(404);
    const elsewhere = await buildStudentPerson(t.db);
    const create = await cadre('POST', '/api/v1/students', {
      personId: elsewhere.personId,
      stage: 'university',
      schoolName: '新疆大学',
      admittedOn: '2025-08-20',
    });
    expect(create.statusCode).toBe(404);
  });

  it('lets finance read students but not change them, and refuses trainers and leaders', async () => {
    const { id } = await buildStudent(t.db);
    const finance = as(app, await signIn(app, await buildUser(t.db, 'finance')));
    expect((await finance('GET', `/api/v1/students/${id}`)).statusCode).toBe(200);
    expect(
      (await finance('PATCH', `/api/v1/students/${id}`, { schoolName: '某校' })).statusCode,
    ).toBe(403);
    for (const role of ['trainer', 'leader'] as const) {
      const other = as(app, await signIn(app, await buildUser(t.db, role)));
      expect((await other('GET', '/api/v1/students')).statusCode, role).toBe(403);
      expect((await other('GET', `/api/v1/students/${id}`)).statusCode, role).toBe(403);
    }
  });
});
