import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, buildTestApp, signIn } from '../../../test/helpers/app.js';
import {
  buildFamily,
  buildPairedCadre,
  inputs,
} from '../../../test/helpers/assistance-builders.js';
import { buildUser, buildVillage, VILLAGE } from '../../../test/helpers/builders.js';
import { dialects, openTestDb, type TestDb } from '../../../test/helpers/db.js';
import { auditOf } from '../../../test/helpers/registry-builders.js';

type Family = Awaited<ReturnType<typeof buildFamily>>;
type Body = Record<string, unknown> & { id: string };
type Page = { items: Body[]; nextCursor: string | null };

interface KindCase {
  readonly kind: string;
  readonly make: (f: Family) => object;
  readonly patch: Record<string, unknown>;
  readonly filter: (f: Family) => string;
}

const CASES: readonly KindCase[] = [
  {
    kind: 'job',
    make: (f) => inputs.job(f.headId),
    patch: { kind: 'job', monthlyWageFen: 200_000, endDate: null },
    filter: (f) => `person=${f.headId}`,
  },
  {
    kind: 'medical',
    make: (f) => inputs.medical(f.childId),
    patch: { kind: 'medical', costFen: 1_500_000 },
    filter: (f) => `household=${f.householdId}`,
  },
  {
    kind: 'health_check',
    make: () => inputs.healthCheck(VILLAGE),
    patch: { kind: 'health_check', villages: [{ villageCode: VILLAGE, peopleChecked: 400 }] },
    filter: () => `village=${VILLAGE}`,
  },
  {
    kind: 'donation',
    make: (f) => inputs.donationToHouseholds([f.householdId]),
    patch: { kind: 'donation', donor: '克州机关事务管理局' },
    filter: (f) => `household=${f.householdId}&measure=epidemic`,
  },
  {
    kind: 'project',
    make: (f) => inputs.project(VILLAGE, [f.householdId]),
    patch: { kind: 'project', projectStatus: 'building', endDate: null },
    filter: () => `village=${VILLAGE}&from=2026-06-01&to=2026-06-30`,
  },
  {
    kind: 'loan',
    make: (f) => inputs.loan(f.householdId),
    patch: { kind: 'loan', loanStatus: 'repaid' },
    filter: (f) => `household=${f.householdId}&status=done`,
  },
  {
    kind: 'good_deed',
    make: (f) => inputs.goodDeed(f.householdId),
    patch: { kind: 'good_deed', description: '帮助秋收' },
    filter: (f) => `household=${f.householdId}`,
  },
];

