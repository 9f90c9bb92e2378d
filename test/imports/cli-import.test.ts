import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type DbHandle } from '../../src/db/connect.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { buildVillage } from '../helpers/builders.js';
import { dialects, openTestDb, type TestDb } from '../helpers/db.js';
import { runCli, tempDataDir } from '../cli/run-cli.js';
import { messyRows, registerExisting, utf8Csv, type Registered } from './roster-files.js';

/** Each run starts node and tsx; on a busy machine that takes seconds. */
const SLOW = { timeout: 240_000 };

interface Target {
  readonly handle: DbHandle;
  readonly env: Record<string, string>;
  dispose(): Promise<void>;
}

/** A database the CLI can reach: an SQLite file in a data directory, or a PostgreSQL schema. */
async function target(dialect: 'sqlite' | 'postgres', dir: string): Promise<Target> {
  if (dialect === 'sqlite') {
    const handle = connect({ url: join(dir, 'bangfu.db') });
    await migrateToLatest(handle.db);
    return { handle, env: { BANGFU_DATA_DIR: dir }, dispose: () => handle.close() };
  }
  const t: TestDb = await openTestDb('postgres');
  const schema = (await sql<{ s: string }>`select current_schema() as s`.execute(t.db)).rows[0]?.s;
  const url = new URL(process.env.BANGFU_TEST_PG_URL ?? '');
  url.searchParams.set('options', `-c search_path=${schema ?? ''}`);
  return {
    handle: t,
    env: { BANGFU_DATA_DIR: dir, BANGFU_DATABASE_URL: url.toString() },
    dispose: () => t.dispose(),
  };
}

describe.each(dialects)('bangfu import households on %s', (dialect) => {
  let dir: string;
  let db: Target;
  let registered: Registered;

  async function households(): Promise<number> {
    const row = await db.handle.db
      .selectFrom('households')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  beforeAll(async () => {
    dir = tempDataDir();
    db = await target(dialect, dir);
    await buildVillage(db.handle.db);
    registered = await registerExisting(db.handle.db);
    writeFileSync(join(dir, '花名册.csv'), utf8Csv(messyRows(registered)));
    // Only the households without errors (rows 2–5 and 11–13 of the messy roster).
    const good = messyRows(registered).filter((r) => !['2', '3', '4'].includes(r[0] ?? ''));
    writeFileSync(join(dir, 'good.csv'), utf8Csv(good));
  }, 120_000);
  afterAll(async () => {
    await db.dispose();
  });

  it('writes the template and exits 0', SLOW, async () => {
    const file = join(dir, 'template.xlsx');
    const res = await runCli(['import', 'households', '--template', file], { env: db.env });
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toContain('已写出导入模板');
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
  });

  it(
    'dry-runs a roster with bad rows: counts, the rows and their reasons, a report, exit 2',
    SLOW,
    async () => {
      const before = await households();
      const res = await runCli(['import', 'households', join(dir, '花名册.csv'), '--dry-run'], {
        env: db.env,
      });
      expect(res.code, res.stderr).toBe(2);
      expect(res.stdout).toContain('试导入结果（未写入）');
      expect(res.stdout).toContain('数据行 11（空行 1），有误的行 3');
      expect(res.stdout).toContain('户：新增 1，更新 1，不变 1，未导入 3');
      expect(res.stdout).toContain('人：新增 4，更新 1，不变 1');
      expect(res.stdout).toContain('第 7 行：身份证号：校验位不正确，请核对最后一位');
      expect(res.stderr).toContain('错误：有 3 行有误');
      const report = join(dir, '花名册-错误报告.csv');
      expect(existsSync(report)).toBe(true);
      expect(readFileSync(report, 'utf8')).toMatch(/^\ufeff户编号,.*,行号,错误原因\r?\n/);
      expect(await households()).toBe(before);
    },
  );

  it(
    'writes nothing all or nothing, then the valid households with --mode valid_only',
    SLOW,
    async () => {
      const before = await households();
      const file = join(dir, '花名册.csv');
      const refused = await runCli(['import', 'households', file], { env: db.env });
      expect(refused.code).toBe(2);
      expect(refused.stdout).toContain('有误的行共 3 行，按“整体导入”未写入任何数据');
      expect(await households()).toBe(before);
      const valid = await runCli(['import', 'households', file, '--mode', 'valid_only'], {
        env: { ...db.env, LANG: 'en_US.UTF-8' },
      });
      expect(valid.code).toBe(2);
      expect(valid.stdout).toContain('Import done:');
      expect(valid.stdout).toContain('Households: new 1, updated 1, unchanged 1, not imported 3');
      expect(await households()).toBe(before + 1);
    },
  );

  it('imports a clean roster again without duplicates and exits 0', SLOW, async () => {
    const before = await households();
    const res = await runCli(['import', 'households', join(dir, 'good.csv')], { env: db.env });
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toContain('导入完成');
    expect(res.stdout).toContain('户：新增 0，更新 0，不变 3，未导入 0');
    expect(await households()).toBe(before);
  });

  it('refuses an unknown mode and a file that is not a roster with exit 2', SLOW, async () => {
    const mode = await runCli(['import', 'households', join(dir, 'good.csv'), '--mode', 'some'], {
      env: db.env,
    });
    expect(mode.code).toBe(2);
    expect(mode.stderr).toContain('导入方式');
    const txt = await runCli(['import', 'households', join(dir, 'x.txt')], { env: db.env });
    expect(txt.code).toBe(2);
    expect(txt.stderr).toContain('只能导入 .xlsx 或 .csv 文件');
  });
});
