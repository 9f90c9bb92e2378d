import type { FastifyInstance } from 'fastify';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportJob } from '../../domain/imports/import.schema.js';
import { composeIdNumber, upgradeIdNumber15 } from '../../domain/validation/id-number.js';
import { buildCadre, buildUser, buildVillage } from '../../../test/helpers/builders.js';
import { as, buildTestApp, signIn } from '../../../test/helpers/app.js';
import { dialects, openTestDb, type TestDb } from '../../../test/helpers/db.js';
import {
  gbkCsv,
  ID15,
  messyRows,
  messyXlsx,
  MESSY_SUMMARY,
  multipart,
  registerExisting,
  utf8Csv,
  type Registered,
} from '../../../test/imports/roster-files.js';

type Caller = ReturnType<typeof as>;

describe.each(dialects)('roster imports over HTTP on %s', (dialect) => {
  let t: TestDb;
  let app: FastifyInstance;
  let coordinator: Caller;
  let cookie: string;
  let registered: Registered;

  async function upload(
    file: { name: string; bytes: Buffer },
    fields: Record<string, string> = {},
  ) {
    const body = multipart(file, fields);
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/imports/households',
      headers: { cookie, ...body.headers },
      payload: body.payload,
    });
    expect(res.statusCode, res.body).toBe(202);
    return res.json<{ id: string }>().id;
  }

  async function finished(id: string, lang = 'zh-CN'): Promise<ImportJob> {
    for (let i = 0; i < 600; i += 1) {
      const res = await coordinator('GET', `/api/v1/imports/${id}`, undefined, {
        'accept-language': lang,
      });
      expect(res.statusCode, res.body).toBe(200);
      const job = res.json<ImportJob>();
      if (job.status === 'done' || job.status === 'failed') {
        return job;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`job ${id} did not finish`);
  }

  async function counts() {
    const n = async (table: 'households' | 'persons') =>
      Number(
        (
          await t.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return { households: await n('households'), persons: await n('persons') };
  }

  beforeAll(async () => {
    t = await openTestDb(dialect);
    app = await buildTestApp(t);
    await buildVillage(t.db);
    registered = await registerExisting(t.db);
    cookie = await signIn(app, await buildUser(t.db, 'coordinator'));
    coordinator = as(app, cookie);
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('gives the template with Chinese headers, text-typed ID column and a notes sheet', async () => {
    const res = await coordinator('GET', '/api/v1/imports/households/template.xlsx');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toContain("filename*=UTF-8''");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const header = book.worksheets[0]?.getRow(1).values as string[];
    expect(header.slice(1, 4)).toEqual(['户编号', '户主身份证号', '村代码']);
    expect(header).toContain('与户主关系');
    expect(book.worksheets[1]?.name).toBe('填写说明');
  });

  it('lets only the program office import: a cadre and finance get 403, nobody signed in 401', async () => {
    const cadreId = await buildCadre(t.db);
    for (const [role, extra] of [
      ['cadre', { cadreId }],
      ['finance', {}],
    ] as const) {
      const other = await signIn(app, await buildUser(t.db, role, extra));
      const body = multipart({ name: 'r.csv', bytes: utf8Csv(messyRows(registered)) });
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/imports/households',
        headers: { cookie: other, ...body.headers },
        payload: body.payload,
      });
      expect(res.statusCode, `${role}: ${res.body}`).toBe(403);
    }
    const anonymous = await app.inject({
      method: 'GET',
      url: '/api/v1/imports/households/template.xlsx',
    });
    expect(anonymous.statusCode).toBe(401);
  });

  it('dry-runs a messy UTF-8 CSV: exact counts, bad rows with their row numbers and reasons', async () => {
    const before = await counts();
    const id = await upload({ name: '花名册.csv', bytes: utf8Csv(messyRows(registered)) });
    const job = await finished(id);
    expect(job.status, job.error ?? '').toBe('done');
    expect(job.fileName).toBe('花名册.csv');
    expect(job.summary).toMatchObject({ ...MESSY_SUMMARY, blankRows: 1, applied: false });
    expect(job.badRows.map((b) => b.row)).toEqual([7, 9, 10]);
    expect(job.badRows[0]?.reasons).toEqual(['身份证号：校验位不正确，请核对最后一位']);
    expect(job.badRows[1]?.reasons).toEqual(['身份证号：与第 8 行重复']);
    expect(job.badRows[2]?.reasons[0]).toContain('性别不一致');
    expect(job.hasReport).toBe(true);
    expect(await counts()).toEqual(before);
    const english = await finished(id, 'en');
    expect(english.badRows[0]?.reasons).toEqual([
      'ID number: the check digit is wrong; check the last character',
    ]);
  });

  it('reads a GBK CSV without BOM and an .xlsx with merged header cells the same way', async () => {
    const dots = { a: '·', b: '．' };
    const gbk = await finished(
      await upload({ name: 'gbk.csv', bytes: gbkCsv(messyRows(registered, dots)) }),
    );
    expect(gbk.summary).toMatchObject({ ...MESSY_SUMMARY, blankRows: 1 });
    const xlsx = await finished(
      await upload({ name: '花名册.xlsx', bytes: await messyXlsx(messyRows(registered)) }),
    );
    expect(xlsx.status, xlsx.error ?? '').toBe('done');
    expect(xlsx.summary).toMatchObject(MESSY_SUMMARY);
    expect(xlsx.badRows.map((b) => b.row)).toEqual([9, 11, 12]);
  });

  it('writes nothing in all_or_nothing mode when a row is bad, and offers the error report', async () => {
    const before = await counts();
    const dry = await upload(
      { name: 'r.csv', bytes: utf8Csv(messyRows(registered)) },
      { dryRun: 'true' },
    );
    await finished(dry);
    const res = await coordinator('POST', `/api/v1/imports/${dry}/apply`, {
      mode: 'all_or_nothing',
    });
    expect(res.statusCode, res.body).toBe(202);
    const job = await finished(res.json<{ id: string }>().id);
    expect(job.summary).toMatchObject({ ...MESSY_SUMMARY, applied: false });
    expect(await counts()).toEqual(before);
    const report = await coordinator('GET', `/api/v1/imports/${job.id}/report`);
    expect(report.statusCode).toBe(200);
    expect(report.headers['content-type']).toContain('text/csv');
    expect(report.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = report.body
      .replace(/^\ufeff/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toMatch(/,行号,错误原因$/);
    expect(lines.slice(1).map((l) => l.split(',').at(-2))).toEqual(['6', '7', '8', '9', '10']);
    expect(lines[1]).toContain('本户第 7 行有误，整户未导入');
  });

  it('imports the valid households only in valid_only mode, updating instead of duplicating', async () => {
    const before = await counts();
    const id = await upload(
      { name: 'r.csv', bytes: utf8Csv(messyRows(registered)) },
      { dryRun: 'false', mode: 'valid_only' },
    );
    const job = await finished(id);
    expect(job.summary).toMatchObject({ ...MESSY_SUMMARY, applied: true });
    expect(await counts()).toEqual({
      households: before.households + 1,
      persons: before.persons + 4,
    });
    const a = await t.db
      .selectFrom('persons')
      .select(['name', 'id_number'])
      .where('id_number', '=', upgradeIdNumber15(ID15))
      .executeTakeFirst();
    expect(a?.name).toBe('阿山·托合托逊');
    const head = await t.db
      .selectFrom('persons')
      .select(['schooling', 'household_id'])
      .where('id_number', '=', registered.updated.headId)
      .executeTakeFirstOrThrow();
    expect(head.schooling).toBe('senior');
    const household = await t.db
      .selectFrom('households')
      .select('member_count')
      .where('id', '=', registered.updated.id)
      .executeTakeFirstOrThrow();
    expect(Number(household.member_count)).toBe(3);
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['before', 'after'])
      .where('entity', '=', 'person')
      .where('action', '=', 'update')
      .execute();
    const entry = audit.find((e) => (e.after ?? '').includes('"schooling":"senior"'));
    expect(entry?.before).toContain('"schooling":"none"');
    expect(entry?.after).not.toContain(registered.updated.headId);
  });

  it('changes nothing when the same file comes again, and only what changed after an edit', async () => {
    const before = await counts();
    const again = await finished(
      await upload(
        { name: 'r.csv', bytes: utf8Csv(messyRows(registered)) },
        { dryRun: 'false', mode: 'valid_only' },
      ),
    );
    expect(again.summary?.households).toEqual({
      created: 0,
      updated: 0,
      unchanged: 3,
      rejected: 3,
    });
    expect(again.summary?.persons).toEqual({ created: 0, updated: 0, unchanged: 6 });
    expect(await counts()).toEqual(before);
    const edited = messyRows(registered).map((r) =>
      r[2] === '一组1号' ? r.with(2, '二组8号') : r,
    );
    const changed = await finished(
      await upload(
        { name: 'r.csv', bytes: utf8Csv(edited, false) },
        { dryRun: 'false', mode: 'valid_only' },
      ),
    );
    expect(changed.summary?.households).toEqual({
      created: 0,
      updated: 1,
      unchanged: 2,
      rejected: 3,
    });
    expect(await counts()).toEqual(before);
    const moved = await t.db
      .selectFrom('households')
      .select('address')
      .where('address', '=', '二组8号')
      .execute();
    expect(moved).toHaveLength(1);
  });

  it('follows an explicit column mapping and fails a file without the required columns', async () => {
    const rows = [
      ['家庭代号', '村代码', '姓名', '身份证号', '与户主关系'],
      [
        '9',
        '653021203201',
        '阿卜杜拉·艾山',
        composeIdNumber('653021', '1960-01-01', 41, 'M'),
        '户主',
      ],
    ];
    const text = rows.map((r) => r.join(',')).join('\n');
    const mapped = await finished(
      await upload(
        { name: 'm.csv', bytes: Buffer.from(text) },
        { mapping: JSON.stringify({ 家庭代号: 'householdKey' }) },
      ),
    );
    expect(mapped.status, mapped.error ?? '').toBe('done');
    expect(mapped.summary?.households.created).toBe(1);
    const missing = await finished(
      await upload({ name: 'x.csv', bytes: Buffer.from('姓名,性别\n张三,男\n') }),
    );
    expect(missing.status).toBe('failed');
    expect(missing.error).toContain('村代码 (villageCode)');
    const notCsv = multipart({ name: 'r.txt', bytes: Buffer.from('x') });
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/imports/households',
      headers: { cookie, ...notCsv.headers, 'accept-language': 'en' },
      payload: notCsv.payload,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json<{ error: { fields: unknown[] } }>().error.fields[0]).toEqual({
      path: 'roster',
      message: 'Roster file: upload an .xlsx or .csv file',
    });
  });

  it('keeps jobs to their owner, and applies only finished dry runs', async () => {
    const id = await upload(
      { name: 'r.csv', bytes: utf8Csv(messyRows(registered)) },
      { dryRun: 'false' },
    );
    await finished(id);
    const other = as(app, await signIn(app, await buildUser(t.db, 'coordinator')));
    expect((await other('GET', `/api/v1/imports/${id}`)).statusCode).toBe(404);
    const res = await coordinator('POST', `/api/v1/imports/${id}/apply`, { mode: 'valid_only' });
    expect(res.statusCode).toBe(409);
    const bad = await coordinator('POST', `/api/v1/imports/${id}/apply`, { mode: 'some' });
    expect(bad.statusCode).toBe(422);
    expect(bad.json<{ error: { fields: { path: string }[] } }>().error.fields[0]?.path).toBe(
      'mode',
    );
  });

  it('gives the error report of an .xlsx upload as .xlsx with the error column', async () => {
    const job = await finished(
      await upload({ name: 'x.xlsx', bytes: await messyXlsx(messyRows(registered)) }),
    );
    const res = await coordinator('GET', `/api/v1/imports/${job.id}/report`);
    expect(res.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    const header = (sheet?.getRow(1).values as string[]).slice(1);
    expect(header.slice(-2)).toEqual(['行号', '错误原因']);
    expect(header[0]).toBe('户编号');
    expect(sheet?.getRow(2).getCell(header.length).text).toContain('本户第 9 行有误');
  });
});