describe.each(dialects)('assistance records over HTTP on %s', (dialect) => {
  let t: TestDb;
  let app: FastifyInstance;
  let coordinator: ReturnType<typeof as>;

  beforeAll(async () => {
    t = await openTestDb(dialect);
    app = await buildTestApp(t);
    await buildVillage(t.db);
    coordinator = as(app, await signIn(app, await buildUser(t.db, 'coordinator')));
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it.each(CASES)('records, lists, reads, corrects and voids a $kind record', async (c) => {
    const family = await buildFamily(t.db);
    const created = await coordinator('POST', '/api/v1/assistance', c.make(family));
    expect(created.statusCode, created.body).toBe(201);
    const record = created.json<Body>();
    expect(record).toMatchObject({ kind: c.kind, voidedAt: null });

    const list = await coordinator('GET', `/api/v1/assistance?kind=${c.kind}&${c.filter(family)}`);
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json<Page>().items.map((r) => r.id)).toContain(record.id);

    const read = await coordinator('GET', `/api/v1/assistance/${record.id}`);
    expect(read.json<Body>()).toEqual(record);

    const patched = await coordinator('PATCH', `/api/v1/assistance/${record.id}`, c.patch);
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json<Body>()).toMatchObject(c.patch);

    const voided = await coordinator('POST', `/api/v1/assistance/${record.id}/void`, {
      reason: '重复登记',
    });
    expect(voided.statusCode, voided.body).toBe(200);
    expect(voided.json<Body>()).toMatchObject({ voidReason: '重复登记' });
    const after = await coordinator('GET', `/api/v1/assistance?kind=${c.kind}&${c.filter(family)}`);
    expect(after.json<Page>().items.map((r) => r.id)).not.toContain(record.id);
    const all = await coordinator(
      'GET',
      `/api/v1/assistance?kind=${c.kind}&includeVoided=true&${c.filter(family)}`,
    );
    expect(all.json<Page>().items.map((r) => r.id)).toContain(record.id);
    expect(
      (await coordinator('POST', `/api/v1/assistance/${record.id}/void`, { reason: 'x' }))
        .statusCode,
    ).toBe(409);
    expect(
      (await coordinator('PATCH', `/api/v1/assistance/${record.id}`, c.patch)).statusCode,
    ).toBe(409);

    const entries = await auditOf(t.db, 'assistance', record.id);
    const reads = entries.filter((a) => a.action === 'read_full');
    // Reading medical aid (health data) is audited; other kinds are not personal in that way.
    expect(reads.length > 0).toBe(c.kind === 'medical');
    const audit = entries.filter((a) => a.action !== 'read_full');
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'update']);
    expect(audit[1]?.before).toMatchObject({ id: record.id, voidedAt: null });
    expect(audit[1]?.after).toMatchObject(c.patch);
    expect(audit[2]?.after).toMatchObject({ voidReason: '重复登记' });
  });

  it('keeps the details of each kind: totals of donations, funds of projects, people checked', async () => {
    const a = await buildFamily(t.db);
    const b = await buildFamily(t.db);
    const donation = await coordinator(
      'POST',
      '/api/v1/assistance',
      inputs.donationToHouseholds([a.householdId, b.householdId]),
    );
    expect(donation.json()).toMatchObject({
      beneficiaryKind: 'household',
      totals: [
        { itemName: '口罩', unit: '个', quantity: 100 },
        { itemName: '消毒液', unit: '瓶', quantity: 4 },
      ],
    });
    const project = await coordinator('POST', '/api/v1/assistance', inputs.project(VILLAGE));
    expect(project.json()).toMatchObject({
      beneficiaryKind: 'village',
      fundsTotalFen: 120_000_000,
      beneficiaries: [{ villageCode: VILLAGE, name: '谢依提村', householdId: null }],
    });
    const check = await coordinator('POST', '/api/v1/assistance', inputs.healthCheck(VILLAGE));
    expect(check.json()).toMatchObject({
      peopleChecked: 312,
      villages: [{ villageName: '谢依提村' }],
    });
    const job = await coordinator('POST', '/api/v1/assistance', inputs.job(a.headId));
    expect(job.json()).toMatchObject({
      measure: 'relief',
      status: 'done',
      beneficiaryKind: 'person',
      beneficiaries: [{ personId: a.headId, householdId: a.householdId, villageCode: VILLAGE }],
    });
  });

  it('pages newest first by date, then id', async () => {
    const family = await buildFamily(t.db);
    for (const date of ['2026-01-05', '2026-03-05', '2026-02-05']) {
      await coordinator('POST', '/api/v1/assistance', {
        ...inputs.goodDeed(family.householdId),
        date,
      });
    }
    const first = await coordinator(
      'GET',
      `/api/v1/assistance?household=${family.householdId}&limit=2`,
    );
    const page1 = first.json<Page>();
    expect(page1.items.map((r) => r.date)).toEqual(['2026-03-05', '2026-02-05']);
    const second = await coordinator(
      'GET',
      `/api/v1/assistance?household=${family.householdId}&limit=2&cursor=${page1.nextCursor}`,
    );
    expect(second.json<Page>()).toMatchObject({
      items: [{ date: '2026-01-05' }],
      nextCursor: null,
    });
  });
});

