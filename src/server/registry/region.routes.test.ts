import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildCadre,
  buildHousehold,
  buildPairing,
  buildUser,
  buildVillage,
} from '../../../test/helpers/builders.js';
import { auditOf, userIdOf } from '../../../test/helpers/registry-builders.js';
import { as, buildTestApp, signIn } from '../../../test/helpers/app.js';
import { dialects, openTestDb, type TestDb } from '../../../test/helpers/db.js';

const TOWNSHIP = '653021203000';
const PATH = ['新疆维吾尔自治区', '克孜勒苏柯尔克孜自治州', '阿图什市', '哈拉峻乡'];

interface Problem {
  path: string;
  message: string;
}
interface ErrorBody {
  error: { code: string; message: string; fields: Problem[] };
}
interface VillageBody {
  code: string;
  name: string;
  path: string[];
  takenOn: boolean;
  deeplyPoor: boolean;
  householdCount: number;
}

describe.each(dialects)('regions and villages over HTTP on %s', (dialect) => {
  let t: TestDb;
  let app: FastifyInstance;
  let coordinator: ReturnType<typeof as>;
  let coordinatorName: string;
  let leader: ReturnType<typeof as>;

  beforeAll(async () => {
    t = await openTestDb(dialect);
    app = await buildTestApp(t);
    await buildVillage(t.db);
    coordinatorName = await buildUser(t.db, 'coordinator');
    coordinator = as(app, await signIn(app, coordinatorName));
    leader = as(app, await signIn(app, await buildUser(t.db, 'leader')));
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('adds a region with level and parent read from the code, and refuses it twice', async () => {
    const res = await coordinator('POST', '/api/v1/regions', {
      code: '653021203210',
      name: '托格拉克村',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({
      code: '653021203210',
      name: '托格拉克村',
      level: 'village',
      parentCode: TOWNSHIP,
    });
    const again = await coordinator('POST', '/api/v1/regions', {
      code: '653021203210',
      name: '重复',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json<ErrorBody>().error.message).toContain('653021203210');
    const entries = await auditOf(t.db, 'region', '653021203210');
    expect(entries).toHaveLength(1);
    expect(entries[0]?.after).toMatchObject({ name: '托格拉克村', level: 'village' });
  });

  it('pads a short code and refuses a region whose parent is not registered', async () => {
    const county = await coordinator('POST', '/api/v1/regions', { code: '6530', name: '州' });
    expect(county.statusCode).toBe(409);
    const orphan = await coordinator('POST', '/api/v1/regions', {
      code: '653021999001',
      name: '无上级村',
    });
    expect(orphan.statusCode).toBe(422);
    expect(orphan.json<ErrorBody>().error.fields).toEqual([
      { path: 'code', message: expect.stringContaining('653021999000') as string },
    ]);
    expect(orphan.json<ErrorBody>().error.fields[0]?.message).toContain('上级区划');
  });

  it('names the code field when it is malformed, in Chinese and in English', async () => {
    const zh = await coordinator('POST', '/api/v1/regions', { code: '12345', name: '' });
    expect(zh.statusCode).toBe(422);
    const fields = zh.json<ErrorBody>().error.fields;
    expect(fields.map((f) => f.path).sort()).toEqual(['code', 'name']);
    expect(fields.find((f) => f.path === 'code')?.message).toContain('区划代码');
    const en = await coordinator(
      'POST',
      '/api/v1/regions',
      { code: '12345', name: 'x' },
      { 'accept-language': 'en' },
    );
    expect(en.json<ErrorBody>().error.fields).toEqual([
      { path: 'code', message: expect.stringContaining('12-digit') as string },
    ]);
  });

  it('lists the children of a region by code, page by page', async () => {
    await coordinator('POST', '/api/v1/regions', { code: '653021203211', name: '二村' });
    const seen: string[] = [];
    let url = `/api/v1/regions?parent=${TOWNSHIP}&limit=1`;
    for (let i = 0; i < 10; i += 1) {
      const res = await leader('GET', url);
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json<{ items: { code: string }[]; nextCursor: string | null }>();
      seen.push(...body.items.map((r) => r.code));
      if (body.nextCursor === null) {
        break;
      }
      url = `/api/v1/regions?parent=${TOWNSHIP}&limit=1&cursor=${body.nextCursor}`;
    }
    expect(seen).toEqual(['653021203201', '653021203210', '653021203211']);
    const counties = await leader('GET', '/api/v1/regions?level=county');
    expect(counties.json<{ items: { code: string }[] }>().items.map((r) => r.code)).toEqual([
      '653021000000',
    ]);
    // One code: a lookup that answers an empty page, not a 404, when it is not registered.
    const one = await leader('GET', '/api/v1/regions?code=653021203210');
    expect(one.json<{ items: { name: string }[] }>().items.map((r) => r.name)).toEqual([
      '托格拉克村',
    ]);
    const none = await leader('GET', '/api/v1/regions?code=653021203299');
    expect(none.statusCode).toBe(200);
    expect(none.json()).toEqual({ items: [], nextCursor: null });
  });

  it('renames a region with before and after in the audit log; leader gets 403', async () => {
    const res = await coordinator('PATCH', '/api/v1/regions/653021203211', { name: '二村新名' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ name: string }>().name).toBe('二村新名');
    const read = await leader('GET', '/api/v1/regions/653021203211');
    expect(read.json<{ name: string }>().name).toBe('二村新名');
    const [entry] = (await auditOf(t.db, 'region', '653021203211')).slice(-1);
    expect(entry).toMatchObject({
      action: 'update',
      userId: await userIdOf(t.db, coordinatorName),
      before: { name: '二村' },
      after: { name: '二村新名' },
    });
    expect((await leader('PATCH', '/api/v1/regions/653021203211', { name: 'x' })).statusCode).toBe(
      403,
    );
    expect((await leader('POST', '/api/v1/regions', { code: '11', name: '北京' })).statusCode).toBe(
      403,
    );
    expect((await leader('GET', '/api/v1/regions/653021203299')).statusCode).toBe(404);
  });

  it('registers a village only for a registered village-level region, once', async () => {
    const township = await coordinator('POST', '/api/v1/villages', { code: TOWNSHIP });
    expect(township.statusCode).toBe(422);
    expect(township.json<ErrorBody>().error.fields[0]).toMatchObject({ path: 'code' });
    expect(township.json<ErrorBody>().error.fields[0]?.message).toContain('村级');
    const unknown = await coordinator('POST', '/api/v1/villages', { code: '653021203288' });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json<ErrorBody>().error.fields[0]?.path).toBe('code');
    const res = await coordinator('POST', '/api/v1/villages', {
      code: '653021203210',
      deeplyPoor: true,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<VillageBody>()).toEqual({
      code: '653021203210',
      name: '托格拉克村',
      path: PATH,
      takenOn: true,
      deeplyPoor: true,
      householdCount: 0,
    });
    const again = await coordinator('POST', '/api/v1/villages', { code: '653021203210' });
    expect(again.statusCode).toBe(409);
    expect((await leader('POST', '/api/v1/villages', { code: '653021203211' })).statusCode).toBe(
      403,
    );
  });

  it('changes village flags (audited) and filters the list by them and by region', async () => {
    const res = await coordinator('PATCH', '/api/v1/villages/653021203210', { takenOn: false });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<VillageBody>().takenOn).toBe(false);
    const [entry] = (await auditOf(t.db, 'village', '653021203210')).slice(-1);
    expect(entry).toMatchObject({ before: { takenOn: true }, after: { takenOn: false } });
    const codes = async (query: string) =>
      (await leader('GET', `/api/v1/villages?${query}`))
        .json<{ items: VillageBody[] }>()
        .items.map((v) => v.code);
    expect(await codes('takenOn=false')).toEqual(['653021203210']);
    expect(await codes('takenOn=true')).toEqual(['653021203201']);
    expect(await codes('under=6530')).toEqual(['653021203201', '653021203210']);
    expect(await codes('under=653021204')).toEqual([]);
    expect((await leader('PATCH', '/api/v1/villages/653021203210', {})).statusCode).toBe(403);
  });

  it('counts households by status for everyone, and only their own for a cadre', async () => {
    const code = await buildVillage(t.db, '653021203220', '阿克村');
    const own = await buildHousehold(t.db, { villageCode: code });
    await buildHousehold(t.db, { villageCode: code });
    await buildHousehold(t.db, { villageCode: code, status: 'exited', exitYear: 2020 });
    const cadreId = await buildCadre(t.db);
    await buildPairing(t.db, cadreId, own);
    const cadre = as(app, await signIn(app, await buildUser(t.db, 'cadre', { cadreId })));

    const all = await leader('GET', `/api/v1/villages/${code}`);
    expect(all.statusCode, all.body).toBe(200);
    expect(all.json()).toMatchObject({
      code,
      name: '阿克村',
      path: PATH,
      householdCount: 3,
      statusCounts: { registered_poor: 2, exited: 1, monitored: 0, not_poor: 0 },
      memberCount: 6,
      ledHouseholdCount: 1,
      householdsUrl: `/api/v1/households?village=${code}`,
    });
    const mine = await cadre('GET', `/api/v1/villages/${code}`);
    expect(mine.json()).toMatchObject({
      householdCount: 1,
      statusCounts: { registered_poor: 1, exited: 0 },
      memberCount: 2,
      ledHouseholdCount: 1,
    });
    const list = await cadre('GET', '/api/v1/villages?under=653021203');
    const counts = list.json<{ items: VillageBody[] }>().items.map((v) => v.householdCount);
    expect(counts).toEqual([0, 0, 1]);
    expect((await leader('GET', '/api/v1/villages/653021203299')).statusCode).toBe(404);
  });

  it('registers a village with its region in one step when given the name, all or nothing', async () => {
    const code = '653021203230';
    const res = await coordinator('POST', '/api/v1/villages', {
      code,
      villageName: '玉山村',
      takenOn: false,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<VillageBody>()).toMatchObject({
      code,
      name: '玉山村',
      path: PATH,
      takenOn: false,
    });
    const region = await coordinator('GET', `/api/v1/regions/${code}`);
    expect(region.json()).toEqual({ code, name: '玉山村', level: 'village', parentCode: TOWNSHIP });
    const entries = [
      ...(await auditOf(t.db, 'region', code)),
      ...(await auditOf(t.db, 'village', code)),
    ];
    expect(entries.map((e) => e.action)).toEqual(['create', 'create']);

    // The registered name is kept: a different one is refused at its field, saying what it is.
    const other = await coordinator('POST', '/api/v1/villages', {
      code: '653021203201',
      villageName: '别的村',
    });
    expect(other.statusCode).toBe(422);
    expect(other.json<ErrorBody>().error.fields).toEqual([
      { path: 'villageName', message: expect.stringContaining('谢依提村') as string },
    ]);

    // A parent that is not registered: neither the region nor the village is written.
    const orphan = '653021299201';
    const bad = await coordinator('POST', '/api/v1/villages', {
      code: orphan,
      villageName: '无主村',
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json<ErrorBody>().error.fields[0]).toMatchObject({ path: 'code' });
    expect((await coordinator('GET', `/api/v1/regions/${orphan}`)).statusCode).toBe(404);
    expect(await auditOf(t.db, 'region', orphan)).toEqual([]);

    // A township code is not a village, named or not.
    const township = await coordinator('POST', '/api/v1/villages', {
      code: '653021205000',
      villageName: '某乡',
    });
    expect(township.statusCode).toBe(422);
    expect(township.json<ErrorBody>().error.fields[0]?.message).toContain('村级');
  });
});
