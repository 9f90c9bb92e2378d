import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildCadre,
  buildHousehold,
  buildPairing,
  buildUser,
  buildVillage,
} from '../../../test/helpers/builders.js';
import {
  auditOf,
  buildPairingOn,
  currentOf,
  userIdOf,
} from '../../../test/helpers/registry-builders.js';
import { as, buildTestApp, signIn } from '../../../test/helpers/app.js';
import { dialects, openTestDb, type TestDb } from '../../../test/helpers/db.js';

interface ErrorBody {
  error: { code: string; message: string; fields: { path: string; message: string }[] };
}
interface PairingBody {
  id: string;
  cadreId: string;
  cadreName: string;
  householdId: string;
  headName: string;
  role: 'lead' | 'assist';
  startDate: string;
  endDate: string | null;
  endReason: string;
}

describe.each(dialects)('pairings and handover over HTTP on %s', (dialect) => {
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

  it('pairs a cadre with a household and refuses a second current lead', async () => {
    const household = await buildHousehold(t.db);
    const [first, second] = [await buildCadre(t.db), await buildCadre(t.db, { name: '李明' })];
    const res = await coordinator('POST', '/api/v1/pairings', {
      cadreId: first,
      householdId: household,
      startDate: '2026-01-05',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<PairingBody>()).toMatchObject({
      cadreId: first,
      cadreName: '鱼智栋',
      householdId: household,
      role: 'lead',
      startDate: '2026-01-05',
      endDate: null,
    });
    const lead = await coordinator('POST', '/api/v1/pairings', {
      cadreId: second,
      householdId: household,
      startDate: '2026-01-06',
    });
    expect(lead.statusCode).toBe(409);
    expect(lead.json<ErrorBody>().error.message).toContain('主责');
    const assist = await coordinator('POST', '/api/v1/pairings', {
      cadreId: second,
      householdId: household,
      role: 'assist',
      startDate: '2026-01-06',
    });
    expect(assist.statusCode, assist.body).toBe(201);
    const twice = await coordinator('POST', '/api/v1/pairings', {
      cadreId: first,
      householdId: household,
      role: 'assist',
      startDate: '2026-01-07',
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json<ErrorBody>().error.message).toBe('该干部与该户已有在任结对');
    const entries = await auditOf(t.db, 'pairing', res.json<PairingBody>().id);
    expect(entries).toEqual([
      expect.objectContaining({
        action: 'create',
        userId: await userIdOf(t.db, coordinatorName),
        after: expect.objectContaining({ cadreId: first, role: 'lead', endDate: null }) as unknown,
      }),
    ]);
  });

  it('has the database itself refuse a second current lead', async () => {
    const household = await buildHousehold(t.db);
    await buildPairing(t.db, await buildCadre(t.db), household);
    await expect(buildPairing(t.db, await buildCadre(t.db), household)).rejects.toThrow();
  });

  it('names the field for an unknown household, an inactive cadre and a bad date', async () => {
    const household = await buildHousehold(t.db);
    const cadre = await buildCadre(t.db);
    const unknown = await coordinator('POST', '/api/v1/pairings', {
      cadreId: cadre,
      householdId: '00000000-0000-7000-8000-000000000000',
      startDate: '2026-01-01',
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json<ErrorBody>().error.fields).toEqual([
      { path: 'householdId', message: expect.stringMatching(/^结对户：/) as string },
    ]);
    await t.db
      .updateTable('cadres')
      .set({ left_on: '2026-02-01' })
      .where('id', '=', cadre)
      .execute();
    const inactive = await coordinator('POST', '/api/v1/pairings', {
      cadreId: cadre,
      householdId: household,
      startDate: '2026-03-01',
    });
    expect(inactive.statusCode).toBe(422);
    expect(inactive.json<ErrorBody>().error.fields[0]?.path).toBe('cadreId');
    const date = await coordinator(
      'POST',
      '/api/v1/pairings',
      { cadreId: cadre, householdId: household, startDate: '2026-02-30' },
      { 'accept-language': 'en' },
    );
    expect(date.statusCode).toBe(422);
    expect(date.json<ErrorBody>().error.fields).toEqual([
      { path: 'startDate', message: expect.stringContaining('YYYY-MM-DD') as string },
    ]);
  });

  it('ends a pairing once, not before its start, and keeps it in the history', async () => {
    const household = await buildHousehold(t.db);
    const cadre = await buildCadre(t.db);
    const id = await buildPairingOn(t.db, {
      cadreId: cadre,
      householdId: household,
      startDate: '2025-06-01',
    });
    const early = await coordinator('POST', `/api/v1/pairings/${id}/end`, {
      endDate: '2025-05-31',
    });
    expect(early.statusCode).toBe(422);
    expect(early.json<ErrorBody>().error.fields).toEqual([
      { path: 'endDate', message: '结束日期：不能早于开始日期' },
    ]);
    const future = await coordinator('POST', `/api/v1/pairings/${id}/end`, {
      endDate: '2099-01-01',
    });
    expect(future.statusCode).toBe(422);
    expect(future.json<ErrorBody>().error.fields).toEqual([
      { path: 'endDate', message: '结束日期：不能晚于今天' },
    ]);
    const res = await coordinator('POST', `/api/v1/pairings/${id}/end`, {
      endDate: '2026-02-28',
      reason: '干部调岗',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<PairingBody>()).toMatchObject({ endDate: '2026-02-28', endReason: '干部调岗' });
    const again = await coordinator('POST', `/api/v1/pairings/${id}/end`, {
      endDate: '2026-03-01',
    });
    expect(again.statusCode).toBe(409);
    const [entry] = (await auditOf(t.db, 'pairing', id)).slice(-1);
    expect(entry).toMatchObject({
      action: 'update',
      before: { endDate: null },
      after: { endDate: '2026-02-28' },
    });
    const history = await leader('GET', `/api/v1/pairings?household=${household}&current=false`);
    expect(history.json<{ items: PairingBody[] }>().items.map((p) => p.id)).toEqual([id]);
    const current = await leader('GET', `/api/v1/pairings?household=${household}&current=true`);
    expect(current.json<{ items: PairingBody[] }>().items).toEqual([]);
    const newLead = await coordinator('POST', '/api/v1/pairings', {
      cadreId: await buildCadre(t.db),
      householdId: household,
      startDate: '2026-03-01',
    });
    expect(newLead.statusCode).toBe(201);
  });

  it('hands every household of a cadre over in one act, keeping roles and history', async () => {
    const [from, to] = [await buildCadre(t.db, { name: '旧干部' }), await buildCadre(t.db)];
    const homes = [
      await buildHousehold(t.db),
      await buildHousehold(t.db),
      await buildHousehold(t.db),
    ];
    const oldIds = [
      await buildPairingOn(t.db, {
        cadreId: from,
        householdId: homes[0] ?? '',
        startDate: '2024-03-01',
      }),
      await buildPairingOn(t.db, {
        cadreId: from,
        householdId: homes[1] ?? '',
        startDate: '2025-03-01',
      }),
      await buildPairingOn(t.db, {
        cadreId: from,
        householdId: homes[2] ?? '',
        role: 'assist',
        startDate: '2025-04-01',
      }),
    ];
    const expected = await currentOf(t.db, from);
    const res = await coordinator('POST', `/api/v1/cadres/${from}/handover`, {
      toCadreId: to,
      date: '2026-04-30',
      reason: '原干部退休',
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{ ended: number; items: PairingBody[] }>();
    expect(body.ended).toBe(3);
    expect(body.items.map((p) => [p.cadreId, p.startDate, p.endDate])).toEqual(
      Array(3).fill([to, '2026-04-30', null]),
    );
    expect(await currentOf(t.db, from)).toEqual([]);
    expect(await currentOf(t.db, to)).toEqual(expected);
    const ended = await leader('GET', `/api/v1/pairings?cadre=${from}&current=false`);
    const history = ended.json<{ items: PairingBody[] }>().items;
    expect(history.map((p) => p.id).sort()).toEqual([...oldIds].sort());
    expect(history.every((p) => p.endDate === '2026-04-30' && p.endReason === '原干部退休')).toBe(
      true,
    );
    const trail = await auditOf(t.db, 'pairing', oldIds[0] ?? '');
    expect(trail[0]).toMatchObject({ before: { endDate: null }, after: { endDate: '2026-04-30' } });
    expect((await auditOf(t.db, 'pairing', body.items[0]?.id ?? ''))[0]).toMatchObject({
      action: 'create',
      after: { cadreId: to, startDate: '2026-04-30', handoverFrom: from },
    });
  });

  it('leaves nothing half-done when a handover fails', async () => {
    const [from, to] = [await buildCadre(t.db), await buildCadre(t.db)];
    const homes = [
      await buildHousehold(t.db),
      await buildHousehold(t.db),
      await buildHousehold(t.db),
    ];
    for (const home of homes) {
      await buildPairingOn(t.db, { cadreId: from, householdId: home, startDate: '2025-01-01' });
    }
    await buildPairingOn(t.db, {
      cadreId: to,
      householdId: homes[2] ?? '',
      role: 'assist',
      startDate: '2025-01-01',
    });
    const [fromBefore, toBefore] = [await currentOf(t.db, from), await currentOf(t.db, to)];
    const count = async () =>
      Number(
        (
          await t.db
            .selectFrom('pairings')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const rows = await count();
    const clash = await coordinator('POST', `/api/v1/cadres/${from}/handover`, {
      toCadreId: to,
      date: '2026-04-30',
    });
    expect(clash.statusCode).toBe(409);
    expect(clash.json<ErrorBody>().error.message).toContain('1 户');
    const self = await coordinator('POST', `/api/v1/cadres/${from}/handover`, {
      toCadreId: from,
      date: '2026-04-30',
    });
    expect(self.statusCode).toBe(422);
    expect(self.json<ErrorBody>().error.fields).toEqual([
      { path: 'toCadreId', message: '交接对象不能是原干部本人' },
    ]);
    const before = await coordinator('POST', `/api/v1/cadres/${from}/handover`, {
      toCadreId: await buildCadre(t.db),
      date: '2024-12-31',
    });
    expect(before.statusCode).toBe(422);
    expect(before.json<ErrorBody>().error.fields[0]?.path).toBe('date');
    const gone = await buildCadre(t.db);
    await t.db
      .updateTable('cadres')
      .set({ left_on: '2026-01-01' })
      .where('id', '=', gone)
      .execute();
    const inactive = await coordinator('POST', `/api/v1/cadres/${from}/handover`, {
      toCadreId: gone,
      date: '2026-04-30',
    });
    expect(inactive.json<ErrorBody>().error.fields[0]?.path).toBe('toCadreId');
    expect(await currentOf(t.db, from)).toEqual(fromBefore);
    expect(await currentOf(t.db, to)).toEqual(toBefore);
    expect(await count()).toBe(rows);
  });

  it('shows a cadre only their own pairings and lets no cadre, leader or auditor write', async () => {
    const self = await buildCadre(t.db);
    const other = await buildCadre(t.db);
    const mine = await buildPairing(t.db, self, await buildHousehold(t.db));
    const theirs = await buildPairing(t.db, other, await buildHousehold(t.db));
    const cadre = as(app, await signIn(app, await buildUser(t.db, 'cadre', { cadreId: self })));
    const list = await cadre('GET', '/api/v1/pairings?limit=200');
    expect(list.json<{ items: PairingBody[] }>().items.map((p) => p.id)).toEqual([mine]);
    const asked = await cadre('GET', `/api/v1/pairings?cadre=${other}`);
    expect(asked.json<{ items: PairingBody[] }>().items).toEqual([]);
    expect((await cadre('GET', `/api/v1/pairings/${mine}`)).statusCode).toBe(200);
    expect((await cadre('GET', `/api/v1/pairings/${theirs}`)).statusCode).toBe(404);
    const auditor = as(app, await signIn(app, await buildUser(t.db, 'auditor')));
    for (const who of [cadre, leader, auditor]) {
      const create = await who('POST', '/api/v1/pairings', {
        cadreId: self,
        householdId: await buildHousehold(t.db),
        startDate: '2026-01-01',
      });
      expect(create.statusCode).toBe(403);
      const end = await who('POST', `/api/v1/pairings/${mine}/end`, { endDate: '2026-05-01' });
      expect(end.statusCode).toBe(403);
      const handover = await who('POST', `/api/v1/cadres/${self}/handover`, {
        toCadreId: other,
        date: '2026-05-01',
      });
      expect(handover.statusCode).toBe(403);
    }
    expect(await currentOf(t.db, self)).toHaveLength(1);
  });

  it('pages pairings newest start first without gaps or repeats', async () => {
    const cadre = await buildCadre(t.db);
    const starts = ['2024-01-01', '2025-06-01', '2025-06-01', '2026-02-01', '2023-09-09'];
    for (const startDate of starts) {
      await buildPairingOn(t.db, {
        cadreId: cadre,
        householdId: await buildHousehold(t.db),
        startDate,
      });
    }
    const seen: PairingBody[] = [];
    let cursor = '';
    for (let i = 0; i < 10; i += 1) {
      const res = await leader('GET', `/api/v1/pairings?cadre=${cadre}&limit=2${cursor}`);
      const body = res.json<{ items: PairingBody[]; nextCursor: string | null }>();
      seen.push(...body.items);
      if (body.nextCursor === null) {
        break;
      }
      cursor = `&cursor=${body.nextCursor}`;
    }
    expect(seen.map((p) => p.startDate)).toEqual([...starts].sort().reverse());
    expect(new Set(seen.map((p) => p.id)).size).toBe(starts.length);
  });
});