describe.each(dialects)('assistance validation on %s', (dialect) => {
  let t: TestDb;
  let app: FastifyInstance;
  let coordinator: ReturnType<typeof as>;
  let family: Family;

  beforeAll(async () => {
    t = await openTestDb(dialect);
    app = await buildTestApp(t);
    await buildVillage(t.db);
    coordinator = as(app, await signIn(app, await buildUser(t.db, 'coordinator')));
    family = await buildFamily(t.db);
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  const bad: readonly [string, (f: Family) => object, string][] = [
    [
      'job ending before it starts',
      (f) => ({ ...inputs.job(f.headId), endDate: '2026-02-01' }),
      'endDate',
    ],
    [
      'job with a negative wage',
      (f) => ({ ...inputs.job(f.headId), monthlyWageFen: -1 }),
      'monthlyWageFen',
    ],
    [
      'job for an unknown person',
      () => inputs.job('01900000-0000-7000-8000-00000000ffff'),
      'personId',
    ],
    [
      'medical aid of an unknown kind',
      (f) => ({ ...inputs.medical(f.headId), medicalKind: 'x' }),
      'medicalKind',
    ],
    [
      'health check in a village not registered',
      () => inputs.healthCheck('653021203299'),
      'villages.0.villageCode',
    ],
    [
      'health check naming a village twice',
      () => ({
        ...inputs.healthCheck(VILLAGE),
        villages: [
          { villageCode: VILLAGE, peopleChecked: 1 },
          { villageCode: VILLAGE, peopleChecked: 2 },
        ],
      }),
      'villages.1.villageCode',
    ],
    [
      'donation of an unknown item',
      (f) => ({
        ...inputs.donationToHouseholds([f.householdId]),
        recipients: [
          {
            householdId: f.householdId,
            items: [{ itemId: '01900000-0000-7000-8000-0000000000ff', quantity: 1 }],
          },
        ],
      }),
      'recipients.0.items.0.itemId',
    ],
    [
      'donation to households and villages at once',
      (f) => ({
        ...inputs.donationToVillage(VILLAGE),
        recipients: [
          {
            villageCode: VILLAGE,
            items: [{ itemId: '01900000-0000-7000-8000-000000000001', quantity: 1 }],
          },
          {
            householdId: f.householdId,
            items: [{ itemId: '01900000-0000-7000-8000-000000000001', quantity: 1 }],
          },
        ],
      }),
      'recipients',
    ],
    [
      'project counting fewer households than it lists',
      (f) => ({ ...inputs.project(VILLAGE, [f.householdId]), householdCount: 0 }),
      'householdCount',
    ],
    ['project in a village not registered', () => inputs.project('653021203299'), 'villageCode'],
    [
      'loan with a term of zero months',
      (f) => ({ ...inputs.loan(f.householdId), termMonths: 0 }),
      'termMonths',
    ],
    [
      'good deed for a household and a person at once',
      (f) => ({ ...inputs.goodDeed(f.householdId), personId: f.headId }),
      'householdId',
    ],
    ['record of an unknown kind', () => ({ kind: 'gift', date: '2026-01-01' }), 'kind'],
    [
      'help done in the future',
      (f) => ({ ...inputs.goodDeed(f.householdId), date: '2099-01-01' }),
      'date',
    ],
  ];

  async function countRecords(): Promise<number> {
    const row = await t.db
      .selectFrom('assistance')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirst();
    return Number(row?.n);
  }

  it.each(bad)('rejects a %s, naming the field', async (_name, make, path) => {
    const before = await countRecords();
    const res = await coordinator('POST', '/api/v1/assistance', make(family));
    expect(res.statusCode, res.body).toBe(422);
    const fields = res.json<{ error: { fields: { path: string }[] } }>().error.fields;
    expect(fields.map((f) => f.path)).toContain(path);
    expect(await countRecords()).toBe(before);
  });

  it('names the field and the fix in Chinese by default and in English on request', async () => {
    const input = { ...inputs.job(family.headId), endDate: '2026-02-01' };
    const zh = await coordinator('POST', '/api/v1/assistance', input);
    expect(zh.json()).toMatchObject({
      error: {
        code: 'validation',
        fields: [{ path: 'endDate', message: '结束日期：不能早于开始日期' }],
      },
    });
    const en = await coordinator('POST', '/api/v1/assistance', input, { 'accept-language': 'en' });
    expect(en.json()).toMatchObject({
      error: {
        fields: [{ path: 'endDate', message: 'End date: may not be before the start date' }],
      },
    });
    const wage = await coordinator('POST', '/api/v1/assistance', {
      ...inputs.job(family.headId),
      monthlyWageFen: -5,
    });
    expect(wage.json()).toMatchObject({
      error: {
        fields: [
          { path: 'monthlyWageFen', message: expect.stringContaining('月工资（分）') as string },
        ],
      },
    });
  });

  it('never changes the kind of a record', async () => {
    const created = await coordinator(
      'POST',
      '/api/v1/assistance',
      inputs.loan(family.householdId),
    );
    const id = created.json<Body>().id;
    const res = await coordinator('PATCH', `/api/v1/assistance/${id}`, {
      kind: 'good_deed',
      description: '改成好事',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ error: { fields: [{ path: 'kind' }] } });
    const wrong = await coordinator('PATCH', `/api/v1/assistance/${id}`, {
      kind: 'loan',
      termMonths: 0,
    });
    expect(wrong.statusCode).toBe(422);
    const read = await coordinator('GET', `/api/v1/assistance/${id}`);
    expect(read.json()).toMatchObject({ kind: 'loan', termMonths: 36 });
  });

  it('checks a correction against the stored record: an end date before the stored start', async () => {
    const created = await coordinator('POST', '/api/v1/assistance', inputs.job(family.headId));
    const id = created.json<Body>().id;
    const res = await coordinator('PATCH', `/api/v1/assistance/${id}`, {
      kind: 'job',
      endDate: '2026-01-01',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ error: { fields: [{ path: 'endDate' }] } });
  });

  it('lets a cadre record only in their own name', async () => {
    const paired = await buildPairedCadre(t.db);
    const cadre = as(app, await signIn(app, paired.username));
    const own = await cadre('POST', '/api/v1/assistance', inputs.goodDeed(paired.householdId));
    expect(own.statusCode, own.body).toBe(201);
    expect(own.json()).toMatchObject({ arrangedByCadreId: paired.cadreId });
    const other = await buildPairedCadre(t.db);
    const res = await cadre('POST', '/api/v1/assistance', {
      ...inputs.goodDeed(paired.householdId),
      arrangedByCadreId: other.cadreId,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ error: { fields: [{ path: 'arrangedByCadreId' }] } });
  });
});
