import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/db/connect.js';
import { parseIdNumber } from '../../src/domain/validation/id-number.js';
import { verifyPassword } from '../../src/server/auth/passwords.js';
import { dialects } from '../helpers/db.js';
import { differingTables, digestTables } from './demo-digest.js';
import { cliTarget, type CliTarget } from './demo-target.js';
import { runCli } from './run-cli.js';

/** Each run starts node and tsx and builds a database; on a busy machine that takes a while. */
const SLOW = { timeout: 300_000 };
const USERNAMES = [
  'admin',
  'auditor',
  'cadre',
  'coop',
  'coordinator',
  'finance',
  'finance2',
  'leader',
  'trainer',
];

describe.each(dialects)('bangfu demo on %s', (dialect) => {
  let target: CliTarget;
  let handle: DbHandle;
  let firstDigest: Map<string, string>;

  beforeAll(async () => {
    target = await cliTarget(dialect);
    const res = await runCli(['demo', '--households', '120', '--seed', '7'], { env: target.env });
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toContain('bangfu-demo-2026');
    for (const username of USERNAMES) {
      expect(res.stdout).toMatch(new RegExp(`^\\s+${username}\\s`, 'm'));
    }
    handle = target.open();
    firstDigest = await digestTables(handle, target.schema);
  }, 300_000);
  afterAll(async () => {
    await handle?.close();
    await target?.dispose();
  });

  it('takes on the 12 villages of the article with real division codes', async () => {
    const villages = await handle.db
      .selectFrom('villages as v')
      .innerJoin('regions as r', 'r.code', 'v.code')
      .select(['v.code', 'r.name', 'v.taken_on', 'v.deeply_poor', 'r.parent_code'])
      .orderBy('v.code')
      .execute();
    expect(villages).toHaveLength(12);
    expect(villages.every((v) => v.taken_on === 1 && v.deeply_poor === 1)).toBe(true);
    expect(villages.filter((v) => v.code.startsWith('653001205'))).toHaveLength(8);
    expect(villages.filter((v) => v.code.startsWith('6531'))).toHaveLength(4);
    const xeyit = villages.find((v) => v.name === '谢依提村');
    expect(xeyit?.code).toBe('653001205203');
    const chain: string[] = [];
    let code = xeyit?.parent_code ?? null;
    while (code) {
      const region = await handle.db
        .selectFrom('regions')
        .select(['name', 'parent_code'])
        .where('code', '=', code)
        .executeTakeFirstOrThrow();
      chain.push(region.name);
      code = region.parent_code;
    }
    expect(chain).toEqual(['哈拉峻乡', '阿图什市', '克孜勒苏柯尔克孜自治州', '新疆维吾尔自治区']);
  });

  it('registers households evenly with members whose ID numbers fit them', async () => {
    const perVillage = await handle.db
      .selectFrom('households')
      .select(['village_code', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('village_code')
      .execute();
    expect(perVillage.map((r) => Number(r.n))).toEqual(Array(12).fill(10));
    const persons = await handle.db
      .selectFrom('persons as p')
      .innerJoin('households as h', 'h.id', 'p.household_id')
      .select(['p.name', 'p.sex', 'p.birth_date', 'p.id_number', 'p.relation', 'h.village_code'])
      .execute();
    expect(persons.length).toBeGreaterThan(300);
    expect(persons.filter((p) => p.relation === 'head')).toHaveLength(120);
    expect(persons.every((p) => /^\p{Script=Han}+·\p{Script=Han}+$/u.test(p.name))).toBe(true);
    for (const p of persons) {
      const parsed = parseIdNumber(p.id_number ?? '', '9999-12-31');
      expect(parsed.ok, p.id_number ?? 'none').toBe(true);
      if (parsed.ok) {
        expect(parsed.id).toMatchObject({ birthDate: p.birth_date, sex: p.sex });
        expect(parsed.id.value.slice(0, 6)).toBe(p.village_code.slice(0, 6));
      }
    }
    expect(persons.some((p) => p.relation === 'spouse')).toBe(true);
    expect(persons.some((p) => p.relation === 'child')).toBe(true);
  });

  it('gives most households a dated exit in 2019–2020, some monitored, a few still poor', async () => {
    const households = await handle.db
      .selectFrom('households')
      .select(['id', 'status', 'exit_year', 'status_since'])
      .execute();
    const count = (s: string) => households.filter((h) => h.status === s).length;
    expect(count('exited')).toBeGreaterThan(70);
    expect(count('monitored')).toBeGreaterThan(0);
    expect(count('exited') + count('monitored') + count('registered_poor')).toBe(120);
    // Feature seeders may move a household on later (e.g. a trainee's family exits), so the
    // registry's own plan shows as "most", not "all".
    const exited = households.filter((h) => h.status === 'exited');
    expect(exited.every((h) => h.exit_year !== null)).toBe(true);
    const early = exited.filter((h) => h.exit_year === 2019 || h.exit_year === 2020);
    expect(early.length).toBeGreaterThan(70);
    const history = await handle.db
      .selectFrom('household_status_changes')
      .select(['household_id', 'status', 'effective_date'])
      .orderBy('effective_date')
      .orderBy('id')
      .execute();
    for (const h of early) {
      const steps = history.filter((s) => s.household_id === h.id).map((s) => s.status);
      expect(steps.slice(0, 2)).toEqual(['registered_poor', 'exited']);
    }
    for (const h of households) {
      const last = history.filter((s) => s.household_id === h.id).at(-1);
      expect(last).toMatchObject({ status: h.status, effective_date: h.status_since });
    }
  });

  it('pairs every household with one current lead cadre, keeping ended pairings', async () => {
    const current = await handle.db
      .selectFrom('pairings')
      .select(['household_id', 'cadre_id'])
      .where('end_date', 'is', null)
      .where('role', '=', 'lead')
      .execute();
    expect(new Set(current.map((p) => p.household_id)).size).toBe(120);
    expect(current).toHaveLength(120);
    const ended = await handle.db
      .selectFrom('pairings as p')
      .innerJoin('cadres as c', 'c.id', 'p.cadre_id')
      .select(['p.end_date', 'c.left_on'])
      .where('p.end_date', 'is not', null)
      .execute();
    expect(ended.length).toBeGreaterThan(0);
    expect(ended.every((p) => p.end_date === p.left_on)).toBe(true);
    const cadres = await handle.db.selectFrom('cadres').select('id').execute();
    expect(cadres.length).toBeGreaterThanOrEqual(60);
    const income = await handle.db.selectFrom('income_records').select('year').execute();
    expect(income).toHaveLength(360);
  });

  it('creates one account per role, the cadre account linked to a paired cadre', async () => {
    const users = await handle.db
      .selectFrom('users')
      .select(['username', 'role', 'cadre_id', 'password_hash'])
      .orderBy('username')
      .execute();
    expect(users.map((u) => u.username)).toEqual(USERNAMES);
    expect(users.find((u) => u.username === 'coop')?.role).toBe('coop_manager');
    expect(users.filter((u) => u.role === 'finance')).toHaveLength(2);
    const cadre = users.find((u) => u.username === 'cadre');
    const paired = await handle.db
      .selectFrom('pairings')
      .select('household_id')
      .where('cadre_id', '=', cadre?.cadre_id ?? '')
      .where('end_date', 'is', null)
      .execute();
    expect(paired.length).toBeGreaterThan(0);
    expect(await verifyPassword(users[0]?.password_hash ?? '', 'bangfu-demo-2026')).toBe(true);
  });

  it('builds the same data again from the same seed, replacing its own demo', SLOW, async () => {
    const res = await runCli(['demo', '--households', '120', '--seed', '7'], { env: target.env });
    expect(res.code, res.stderr).toBe(0);
    const again = await digestTables(handle, target.schema);
    expect(differingTables(firstDigest, again)).toEqual([]);
    expect(again.size).toBeGreaterThan(10);
  });
});
