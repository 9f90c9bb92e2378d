import type { FastifyInstance } from 'fastify';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translate, type Locale } from '../../domain/messages/i18n.js';
import { BRIEF_PERMISSION } from '../../domain/reports/brief.schema.js';
import { can, ROLES } from '../../domain/roles.js';
import { buildPhotoTestApp } from '../../../test/helpers/activity-builders.js';
import { as, signIn } from '../../../test/helpers/app.js';
import { buildUser } from '../../../test/helpers/builders.js';
import {
  buildBriefWorld,
  buildPhotoActivity,
  CONSENTED_QUOTE,
  PERIOD,
  PHOTO_CAPTION,
  UNCONSENTED_QUOTE,
  type BriefWorld,
} from '../../../test/helpers/brief-builders.js';
import { dialects, openTestDb, type TestDb } from '../../../test/helpers/db.js';

type Client = ReturnType<typeof as>;

interface Unzipped {
  readonly document: string;
  readonly footnotes: string;
  readonly media: string[];
}

/** The text of a Word XML part, runs joined (footnote markers dropped). */
function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

async function unzip(body: Buffer): Promise<Unzipped> {
  const zip = await JSZip.loadAsync(body);
  return {
    document: (await zip.file('word/document.xml')?.async('string')) ?? '',
    footnotes: (await zip.file('word/footnotes.xml')?.async('string')) ?? '',
    media: Object.keys(zip.files).filter((name) => name.startsWith('word/media/')),
  };
}

/** The footnotes' texts by id (the separators, ids -1 and 0, left out). */
function footnotesById(xml: string): Map<string, string> {
  const notes = new Map<string, string>();
  for (const m of xml.matchAll(/<w:footnote [^>]*w:id="(\d+)"[^>]*>([\s\S]*?)<\/w:footnote>/g)) {
    if (Number(m[1]) > 0) {
      notes.set(m[1] ?? '', textOf(m[2] ?? ''));
    }
  }
  return notes;
}

function sentence(locale: Locale, id: string, value: number | string): string {
  return translate(locale, `indicator.${id}.sentence`, { value: String(value) });
}

