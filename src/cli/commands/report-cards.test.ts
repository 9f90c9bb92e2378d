import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type DbHandle } from '../../db/connect.js';
import { migrateToLatest } from '../../db/migrate.js';
import { AppError } from '../../domain/errors.js';
import { buildHousehold, buildVillage, VILLAGE } from '../../../test/helpers/builders.js';
import { pdfPageCount } from '../../../test/helpers/card-builders.js';
import { dialects, openTestDb } from '../../../test/helpers/db.js';
import { tempDataDir } from '../../../test/cli/run-cli.js';
import type { CliIo } from '../io.js';
import { sayer } from '../locale.js';
import { buildProgram } from '../program.js';

interface Target {
  readonly handle: DbHandle;
  readonly env: Record<string, string>;
  dispose(): Promise<void>;
}

/** A database the command can reach: an SQLite file in a data directory, or a PostgreSQL schema. */
async function target(dialect: 'sqlite' | 'postgres', dir: string): Promise<Target> {
  if (dialect === 'sqlite') {
    const handle = connect({ url: join(dir, 'bangfu.db') });
    await migrateToLatest(handle.db);
    return { handle, env: { BANGFU_DATA_DIR: dir }, dispose: () => handle.close() };
  }
  const t = await openTestDb('postgres');
  const schema = (await sql<{ s: string }>`select current_schema() as s`.execute(t.db)).rows[0]?.s;
  const url = new URL(process.env.BANGFU_TEST_PG_URL ?? '');
  url.searchParams.set('options', `-c search_path=${schema ?? ''}`);
  return {
    handle: t,
    env: { BANGFU_DATA_DIR: dir, BANGFU_DATABASE_URL: url.toString() },
    dispose: () => t.dispose(),
  };
}

describe.each(dialects)('bangfu report cards on %s', (dialect) => {
  let dir: string;
  let db: Target;
  const lines: string[] = [];

  const run = async (...args: string[]) => {
    const io: CliIo = {
      env: db.env,
      locale: 'zh-CN',
      say: sayer('zh-CN'),
      stdin: process.stdin,
      out: (line) => lines.push(line),
      err: (line) => lines.push(line),
    };
    const program = buildProgram(io).exitOverride();
    await program.parseAsync(['report', 'cards', ...args], { from: 'user' });
  };

  beforeAll(async () => {
    dir = tempDataDir();
    db = await target(dialect, dir);
    await buildVillage(db.handle.db);
    await buildHousehold(db.handle.db);
    await buildHousehold(db.handle.db);
  });
  afterAll(async () => {
    await db.dispose();
  });

  it('writes one page per household of the village, each audited', async () => {
    const out = join(dir, 'cards.pdf');
    await run('--village', VILLAGE, '--base-url', 'https://bangfu.example.org', '--out', out);
    const pdf = readFileSync(out);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfPageCount(pdf)).toBe(2);
    expect(lines.join('\n')).toContain('已写出 2 户的明白卡');
    const audit = await db.handle.db
      .selectFrom('audit_log')
      .select(['action', 'user_id', 'ip'])
      .where('entity', '=', 'household_card')
      .execute();
    expect(audit).toEqual([
      { action: 'export', user_id: null, ip: 'cli' },
      { action: 'export', user_id: null, ip: 'cli' },
    ]);
  }, 60_000);

  it('names a missing or wrong base URL', async () => {
    const error: unknown = await run(
      '--village',
      VILLAGE,
      '--base-url',
      'bangfu.example.org',
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).fields).toEqual([
      expect.objectContaining({ path: 'baseUrl', key: 'field.base_url' }),
    ]);
  });
});
