import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, buildTestApp, signIn } from '../../../test/helpers/app.js';
import {
  buildHousehold,
  buildPairing,
  buildUser,
  buildVillage,
  VILLAGE,
} from '../../../test/helpers/builders.js';
import {
  buildCadreWithPhone,
  buildCardFamily,
  pdfPageCount,
} from '../../../test/helpers/card-builders.js';
import { dialects, openTestDb, type TestDb } from '../../../test/helpers/db.js';
import { auditOf } from '../../../test/helpers/registry-builders.js';
import type { HouseholdCard } from '../../domain/cards/card.schema.js';

const OTHER_VILLAGE = '653021203202';

/** Whole years from 1980-03-15 to a date, counted by hand. */
function headAgeOn(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return y - 1980 - (m < 3 || (m === 3 && d < 15) ? 1 : 0);
}

describe.each(dialects)('household cards over HTTP on %s', (dialect) => {
  let t: TestDb;
  let app: FastifyInstance;
  let coordinator: ReturnType<typeof as>;
  let cadre: ReturnType<typeof as>;
  let leader: ReturnType<typeof as>;
  let family = { householdId: '', headId: '' };
  let secondPaired = '';
  let unpaired = '';

  beforeAll(async () => {
    t = await openTestDb(dialect);
    app = await buildTestApp(t);
    await buildVillage(t.db);
    await buildVillage(t.db, OTHER_VILLAGE, '托万克村');
    const coordinatorName = await buildUser(t.db, 'coordinator');
    coordinator = as(app, await signIn(app, coordinatorName));
    leader = as(app, await signIn(app, await buildUser(t.db, 'leader')));
    const cadreId = await buildCadreWithPhone(t.db);
    cadre = as(app, await signIn(app, await buildUser(t.db, 'cadre', { cadreId })));
    family = await buildCardFamily(t.db, cadreId, coordinatorName);
    secondPaired = await buildHousehold(t.db);
    await buildPairing(t.db, cadreId, secondPaired);
    unpaired = await buildHousehold(t.db);
    await buildHousehold(t.db, { villageCode: OTHER_VILLAGE });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('gives the card data: masked ID, ages, per-capita income, the cadre to call and this year’s help', async () => {
    const res = await coordinator(
      'GET',
      `/api/v1/households/${family.householdId}/card`,
      undefined,
      { host: 'bangfu.example.org:8080' },
    );
    expect(res.statusCode, res.body).toBe(200);
    const card = res.json<HouseholdCard>();
    const head = card.members.find((m) => m.relation === 'head');
    expect(head?.idNumber).toMatch(/^6530\*{10}[0-9X]{4}$/);
    expect(head?.age).toBe(headAgeOn(card.cardDate));
    expect(card.members.find((m) => m.relation === 'child')?.idNumber).toBeNull();
    expect(card.incomes).toEqual([
      { year: 2024, memberCount: 2, totalFen: 1_000_000, perCapitaFen: 500_000 },
      { year: 2025, memberCount: 2, totalFen: 1_200_001, perCapitaFen: 600_000 },
    ]);
    expect(card.cadres).toEqual([
      expect.objectContaining({
        name: '鱼智栋',
        unitName: '自治区机关事务管理局办公室',
        phone: '13912345678',
        role: 'lead',
      }),
    ]);
    expect(card.help.map((h) => [h.kind, h.subtype, h.title])).toEqual(
      expect.arrayContaining([
        ['activity', 'home_visit', '入户宣讲惠民政策'],
        ['assistance', 'job', '哈拉峻乡人民政府'],
      ]),
    );
    expect(card.year).toBe(Number(card.cardDate.slice(0, 4)));
    expect(card.url).toBe(`http://bangfu.example.org:8080/households/${family.householdId}`);
  });

  it('audits each card read as a read of personal data', async () => {
    await cadre('GET', `/api/v1/households/${family.householdId}/card`);
    const entries = await auditOf(t.db, 'household_card', family.householdId);
    expect(entries.map((e) => [e.action, e.after?.format])).toContainEqual(['read_full', 'json']);
  });

  it('hides health from roles that may not see it', async () => {
    const res = await leader('GET', `/api/v1/households/${family.householdId}/card`);
    expect(res.statusCode).toBe(200);
    expect(res.json<HouseholdCard>().members.every((m) => m.health === null)).toBe(true);
  });

  it('renders a one-page A4 PDF with the Chinese font embedded, as an attachment', async () => {
    const res = await coordinator('GET', `/api/v1/households/${family.householdId}/card.pdf`);
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="[ -~]+\.pdf"; filename\*=UTF-8''.*%E6%98%8E%E7%99%BD%E5%8D%A1/,
    );
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfPageCount(pdf)).toBe(1);
    expect(pdf.toString('latin1')).toMatch(/FontFile3|FontFile2/);
    const entries = await auditOf(t.db, 'household_card', family.householdId);
    expect(entries.map((e) => [e.action, e.after?.format])).toContainEqual(['export', 'pdf']);
  });

  it('prints a village: one page per household, each audited in one batch', async () => {
    const res = await coordinator('GET', `/api/v1/villages/${VILLAGE}/cards.pdf`);
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    expect(pdfPageCount(res.rawPayload)).toBe(3);
    expect(res.headers['x-card-count']).toBe('3');
    for (const id of [family.householdId, secondPaired, unpaired]) {
      const entries = await auditOf(t.db, 'household_card', id);
      expect(entries.map((e) => e.after?.village)).toContain(VILLAGE);
    }
  });

  it('pages a village’s cards as data in print order, for the web’s batch view', async () => {
    const first = await coordinator('GET', `/api/v1/villages/${VILLAGE}/cards?limit=2`);
    expect(first.statusCode, first.body).toBe(200);
    const one = first.json<{ items: HouseholdCard[]; nextCursor: string | null }>();
    expect(one.items).toHaveLength(2);
    expect(one.nextCursor).not.toBeNull();
    const second = await coordinator(
      'GET',
      `/api/v1/villages/${VILLAGE}/cards?limit=2&cursor=${one.nextCursor ?? ''}`,
    );
    const two = second.json<{ items: HouseholdCard[]; nextCursor: string | null }>();
    expect(two.nextCursor).toBeNull();
    const all = [...one.items, ...two.items];
    expect(new Set(all.map((c) => c.householdId))).toEqual(
      new Set([family.householdId, secondPaired, unpaired]),
    );
    const keys = all.map((c) => `${c.address}\u0000${c.headName}`);
    expect(keys).toEqual([...keys].sort());
    const mine = await cadre('GET', `/api/v1/villages/${VILLAGE}/cards`);
    expect(
      mine
        .json<{ items: HouseholdCard[] }>()
        .items.map((c) => c.householdId)
        .sort(),
    ).toEqual([family.householdId, secondPaired].sort());
  });

  it('gives a cadre only their own paired households, alone and in a village batch', async () => {
    expect((await cadre('GET', `/api/v1/households/${unpaired}/card`)).statusCode).toBe(404);
    expect((await cadre('GET', `/api/v1/households/${unpaired}/card.pdf`)).statusCode).toBe(404);
    const batch = await cadre('GET', `/api/v1/villages/${VILLAGE}/cards.pdf`);
    expect(batch.statusCode).toBe(200);
    expect(pdfPageCount(batch.rawPayload)).toBe(2);
    const unpairedAudit = await auditOf(t.db, 'household_card', unpaired);
    // The coordinator's PDF batch and data page only: none of the cadre's reads.
    expect(unpairedAudit).toHaveLength(2);
  });

  it('answers 404 for a village where the cadre has no household, and for an unknown village', async () => {
    const none = await cadre('GET', `/api/v1/villages/${OTHER_VILLAGE}/cards.pdf`);
    expect(none.statusCode).toBe(404);
    expect(none.json()).toMatchObject({ error: { message: '该村没有您可以打印明白卡的农户' } });
    const unknown = await coordinator('GET', '/api/v1/villages/653021203299/cards.pdf');
    expect(unknown.statusCode).toBe(404);
  });

  it('names the bad parameter in Chinese and in English', async () => {
    const zh = await coordinator('GET', '/api/v1/households/not-an-id/card');
    expect(zh.statusCode).toBe(422);
    expect(zh.json()).toMatchObject({ error: { fields: [{ path: 'id' }] } });
    const en = await coordinator('GET', '/api/v1/villages/12ab/cards.pdf', undefined, {
      'accept-language': 'en',
    });
    expect(en.statusCode).toBe(422);
    const field = en.json<{ error: { fields: { path: string; message: string }[] } }>().error
      .fields[0];
    expect(field?.path).toBe('code');
    expect(field?.message).toMatch(/[A-Za-z]/);
    expect(field?.message).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('asks for a session', async () => {
    const res = await app.inject({ method: 'GET', url: `/api/v1/households/${unpaired}/card.pdf` });
    expect(res.statusCode).toBe(401);
  });
});