describe.each(dialects)('the work brief over HTTP on %s', (dialect) => {
  let t: TestDb;
  let app: FastifyInstance;
  let world: BriefWorld;
  let leader: Client;
  let headcount: number;
  const query = `from=${PERIOD.from}&to=${PERIOD.to}`;

  async function brief(client: Client, q = query, headers: Record<string, string> = {}) {
    const res = await client('GET', `/api/v1/reports/brief?${q}`, undefined, headers);
    expect(res.statusCode, res.body.slice(0, 500)).toBe(200);
    return { res, docx: await unzip(res.rawPayload) };
  }

  beforeAll(async () => {
    t = await openTestDb(dialect);
    ({ app } = await buildPhotoTestApp(t));
    world = await buildBriefWorld(t.db);
    const cookie = await signIn(app, world.coordinator);
    ({ headcount } = await buildPhotoActivity(app, t.db, cookie, world.households[0] ?? ''));
    leader = as(app, await signIn(app, world.leader));
  }, 120_000);
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('writes the figures as sentences with the numbers of the records, a footnote each', async () => {
    const { res, docx } = await brief(leader);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="[\x20-\x7e]+\.docx"; filename\*=UTF-8''%E5%B7%A5%E4%BD%9C%E7%AE%80%E6%8A%A5/,
    );
    const text = textOf(docx.document);
    const { expected } = world;
    for (const s of [
      sentence('zh-CN', 'jobs_near_home', expected.nearHome),
      sentence('zh-CN', 'jobs_away', expected.away),
      sentence('zh-CN', 'medical_cases', expected.medical),
      sentence('zh-CN', 'prostheses', expected.medical),
      sentence('zh-CN', 'project_funds', expected.projectFen / 1_000_000),
      sentence('zh-CN', 'trainees', expected.trainees),
      sentence('zh-CN', 'micro_classroom_attendance', headcount),
    ]) {
      expect(text).toContain(s);
    }
    for (const heading of [
      '宣传教育增信心',
      '扶贫帮困暖民心',
      '共抗疫情显真情',
      '技能培训强本领',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('数据说明');
    // Nothing was built for loans: the figure is left out, not written as 0.
    expect(text).not.toContain('协调贷款');
    expect(text).not.toMatch(/[^\d.]0(名|人|场|万元|元|个|笔)/);
  });

  it('gives every figure a real footnote naming its indicator and the drill path', async () => {
    const { docx } = await brief(leader);
    const refs = [...docx.document.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map(
      (m) => m[1] ?? '',
    );
    const notes = footnotesById(docx.footnotes);
    expect(refs.length).toBeGreaterThanOrEqual(7);
    expect(new Set(refs).size).toBe(refs.length);
    for (const ref of refs) {
      expect(notes.get(ref)).toMatch(/指标：.+（[a-z0-9_]+）；期间：2026-01-01 至 2026-12-31/);
      expect(notes.get(ref)).toContain('/api/v1/indicators/');
    }
    const all = [...notes.values()].join('\n');
    expect(all).toContain('家门口就业（jobs_near_home）');
    expect(all).toContain(`/api/v1/indicators/jobs_near_home/records?from=${PERIOD.from}`);
  });

  it('quotes only the consented story and embeds the dated photo with its caption', async () => {
    const { docx } = await brief(leader);
    const text = textOf(docx.document);
    expect(text).toContain(CONSENTED_QUOTE);
    expect(text).not.toContain(UNCONSENTED_QUOTE);
    expect(docx.media.length).toBe(1);
    expect(text).toMatch(new RegExp(`\\d{4}-\\d{2}-\\d{2} ${PHOTO_CAPTION}`));
    expect(docx.document).toContain('<w:drawing>');
  });

  it('writes the brief in English when lang=en', async () => {
    const { res, docx } = await brief(leader, `${query}&lang=en`);
    expect(res.headers['content-disposition']).toContain("filename*=UTF-8''work-brief-");
    const text = textOf(docx.document);
    expect(text).toContain(sentence('en', 'jobs_away', world.expected.away));
    expect(text.toLowerCase()).toContain(
      sentence('en', 'jobs_near_home', world.expected.nearHome).toLowerCase(),
    );
    expect(text).toContain('About the figures');
    expect(text).not.toContain('扶贫帮困暖民心');
    expect(textOf(docx.footnotes)).toContain('Indicator: Jobs near home (jobs_near_home)');
  });

  it('gives a cadre only the figures of their own households', async () => {
    const cadre = as(app, await signIn(app, world.cadreUser));
    const { docx } = await brief(cadre);
    const text = textOf(docx.document);
    expect(text).toContain(sentence('zh-CN', 'jobs_near_home', world.expected.nearHomeOfCadre));
    expect(text).not.toContain(sentence('zh-CN', 'jobs_near_home', world.expected.nearHome));
    // The consented story is of a household paired with another cadre; the photo is at theirs.
    expect(text).not.toContain(CONSENTED_QUOTE);
    expect(docx.media.length).toBe(1);
  });

  it('answers 422 naming the field for a period that ends before it starts', async () => {
    const bad = `from=2026-06-30&to=2026-01-01`;
    const zh = await leader('GET', `/api/v1/reports/brief?${bad}`);
    expect(zh.statusCode).toBe(422);
    const field = zh.json<{ error: { fields: { path: string; message: string }[] } }>().error
      .fields[0];
    expect(field?.path).toBe('to');
    expect(field?.message).toContain('结束日期');
    const en = await leader('GET', `/api/v1/reports/brief?${bad}`, undefined, {
      'accept-language': 'en',
    });
    const enField = en.json<{ error: { fields: { path: string; message: string }[] } }>().error
      .fields[0];
    expect(enField?.message).toMatch(/^To/);
    const lang = await leader('GET', `/api/v1/reports/brief?${query}&lang=fr`);
    expect(lang.statusCode).toBe(422);
    expect(lang.json<{ error: { fields: { path: string }[] } }>().error.fields[0]?.path).toBe(
      'lang',
    );
  });

  it('answers 403 to every role without the permission, 401 without a session', async () => {
    for (const role of ROLES.filter((r) => !can(r, BRIEF_PERMISSION))) {
      const client = as(app, await signIn(app, await buildUser(t.db, role)));
      const res = await client('GET', `/api/v1/reports/brief?${query}`);
      expect(res.statusCode, role).toBe(403);
    }
    const anonymous = await app.inject({ method: 'GET', url: `/api/v1/reports/brief?${query}` });
    expect(anonymous.statusCode).toBe(401);
  });

  it('audits each brief as an act with its filters and figures', async () => {
    await brief(leader, `${query}&region=653021000000`);
    const rows = await t.db
      .selectFrom('audit_log')
      .innerJoin('users', 'users.id', 'audit_log.user_id')
      .select(['audit_log.action', 'audit_log.after', 'users.username'])
      .where('audit_log.entity', '=', 'report.brief')
      .where('users.username', '=', world.leader)
      .execute();
    const last = rows
      .map((r) => ({ ...r, after: JSON.parse(r.after ?? '{}') as Record<string, unknown> }))
      .find((r) => (r.after.query as { region?: string }).region === '653021000000');
    expect(last?.action).toBe('export');
    expect(last?.after.query).toMatchObject({ from: PERIOD.from, to: PERIOD.to });
    expect(last?.after.figures).toContainEqual({
      id: 'jobs_near_home',
      value: world.expected.nearHome,
    });
  });
});
