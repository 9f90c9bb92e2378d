import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeIdNumber } from '../src/domain/validation/id-number.js';
import { as, buildTestApp, signIn } from './helpers/app.js';
import {
  buildCadre,
  buildPairing,
  buildUser,
  buildVillage,
  householdInput,
} from './helpers/builders.js';
import { dialects, openTestDb, type TestDb } from './helpers/db.js';

interface Entry {
  id: string;
  at: string;
  userId: string | null;
  username: string | null;
  action: string;
  entity: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

describe.each(dialects)('the audit trail of registry work on %s', (dialect) => {
  let t: TestDb;
  let app: FastifyInstance;
  let coordinator: ReturnType<typeof as>;
  let auditor: ReturnType<typeof as>;
  let coordinatorName: string;
  let householdId: string;
  let head: { id: string; idNumber: string };

  async function entries(query: string): Promise<Entry[]> {
    const res = await auditor('GET', `/api/v1/audit?limit=200&${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ items: Entry[] }>().items;
  }

  beforeAll(async () => {
    t = await openTestDb(dialect);
    app = await buildTestApp(t);
    await buildVillage(t.db);
    coordinatorName = await buildUser(t.db, 'coordinator');
    coordinator = as(app, await signIn(app, coordinatorName));
    auditor = as(app, await signIn(app, await buildUser(t.db, 'auditor')));
    const input = householdInput();
    const res = await coordinator('POST', '/api/v1/households', input);
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json<{ id: string; members: { id: string; relation: string }[] }>();
    householdId = body.id;
    head = {
      id: body.members.find((m) => m.relation === 'head')?.id ?? '',
      idNumber: input.members[0]?.idNumber ?? '',
    };
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('records the registration of a household, by whom, without any ID number', async () => {
    const found = await entries(`entity=household&entityId=${householdId}&action=create`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      username: coordinatorName,
      action: 'create',
      entity: 'household',
      entityId: householdId,
      before: null,
    });
    expect(found[0]?.after).toMatchObject({ village_code: '653021203201', members: 2 });
    expect(JSON.stringify(found)).not.toContain(head.idNumber);
  });

  it('records a person correction with before and after, the ID number masked in both', async () => {
    const newId = composeIdNumber('653021', '1980-03-15', 77, 'M');
    const res = await coordinator('PATCH', `/api/v1/persons/${head.id}`, {
      idNumber: newId,
      schooling: 'junior',
    });
    expect(res.statusCode, res.body).toBe(200);
    const [entry] = await entries(`entity=person&entityId=${head.id}&action=update`);
    expect(entry?.before).toMatchObject({
      idNumber: `${head.idNumber.slice(0, 4)}**********${head.idNumber.slice(-4)}`,
      schooling: 'none',
    });
    expect(entry?.after).toMatchObject({
      idNumber: `${newId.slice(0, 4)}**********${newId.slice(-4)}`,
      schooling: 'junior',
    });
    const raw = JSON.stringify(entry);
    expect(raw).not.toContain(head.idNumber);
    expect(raw).not.toContain(newId);
  });

  it('records full-record reads of households and persons', async () => {
    expect((await coordinator('GET', `/api/v1/households/${householdId}`)).statusCode).toBe(200);
    expect((await coordinator('GET', `/api/v1/persons/${head.id}`)).statusCode).toBe(200);
    const household = await entries(`entityId=${householdId}&action=read_full`);
    const person = await entries(`entityId=${head.id}&action=read_full`);
    expect(household.map((e) => [e.entity, e.username])).toContainEqual([
      'household',
      coordinatorName,
    ]);
    expect(person.map((e) => [e.entity, e.username])).toEqual([['person', coordinatorName]]);
  });

  it('records every reveal of a whole ID number; a cadre asking for one gets 403 and reveals nothing', async () => {
    const revealed = await coordinator('GET', `/api/v1/persons/${head.id}?reveal=idNumber`);
    expect(revealed.statusCode).toBe(200);
    expect(revealed.json<{ idNumberMasked: boolean }>().idNumberMasked).toBe(false);
    const reveals = await entries(`entityId=${head.id}&action=reveal_id_number`);
    expect(reveals).toHaveLength(1);
    expect(reveals[0]).toMatchObject({ entity: 'person', username: coordinatorName });

    const cadreId = await buildCadre(t.db);
    await buildPairing(t.db, cadreId, householdId);
    const cadreName = await buildUser(t.db, 'cadre', { cadreId });
    const cadre = as(app, await signIn(app, cadreName));
    const refused = await cadre('GET', `/api/v1/persons/${head.id}?reveal=idNumber`);
    expect(refused.statusCode).toBe(403);
    expect(refused.body).not.toMatch(/\d{17}[\dX]/);
    expect(await entries(`entityId=${head.id}&action=reveal_id_number`)).toHaveLength(1);
    const masked = await cadre('GET', `/api/v1/persons/${head.id}`);
    expect(masked.json<{ idNumberMasked: boolean }>().idNumberMasked).toBe(true);
  });

  it('lists entries newest first and filters by user', async () => {
    const mine = await t.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', coordinatorName)
      .executeTakeFirstOrThrow();
    const all = await entries(`user=${mine.id}`);
    expect(all.length).toBeGreaterThanOrEqual(6);
    expect(all.every((e) => e.userId === mine.id)).toBe(true);
    const ids = all.map((e) => e.id);
    expect(ids).toEqual([...ids].sort().reverse());
    expect(all.at(-1)?.action).toBe('login');
  });
});
