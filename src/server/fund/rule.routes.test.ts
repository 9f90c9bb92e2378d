import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, buildTestApp, signIn } from '../../../test/helpers/app.js';
import { buildUser } from '../../../test/helpers/builders.js';
import { dialects, openTestDb, type TestDb } from '../../../test/helpers/db.js';

interface RuleBody {
  id: string;
  name: string;
  validFrom: string;
  validTo: string | null;
  amounts: { stage: string; amountFen: number }[];
}
interface ErrorBody {
  error: { code: string; message: string; fields: { path: string; message: string }[] };
}

describe.each(dialects)('grant rules on %s', (dialect) => {
  let t: TestDb;
  let app: FastifyInstance;
  let finance: ReturnType<typeof as>;

  beforeAll(async () => {
    t = await openTestDb(dialect);
    app = await buildTestApp(t);
    finance = as(app, await signIn(app, await buildUser(t.db, 'finance')));
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('creates, lists, reads and corrects a rule, with before and after in the audit log', async () => {
    const created = await finance('POST', '/api/v1/fund/rules', {
      name: '2024—2025 学年标准',
      validFrom: '2024-01-01',
      validTo: '2025-12-31',
      amounts: [
        { stage: 'university', amountFen: 200_000 },
        { stage: 'inland_junior', amountFen: 100_000 },
      ],
    });
    expect(created.statusCode, created.body).toBe(201);
    const rule = created.json<RuleBody>();
    const list = await finance('GET', '/api/v1/fund/rules');
    expect(list.json<{ items: RuleBody[] }>().items.map((r) => r.id)).toContain(rule.id);

    const patched = await finance('PATCH', `/api/v1/fund/rules/${rule.id}`, {
      amounts: [
        { stage: 'university', amountFen: 250_000 },
        { stage: 'inland_junior', amountFen: 100_000 },
        { stage: 'inland_senior', amountFen: 100_000 },
      ],
    });
    expect(patched.statusCode, patched.body).toBe(200);
    const read = await finance('GET', `/api/v1/fund/rules/${rule.id}`);
    expect(read.json<RuleBody>().amounts).toEqual([
      { stage: 'inland_junior', amountFen: 100_000 },
      { stage: 'inland_senior', amountFen: 100_000 },
      { stage: 'university', amountFen: 250_000 },
    ]);
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['before', 'after'])
      .where('entity', '=', 'grant_rule')
      .where('entity_id', '=', rule.id)
      .where('action', '=', 'update')
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(JSON.parse(audit.before ?? '{}'))).toContain('200000');
    expect(JSON.stringify(JSON.parse(audit.after ?? '{}'))).toContain('250000');
  });

  it('refuses a rule whose period overlaps another with 409', async () => {
    const res = await finance('POST', '/api/v1/fund/rules', {
      name: '重叠规则',
      validFrom: '2025-09-01',
      amounts: [{ stage: 'university', amountFen: 300_000 }],
    });
    expect(res.statusCode).toBe(409);
    expect(res.json<ErrorBody>().error.message).toContain('2024—2025 学年标准');
    const next = await finance('POST', '/api/v1/fund/rules', {
      name: '2026 起',
      validFrom: '2026-01-01',
      amounts: [{ stage: 'university', amountFen: 300_000 }],
    });
    expect(next.statusCode, next.body).toBe(201);
  });

  it('answers 422 for an end before the start and a stage given twice', async () => {
    const res = await finance('POST', '/api/v1/fund/rules', {
      name: '错误规则',
      validFrom: '2030-01-01',
      validTo: '2029-01-01',
      amounts: [
        { stage: 'university', amountFen: 1 },
        { stage: 'university', amountFen: 2 },
      ],
    });
    expect(res.statusCode).toBe(422);
    const fields = res.json<ErrorBody>().error.fields;
    expect(fields.map((f) => f.path).sort()).toEqual(['amounts', 'validTo']);
    expect(fields.find((f) => f.path === 'amounts')?.message).toBe(
      '各学段金额：同一学段只能设置一个金额',
    );
    const en = await finance(
      'POST',
      '/api/v1/fund/rules',
      { name: 'x', validFrom: '2030-01-01', amounts: [{ stage: 'kindergarten', amountFen: 5 }] },
      { 'accept-language': 'en' },
    );
    expect(en.json<ErrorBody>().error.fields[0]).toMatchObject({ path: 'amounts.0.stage' });
    expect(en.json<ErrorBody>().error.fields[0]?.message).toContain('Stage');
  });

  it('lets only fund managers change rules', async () => {
    for (const role of ['cadre', 'trainer', 'leader', 'auditor'] as const) {
      const user = as(app, await signIn(app, await buildUser(t.db, role)));
      const res = await user('POST', '/api/v1/fund/rules', {
        name: '越权',
        validFrom: '2040-01-01',
        amounts: [{ stage: 'university', amountFen: 100 }],
      });
      expect(res.statusCode, role).toBe(403);
    }
  });
});
