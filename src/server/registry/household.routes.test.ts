import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeIdNumber } from '../../domain/validation/id-number.js';
import {
  buildCadre,
  buildHousehold,
  buildPairing,
  buildUser,
  buildVillage,
  householdInput,
  VILLAGE,
} from '../../../test/helpers/builders.js';
import { buildActivity } from '../../../test/helpers/activity-builders.js';
import { as, buildTestApp, signIn } from '../../../test/helpers/app.js';
import { auditOf } from '../../../test/helpers/registry-builders.js';
import { dialects, openTestDb, type TestDb } from '../../../test/helpers/db.js';

describe.each(dialects)('households over HTTP on %s', (dialect) => {
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

  it('registers a household with members and reads it back with the ID number masked', async () => {
    const input = householdInput();
    const head = input.members[0];
    const res = await coordinator('POST', '/api/v1/households', {
      villageCode: VILLAGE,
      members: [{ ...head, name: '阿山•托合托逊' }],
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json<{
      id: string;
      headName: string;
      members: { idNumber: string; idNumberMasked: boolean }[];
    }>();
    expect(body.headName).toBe('阿山·托合托逊');
    expect(body.members[0]?.idNumber).toBe(
      `${head?.idNumber?.slice(0, 4)}**********${head?.idNumber?.slice(-4)}`,
    );
    expect(body.members[0]?.idNumberMasked).toBe(true);
  });

  it('names the field when an ID number has a wrong checksum, in Chinese and in English', async () => {
    const good = composeIdNumber('653021', '1975-01-02', 7, 'M');
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const member = {
      name: '巴克西·吾斯曼',
      sex: 'M',
      birthDate: '1975-01-02',
      idNumber: bad,
      relation: 'head',
    };
    const zh = await coordinator('POST', '/api/v1/households', {
      villageCode: VILLAGE,
      members: [member],
    });
    expect(zh.statusCode).toBe(422);
    expect(zh.json()).toMatchObject({
      error: {
        code: 'validation',
        fields: [
          { path: 'members.0.idNumber', message: expect.stringContaining('校验位') as string },
        ],
      },
    });
    const en = await coordinator(
      'POST',
      '/api/v1/households',
      { villageCode: VILLAGE, members: [member] },
      { 'accept-language': 'en' },
    );
    expect(
      en.json<{ error: { fields: { message: string }[] } }>().error.fields[0]?.message,
    ).toContain('check digit');
    const count = await t.db
      .selectFrom('persons')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('name', '=', '巴克西·吾斯曼')
      .executeTakeFirst();
    expect(Number(count?.n)).toBe(0);
  });

  it('gives a cadre only their own paired households and 404 for any other', async () => {
    const cadreId = await buildCadre(t.db);
    const mine = await buildHousehold(t.db);
    const other = await buildHousehold(t.db);
    await buildPairing(t.db, cadreId, mine);
    const cadre = as(app, await signIn(app, await buildUser(t.db, 'cadre', { cadreId })));
    expect((await cadre('GET', `/api/v1/households/${mine}`)).statusCode).toBe(200);
    expect((await cadre('GET', `/api/v1/households/${other}`)).statusCode).toBe(404);
    const list = await cadre('GET', '/api/v1/households?limit=200');
    expect(list.json<{ items: { id: string }[] }>().items.map((h) => h.id)).toEqual([mine]);
  });

  it('finds households by pinyin, initials and ID tail', async () => {
    const input = householdInput({
      members: [
        {
          name: '吾特库尔·克依木',
          sex: 'M',
          birthDate: '1985-05-05',
          idNumber: composeIdNumber('653021', '1985-05-05', 42, 'M'),
          relation: 'head',
        },
      ],
    });
    const res = await coordinator('POST', '/api/v1/households', input);
    const id = res.json<{ id: string }>().id;
    const idNumber = input.members[0]?.idNumber ?? '';
    for (const q of ['吾特库尔', 'wutekuer', 'wtke', '克依木', idNumber.slice(-6)]) {
      const found = await coordinator('GET', `/api/v1/households?q=${encodeURIComponent(q)}`);
      expect(
        found.json<{ items: { id: string }[] }>().items.map((h) => h.id),
        q,
      ).toContain(id);
    }
  });

  it('narrows a search and a status list to one village', async () => {
    const other = await buildVillage(t.db, '653021203202', '托万克村');
    const head = (n: number) => ({
      name: '麦麦提·依明',
      sex: 'M',
      birthDate: '1970-01-01',
      idNumber: composeIdNumber('653021', '1970-01-01', 500 + n, 'M'),
      relation: 'head',
    });
    const here = await buildHousehold(t.db, { members: [head(1)], status: 'monitored' });
    const there = await buildHousehold(t.db, {
      villageCode: other,
      members: [head(2)],
      status: 'monitored',
    });
    const ids = async (path: string) =>
      (await coordinator('GET', path)).json<{ items: { id: string }[] }>().items.map((h) => h.id);
    const q = encodeURIComponent('麦麦提');
    expect(await ids(`/api/v1/households?q=${q}`)).toEqual(expect.arrayContaining([here, there]));
    expect(await ids(`/api/v1/households?q=${q}&village=${other}`)).toEqual([there]);
    expect(await ids(`/api/v1/households?q=maimaiti&village=${VILLAGE}`)).toEqual([here]);
    expect(await ids(`/api/v1/households?status=monitored&village=${other}`)).toEqual([there]);
  });

  it('deletes a household registered in error, and refuses one that has pairings or records', async () => {
    const count = async (table: 'households' | 'persons', id: string) =>
      (
        await t.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where(table === 'households' ? 'id' : 'household_id', '=', id)
          .executeTakeFirstOrThrow()
      ).n;

    const mistaken = await buildHousehold(t.db);
    const gone = await coordinator('DELETE', `/api/v1/households/${mistaken}`);
    expect(gone.statusCode, gone.body).toBe(204);
    expect(Number(await count('households', mistaken))).toBe(0);
    expect(Number(await count('persons', mistaken))).toBe(0);
    const [entry] = (await auditOf(t.db, 'household', mistaken)).slice(-1);
    expect(entry?.action).toBe('delete');
    expect((entry?.before as { members: unknown[] }).members).toHaveLength(2);
    expect((await coordinator('GET', `/api/v1/households/${mistaken}`)).statusCode).toBe(404);

    const paired = await buildHousehold(t.db);
    const cadreId = await buildCadre(t.db);
    await buildPairing(t.db, cadreId, paired);
    const inUse = await coordinator('DELETE', `/api/v1/households/${paired}`);
    expect(inUse.statusCode).toBe(409);
    expect(inUse.json<{ error: { message: string } }>().error.message).toContain('引用');

    // Help recorded at a household that was never paired: refused too, and nothing is removed.
    const visited = await buildHousehold(t.db);
    await buildActivity(t.db, {
      measure: 'relief',
      typeCode: 'home_visit',
      villageCode: undefined,
      householdId: visited,
    });
    const withRecords = await coordinator('DELETE', `/api/v1/households/${visited}`);
    expect(withRecords.statusCode).toBe(409);
    expect(Number(await count('households', visited))).toBe(1);
    expect(Number(await count('persons', visited))).toBe(2);
    expect((await auditOf(t.db, 'household', visited)).map((e) => e.action)).not.toContain(
      'delete',
    );

    const cadre = as(app, await signIn(app, await buildUser(t.db, 'cadre', { cadreId })));
    const own = await buildHousehold(t.db);
    await buildPairing(t.db, cadreId, own);
    expect((await cadre('DELETE', `/api/v1/households/${own}`)).statusCode).toBe(403);
  });
});
