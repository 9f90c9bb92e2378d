import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type DbHandle } from '../../db/connect.js';
import { migrateToLatest } from '../../db/migrate.js';
import { translate } from '../../domain/messages/i18n.js';
import { buildApp } from '../../server/app.js';
import { signIn } from '../../../test/helpers/app.js';
import {
  buildBriefWorld,
  buildPhotoActivity,
  CONSENTED_QUOTE,
  PERIOD,
  UNCONSENTED_QUOTE,
  type BriefWorld,
} from '../../../test/helpers/brief-builders.js';
import { dialects, openTestDb, type TestDb } from '../../../test/helpers/db.js';
import { ROOT, runCli, tempDataDir } from '../../../test/cli/run-cli.js';

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

function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

describe.each(dialects)('bangfu report brief on %s', (dialect) => {
  let dir: string;
  let db: Target;
  let world: BriefWorld;

  beforeAll(async () => {
    dir = tempDataDir();
    db = await target(dialect, dir);
    world = await buildBriefWorld(db.handle.db);
    // Upload the photo through an app over the same data directory the command reads.
    const app = await buildApp({
      handle: db.handle,
      sessionSecret: 'test-secret-test-secret-test-secret-0123',
      cookieSecure: 'false',
      dataDir: dir,
    });
    await app.ready();
    await buildPhotoActivity(
      app,
      db.handle.db,
      await signIn(app, world.coordinator),
      world.households[0] ?? '',
    );
    await app.close();
  }, 120_000);
  afterAll(async () => {
    await db.dispose();
  });

  it(
    'writes a .docx with the sentences, the consented quote and the photo, exit 0',
    SLOW,
    async () => {
      const out = join(dir, 'brief.docx');
      const res = await runCli(
        [
          'report',
          'brief',
          '--from',
          PERIOD.from,
          '--to',
          PERIOD.to,
          '--scope',
          '653021000000',
          '--out',
          out,
        ],
        { env: db.env },
      );
      expect(res.code, res.stderr).toBe(0);
      expect(res.stdout).toContain(`已写出工作简报：${out}`);
      const zip = await JSZip.loadAsync(readFileSync(out));
      const text = textOf((await zip.file('word/document.xml')?.async('string')) ?? '');
      const sentence = (id: string, value: number) =>
        translate('zh-CN', `indicator.${id}.sentence`, { value: String(value) });
      expect(text).toContain(sentence('jobs_near_home', world.expected.nearHome));
      expect(text).toContain(sentence('jobs_away', world.expected.away));
      expect(text).toContain(CONSENTED_QUOTE);
      expect(text).not.toContain(UNCONSENTED_QUOTE);
      expect(Object.keys(zip.files).some((f) => f.startsWith('word/media/'))).toBe(true);
      const footnotes = textOf((await zip.file('word/footnotes.xml')?.async('string')) ?? '');
      expect(footnotes).toContain('（jobs_near_home）');
      const audit = await db.handle.db
        .selectFrom('audit_log')
        .select(['user_id', 'ip', 'action'])
        .where('entity', '=', 'report.brief')
        .execute();
      expect(audit).toContainEqual({ user_id: null, ip: 'cli', action: 'export' });
    },
  );

  it('writes English with --lang en to the default file name', SLOW, async () => {
    const res = await runCli(
      ['report', 'brief', '--from', PERIOD.from, '--to', PERIOD.to, '--lang', 'en'],
      {
        env: db.env,
      },
    );
    const file = join(ROOT, `work-brief-${PERIOD.from}-${PERIOD.to}.docx`);
    try {
      expect(res.code, res.stderr).toBe(0);
      expect(res.stdout).toContain(file);
      const zip = await JSZip.loadAsync(readFileSync(file));
      const text = textOf((await zip.file('word/document.xml')?.async('string')) ?? '');
      expect(text).toContain(
        translate('en', 'indicator.jobs_away.sentence', { value: String(world.expected.away) }),
      );
    } finally {
      rmSync(file, { force: true });
    }
  });

  it(
    'refuses a period that ends before it starts, and a missing --from, with exit 2',
    SLOW,
    async () => {
      const reversed = await runCli(
        ['report', 'brief', '--from', '2026-06-30', '--to', '2026-01-01'],
        {
          env: db.env,
        },
      );
      expect(reversed.code).toBe(2);
      expect(reversed.stderr).toContain('结束日期：不能早于开始日期');
      expect(reversed.stderr).toContain('--to');
      const missing = await runCli(['report', 'brief', '--to', '2026-01-01'], { env: db.env });
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain('开始日期');
      expect(missing.stderr).toContain('--from');
    },
  );
});
