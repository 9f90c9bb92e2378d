import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildCadre,
  buildHousehold,
  buildPairing,
  buildUnit,
  buildUser,
  buildVillage,
} from '../../../test/helpers/builders.js';
import { auditOf } from '../../../test/helpers/registry-builders.js';
import { as, buildTestApp, signIn } from '../../../test/helpers/app.js';
import { dialects, openTestDb, type TestDb } from '../../../test/helpers/db.js';

interface ErrorBody {
  error: { code: string; message: string; fields: { path: string; message: string }[] };
}
interface UnitBody {
  id: string;
  name: string;
  parentId: string | null;
  cadreCount: number;
}
interface CadreBody {
  id: string;
  unitId: string;
  unitName: string;
  name: string;
  phone: string | null;
  leftOn: string | null;
  currentPairings: number;
}

describe.each(dialects)('units and cadres over HTTP on %s', (dialect) => {
  let t: TestDb;
  let app: FastifyInstance;
  let coordinator: ReturnType<typeof as>;
  let leader: ReturnType<typeof as>;
  let auditor: ReturnType<typeof as>;

  beforeAll(async () => {
    t = await openTestDb(dialect);
    app = await buildTestApp(t);
    await buildVillage(t.db);
    coordinator = as(app, await signIn(app, await buildUser(t.db, 'coordinator')));
    leader = as(app, await signIn(app, await buildUser(t.db, 'leader')));
    auditor = as(app, await signIn(app, await buildUser(t.db, 'auditor')));
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('creates, lists, moves and deletes units, refusing cycles and units in use', async () => {
    const top = await coordinator('POST', '/api/v1/units', { name: '自治区机关事务管理局' });
    expect(top.statusCode, top.body).toBe(201);
    const topId = top.json<UnitBody>().id;
    const office = await coordinator('POST', '/api/v1/units', { name: '办公室', parentId: topId });
    expect(office.json<UnitBody>()).toMatchObject({ parentId: topId, cadreCount: 0 });
    const officeId = office.json<UnitBody>().id;

    const cycle = await coordinator('PATCH', `/api/v1/units/${topId}`, { parentId: officeId });
    expect(cycle.statusCode).toBe(422);
    expect(cycle.json<ErrorBody>().error.fields).toEqual([
      { path: 'parentId', message: '上级单位：不能选择本单位或其下级单位作为上级' },
    ]);
    const unknown = await coordinator('POST', '/api/v1/units', {
      name: '无',
      parentId: '00000000-0000-7000-8000-000000000000',
    });
    expect(unknown.json<ErrorBody>().error.fields[0]?.path).toBe('parentId');

    const children = await leader('GET', `/api/v1/units?parent=${topId}`);
    expect(children.json<{ items: UnitBody[] }>().items.map((u) => u.id)).toEqual([officeId]);
    const renamed = await coordinator('PATCH', `/api/v1/units/${officeId}`, { name: '办公室二' });
    expect(renamed.json<UnitBody>().name).toBe('办公室二');

    const inUse = await coordinator('DELETE', `/api/v1/units/${topId}`);
    expect(inUse.statusCode).toBe(409);
    expect(inUse.json<ErrorBody>().error.code).toBe('conflict');
    expect((await coordinator('DELETE', `/api/v1/units/${officeId}`)).statusCode).toBe(204);
    expect((await leader('GET', `/api/v1/units/${officeId}`)).statusCode).toBe(404);
    const trail = await auditOf(t.db, 'org_unit', officeId);
    expect(trail.map((e) => e.action)).toEqual(['create', 'update', 'delete']);
    expect(trail[1]).toMatchObject({ before: { name: '办公室' }, after: { name: '办公室二' } });
    expect(trail[2]?.before).toMatchObject({ name: '办公室二' });
  });

  it('pages units by id', async () => {
    await buildUnit(t.db, '财务处');
    await buildUnit(t.db, '机关服务中心');
    const first = await leader('GET', '/api/v1/units?limit=1');
    const body = first.json<{ items: UnitBody[]; nextCursor: string | null }>();
    expect(body.items).toHaveLength(1);
    expect(body.nextCursor).not.toBeNull();
    const second = await leader('GET', `/api/v1/units?limit=1&cursor=${body.nextCursor ?? ''}`);
    const next = second.json<{ items: UnitBody[] }>().items;
    expect(next).toHaveLength(1);
    expect((next[0]?.id ?? '') > (body.items[0]?.id ?? '')).toBe(true);
  });

  it('adds a cadre with a normalized name and names bad fields in Chinese and English', async () => {
    const unitId = await buildUnit(t.db, '机关事务处');
    const res = await coordinator('POST', '/api/v1/cadres', {
      unitId,
      name: '艾尔肯•吐尔逊',
      sex: 'M',
      phone: '139 1234 5678',
      position: '科员',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<CadreBody>()).toMatchObject({
      unitId,
      unitName: '机关事务处',
      name: '艾尔肯·吐尔逊',
      phone: '13912345678',
      leftOn: null,
      currentPairings: 0,
    });
    const after = (await auditOf(t.db, 'cadre', res.json<CadreBody>().id))[0];
    expect(after).toMatchObject({ action: 'create', after: { name: '艾尔肯·吐尔逊' } });

    const bad = { unitId, name: '张三', sex: 'X', phone: '123' };
    const zh = await coordinator('POST', '/api/v1/cadres', bad);
    expect(zh.statusCode).toBe(422);
    const fields = zh.json<ErrorBody>().error.fields;
    expect(fields.map((f) => f.path).sort()).toEqual(['phone', 'sex']);
    expect(fields.find((f) => f.path === 'sex')?.message).toContain('性别');
    const en = await coordinator('POST', '/api/v1/cadres', bad, { 'accept-language': 'en' });
    expect(en.json<ErrorBody>().error.fields.find((f) => f.path === 'sex')?.message).toContain(
      'Sex',
    );
    const noUnit = await coordinator('POST', '/api/v1/cadres', {
      unitId: '00000000-0000-7000-8000-000000000000',
      name: '张三',
      sex: 'M',
    });
    expect(noUnit.statusCode).toBe(422);
    expect(noUnit.json<ErrorBody>().error.fields[0]).toEqual({
      path: 'unitId',
      message: '所属单位：未找到该单位',
    });
  });

  it('lists cadres by unit, activity and name with current pairing counts', async () => {
    const unitId = await buildUnit(t.db, '后勤处');
    const busy = await buildCadre(t.db, { unitId, name: '鱼智栋' });
    const gone = await buildCadre(t.db, { unitId, name: '李明' });
    await buildPairing(t.db, busy, await buildHousehold(t.db));
    await buildPairing(t.db, busy, await buildHousehold(t.db));
    const left = await coordinator('PATCH', `/api/v1/cadres/${gone}`, { leftOn: '2026-03-01' });
    expect(left.statusCode, left.body).toBe(200);

    const list = async (query: string) =>
      (await leader('GET', `/api/v1/cadres?unit=${unitId}&${query}`)).json<{
        items: CadreBody[];
      }>().items;
    expect((await list('')).map((c) => [c.name, c.currentPairings])).toEqual([
      ['鱼智栋', 2],
      ['李明', 0],
    ]);
    expect((await list('active=true')).map((c) => c.id)).toEqual([busy]);
    expect((await list('active=false')).map((c) => c.id)).toEqual([gone]);
    expect((await list('q=智')).map((c) => c.id)).toEqual([busy]);
    expect((await list('q=%25')).map((c) => c.id)).toEqual([]);
    const one = await leader('GET', `/api/v1/cadres/${busy}`);
    expect(one.json<CadreBody>().currentPairings).toBe(2);
  });

  it('refuses to record a departure before a handover, and deletes only unused cadres', async () => {
    const paired = await buildCadre(t.db, { name: '王芳' });
    await buildPairing(t.db, paired, await buildHousehold(t.db));
    const early = await coordinator('PATCH', `/api/v1/cadres/${paired}`, { leftOn: '2026-03-01' });
    expect(early.statusCode).toBe(409);
    expect(early.json<ErrorBody>().error.message).toContain('交接');
    expect((await coordinator('DELETE', `/api/v1/cadres/${paired}`)).statusCode).toBe(409);

    const moved = await coordinator('PATCH', `/api/v1/cadres/${paired}`, { position: '副处长' });
    expect(moved.json<CadreBody>()).toMatchObject({ name: '王芳', currentPairings: 1 });
    const [update] = (await auditOf(t.db, 'cadre', paired)).slice(-1);
    expect(update).toMatchObject({
      action: 'update',
      before: { position: '' },
      after: { position: '副处长' },
    });

    const spare = await buildCadre(t.db, { name: '赵强' });
    expect((await coordinator('DELETE', `/api/v1/cadres/${spare}`)).statusCode).toBe(204);
    expect((await coordinator('GET', `/api/v1/cadres/${spare}`)).statusCode).toBe(404);
    expect((await auditOf(t.db, 'cadre', spare))[0]).toMatchObject({
      action: 'delete',
      before: { name: '赵强' },
    });
  });

  it('lets a cadre read only their own record', async () => {
    const self = await buildCadre(t.db, { name: '马丽' });
    const other = await buildCadre(t.db, { name: '马强' });
    const cadre = as(app, await signIn(app, await buildUser(t.db, 'cadre', { cadreId: self })));
    expect((await cadre('GET', `/api/v1/cadres/${self}`)).statusCode).toBe(200);
    expect((await cadre('GET', `/api/v1/cadres/${other}`)).statusCode).toBe(404);
    const list = await cadre('GET', '/api/v1/cadres?limit=200');
    expect(list.json<{ items: CadreBody[] }>().items.map((c) => c.id)).toEqual([self]);
    expect((await cadre('PATCH', `/api/v1/cadres/${self}`, { position: 'x' })).statusCode).toBe(
      403,
    );
  });

  it('gives read-only roles 403 on every write', async () => {
    const unitId = await buildUnit(t.db);
    const cadreId = await buildCadre(t.db, { unitId });
    for (const who of [leader, auditor]) {
      expect((await who('POST', '/api/v1/units', { name: '新单位' })).statusCode).toBe(403);
      expect((await who('PATCH', `/api/v1/units/${unitId}`, { name: '改' })).statusCode).toBe(403);
      expect((await who('DELETE', `/api/v1/units/${unitId}`)).statusCode).toBe(403);
      const cadre = { unitId, name: '张三', sex: 'M' };
      expect((await who('POST', '/api/v1/cadres', cadre)).statusCode).toBe(403);
      expect((await who('PATCH', `/api/v1/cadres/${cadreId}`, { name: '改' })).statusCode).toBe(
        403,
      );
      expect((await who('DELETE', `/api/v1/cadres/${cadreId}`)).statusCode).toBe(403);
      expect((await who('GET', `/api/v1/cadres/${cadreId}`)).statusCode).toBe(200);
    }
  });
});
