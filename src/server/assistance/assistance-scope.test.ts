import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, buildTestApp, signIn } from '../../../test/helpers/app.js';
import {
  buildAssistance,
  buildFamily,
  buildPairedCadre,
  inputs,
} from '../../../test/helpers/assistance-builders.js';
import { buildUser, buildVillage, VILLAGE } from '../../../test/helpers/builders.js';
import { dialects, openTestDb, type TestDb } from '../../../test/helpers/db.js';

type Body = Record<string, unknown> & { id: string };
type Page = { items: Body[] };
const OTHER_VILLAGE = '653021203202';

describe.each(dialects)('assistance scope and roles on %s', (dialect) => {
  let t: TestDb;
  let app: FastifyInstance;
  let coordinatorName: string;
  let paired: Awaited<ReturnType<typeof buildPairedCadre>>;
  let cadre: ReturnType<typeof as>;
  let stranger: Awaited<ReturnType<typeof buildFamily>>;

  beforeAll(async () => {
    t = await openTestDb(dialect);
    app = await buildTestApp(t);
    await buildVillage(t.db);
    await buildVillage(t.db, OTHER_VILLAGE, '阿湖村');
    coordinatorName = await buildUser(t.db, 'coordinator');
    paired = await buildPairedCadre(t.db);
    cadre = as(app, await signIn(app, paired.username));
    stranger = await buildFamily(t.db);
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('lets a cadre record, correct and void help for their own paired family', async () => {
    const created = await cadre('POST', '/api/v1/assistance', inputs.job(paired.headId));
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<Body>().id;
    const patched = await cadre('PATCH', `/api/v1/assistance/${id}`, {
      kind: 'job',
      jobTitle: '保洁员',
    });
    expect(patched.json()).toMatchObject({ jobTitle: '保洁员' });
    const voided = await cadre('POST', `/api/v1/assistance/${id}/void`, { reason: '登记错误' });
    expect(voided.statusCode).toBe(200);
  });

  it('answers 404 to a cadre recording for a family not paired with them, or unknown', async () => {
    const attempts = [
      inputs.goodDeed(stranger.householdId),
      inputs.job(stranger.headId),
      inputs.loan(stranger.householdId),
      inputs.job('01900000-0000-7000-8000-00000000abcd'),
      inputs.donationToHouseholds([paired.householdId, stranger.householdId]),
    ];
    for (const input of attempts) {
      const res = await cadre('POST', '/api/v1/assistance', input);
      expect(res.statusCode, JSON.stringify(input)).toBe(404);
    }
  });

  it('answers 403 to a cadre recording village-level help', async () => {
    for (const input of [
      inputs.healthCheck(VILLAGE),
      inputs.project(VILLAGE),
      inputs.donationToVillage(VILLAGE),
    ]) {
      const res = await cadre('POST', '/api/v1/assistance', input);
      expect(res.statusCode, JSON.stringify(input)).toBe(403);
    }
  });

  it("hides other families' records from a cadre: not in lists, 404 on read, correct and void", async () => {
    const hidden = await buildAssistance(
      t.db,
      coordinatorName,
      inputs.goodDeed(stranger.householdId),
    );
    const own = await buildAssistance(t.db, coordinatorName, inputs.goodDeed(paired.householdId));
    const list = await cadre('GET', '/api/v1/assistance?limit=200');
    const ids = list.json<Page>().items.map((r) => r.id);
    expect(ids).toContain(own);
    expect(ids).not.toContain(hidden);
    const filtered = await cadre('GET', `/api/v1/assistance?household=${stranger.householdId}`);
    expect(filtered.json<Page>().items).toEqual([]);
    expect((await cadre('GET', `/api/v1/assistance/${hidden}`)).statusCode).toBe(404);
    const patch = { kind: 'good_deed', description: '改' };
    expect((await cadre('PATCH', `/api/v1/assistance/${hidden}`, patch)).statusCode).toBe(404);
    const voidIt = await cadre('POST', `/api/v1/assistance/${hidden}/void`, { reason: 'x' });
    expect(voidIt.statusCode).toBe(404);
  });

  it('shows a cadre village help of their own village, read-only, and not of other villages', async () => {
    const here = await buildAssistance(t.db, coordinatorName, inputs.healthCheck(VILLAGE));
    const there = await buildAssistance(t.db, coordinatorName, inputs.healthCheck(OTHER_VILLAGE));
    const list = await cadre('GET', '/api/v1/assistance?kind=health_check');
    const ids = list.json<Page>().items.map((r) => r.id);
    expect(ids).toContain(here);
    expect(ids).not.toContain(there);
    const patch = { kind: 'health_check', provider: '改' };
    expect((await cadre('PATCH', `/api/v1/assistance/${here}`, patch)).statusCode).toBe(403);
    expect((await cadre('GET', `/api/v1/assistance/${there}`)).statusCode).toBe(404);
  });

  it('shows a cadre only their own families among the recipients of a donation', async () => {
    const id = await buildAssistance(
      t.db,
      coordinatorName,
      inputs.donationToHouseholds([paired.householdId, stranger.householdId]),
    );
    const read = await cadre('GET', `/api/v1/assistance/${id}`);
    const body = read.json<{ recipients: { householdId: string }[]; totals: unknown[] }>();
    expect(body.recipients.map((r) => r.householdId)).toEqual([paired.householdId]);
    expect(body.totals).toMatchObject([{ quantity: 50 }, { quantity: 2 }]);
    const patch = { kind: 'donation', donor: '改' };
    expect((await cadre('PATCH', `/api/v1/assistance/${id}`, patch)).statusCode).toBe(404);
  });

  it('gives leaders and auditors a read-only view, and hides health details from leaders', async () => {
    const id = await buildAssistance(t.db, coordinatorName, inputs.medical(paired.headId));
    const leader = as(app, await signIn(app, await buildUser(t.db, 'leader')));
    const auditor = as(app, await signIn(app, await buildUser(t.db, 'auditor')));
    const read = await leader('GET', `/api/v1/assistance/${id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ kind: 'medical', medicalKind: null, costFen: null });
    const full = await auditor('GET', `/api/v1/assistance/${id}`);
    expect(full.json()).toMatchObject({ medicalKind: 'prosthesis_or_device', costFen: 1_800_000 });
    for (const who of [leader, auditor]) {
      expect(
        (await who('POST', '/api/v1/assistance', inputs.goodDeed(paired.householdId))).statusCode,
      ).toBe(403);
      const patch = { kind: 'medical', costFen: 1 };
      expect((await who('PATCH', `/api/v1/assistance/${id}`, patch)).statusCode).toBe(403);
      expect((await who('POST', `/api/v1/assistance/${id}/void`, { reason: 'x' })).statusCode).toBe(
        403,
      );
    }
  });

  it("takes a family out of a cadre's reach once their pairing ends", async () => {
    const other = await buildPairedCadre(t.db);
    const id = await buildAssistance(t.db, coordinatorName, inputs.goodDeed(other.householdId));
    const theirs = as(app, await signIn(app, other.username));
    expect((await theirs('GET', `/api/v1/assistance/${id}`)).statusCode).toBe(200);
    await t.db
      .updateTable('pairings')
      .set({ end_date: '2026-10-01' })
      .where('id', '=', other.pairingId)
      .execute();
    expect((await theirs('GET', `/api/v1/assistance/${id}`)).statusCode).toBe(404);
  });

  it('asks for sign-in first', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/assistance' });
    expect(res.statusCode).toBe(401);
  });
});
