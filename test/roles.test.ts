import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, PERMISSIONS, ROLES, type Role } from '../src/domain/roles.js';
import { as, buildTestApp, signIn } from './helpers/app.js';
import {
  buildCadre,
  buildHousehold,
  buildPairing,
  buildUser,
  buildVillage,
  householdInput,
} from './helpers/builders.js';
import { dialects, openTestDb, type TestDb } from './helpers/db.js';

type Client = ReturnType<typeof as>;

describe.each(dialects)('roles and scope on %s', (dialect) => {
  let t: TestDb;
  let app: FastifyInstance;
  const client = {} as Record<Role, Client>;
  let householdId: string;
  let personId: string;

  beforeAll(async () => {
    t = await openTestDb(dialect);
    app = await buildTestApp(t);
    await buildVillage(t.db);
    householdId = await buildHousehold(t.db);
    const person = await t.db
      .selectFrom('persons')
      .select('id')
      .where('household_id', '=', householdId)
      .executeTakeFirstOrThrow();
    personId = person.id;
    const cadreId = await buildCadre(t.db);
    await buildPairing(t.db, cadreId, householdId);
    for (const role of ROLES) {
      const username = await buildUser(t.db, role, role === 'cadre' ? { cadreId } : {});
      client[role] = as(app, await signIn(app, username));
    }
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it.each(ROLES)('signs in as %s, and /me lists exactly what the role may do', async (role) => {
    const res = await client[role]('GET', '/api/v1/me');
    expect(res.statusCode).toBe(200);
    const body = res.json<{ user: { role: string }; permissions: string[] }>();
    expect(body.user.role).toBe(role);
    expect(body.permissions).toEqual(PERMISSIONS.filter((p) => can(role, p)));
  });

  it('gives the rules the program expects: who administers, who audits, who only reads', () => {
    expect(ROLES.filter((r) => can(r, 'users.manage'))).toEqual(['admin']);
    expect(ROLES.filter((r) => can(r, 'audit.read'))).toEqual(['admin', 'auditor']);
    for (const readOnly of ['leader', 'auditor'] as const) {
      expect(PERMISSIONS.filter((p) => can(readOnly, p) && /write|manage|approve/.test(p))).toEqual(
        [],
      );
    }
  });

  it.each(['leader', 'auditor'] as const)(
    'answers 403 to %s on every write to households and persons',
    async (role) => {
      const writes: [Parameters<Client>[0], string, unknown][] = [
        ['POST', '/api/v1/households', householdInput()],
        ['PATCH', `/api/v1/households/${householdId}`, { address: '改动' }],
        [
          'POST',
          `/api/v1/households/${householdId}/status`,
          {
            status: 'monitored',
            effectiveDate: '2026-01-05',
          },
        ],
        ['DELETE', `/api/v1/households/${householdId}`, undefined],
        [
          'POST',
          '/api/v1/persons',
          {
            householdId,
            name: '古丽·阿山',
            sex: 'F',
            birthDate: '2012-06-01',
            relation: 'child',
          },
        ],
        ['PATCH', `/api/v1/persons/${personId}`, { schooling: 'primary' }],
        ['DELETE', `/api/v1/persons/${personId}`, undefined],
      ];
      for (const [method, url, body] of writes) {
        const res = await client[role](method, url, body);
        expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(403);
        expect(res.json<{ error: { code: string } }>().error.code).toBe('forbidden');
      }
      const after = await client.admin('GET', `/api/v1/households/${householdId}`);
      expect(after.json<{ address: string; memberCount: number }>()).toMatchObject({
        memberCount: 2,
      });
      expect(after.json<{ address: string }>().address).not.toBe('改动');
    },
  );

  it.each(ROLES)('lets %s read the audit log only if auditor or admin', async (role) => {
    const res = await client[role]('GET', '/api/v1/audit?limit=5');
    expect(res.statusCode, res.body).toBe(role === 'auditor' || role === 'admin' ? 200 : 403);
  });

  it.each(ROLES)('lets %s manage accounts only if admin', async (role) => {
    const res = await client[role]('GET', '/api/v1/users?limit=5');
    expect(res.statusCode, res.body).toBe(role === 'admin' ? 200 : 403);
  });

  it("keeps a cadre out of another cadre's households: not listed, and 404 on every door", async () => {
    const otherCadre = await buildCadre(t.db, { name: '另一位干部' });
    const theirs = await buildHousehold(t.db);
    await buildPairing(t.db, otherCadre, theirs);
    const theirPerson = await t.db
      .selectFrom('persons')
      .select('id')
      .where('household_id', '=', theirs)
      .executeTakeFirstOrThrow();

    const list = await client.cadre('GET', '/api/v1/households?limit=200');
    expect(list.json<{ items: { id: string }[] }>().items.map((h) => h.id)).toEqual([householdId]);
    const search = await client.cadre('GET', `/api/v1/households?q=${encodeURIComponent('阿山')}`);
    expect(search.json<{ items: { id: string }[] }>().items.map((h) => h.id)).not.toContain(theirs);

    const doors: [Parameters<Client>[0], string, unknown][] = [
      ['GET', `/api/v1/households/${theirs}`, undefined],
      ['PATCH', `/api/v1/households/${theirs}`, { address: '改动' }],
      ['GET', `/api/v1/persons/${theirPerson.id}`, undefined],
      ['PATCH', `/api/v1/persons/${theirPerson.id}`, { schooling: 'primary' }],
    ];
    for (const [method, url, body] of doors) {
      const res = await client.cadre(method, url, body);
      expect(res.statusCode, `${method} ${url}`).toBe(404);
      expect(res.json<{ error: { code: string } }>().error.code).toBe('not_found');
    }
    expect((await client.cadre('GET', `/api/v1/households/${householdId}`)).statusCode).toBe(200);
    expect((await client.coordinator('GET', `/api/v1/households/${theirs}`)).statusCode).toBe(200);
  });

  it('answers a cadre account with no cadre linked with an empty list, not everything', async () => {
    const username = await buildUser(t.db, 'cadre');
    const unlinked = as(app, await signIn(app, username));
    const list = await unlinked('GET', '/api/v1/households');
    expect(list.statusCode).toBe(200);
    expect(list.json<{ items: unknown[] }>().items).toEqual([]);
    expect((await unlinked('GET', `/api/v1/households/${householdId}`)).statusCode).toBe(404);
  });
});
