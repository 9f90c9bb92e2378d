/** Messy rosters for import tests: the same households as CSV (UTF-8, BOM, GBK) and as an .xlsx with merged headers. */
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { Db } from '../../src/db/connect.js';
import { composeIdNumber } from '../../src/domain/validation/id-number.js';
import { buildHousehold, householdInput, VILLAGE } from '../helpers/builders.js';

export const HEADER = [
  '户编号',
  '村代码',
  '住址',
  '联系电话',
  '贫困状态',
  '脱贫年份',
  '姓名',
  '性别',
  '出生日期',
  '身份证号',
  '与户主关系',
  '文化程度',
];

/** Two registered households the roster speaks of: one to update, one left as it is. */
export interface Registered {
  readonly updated: { id: string; headName: string; headId: string };
  readonly unchanged: { id: string; headName: string; headId: string };
}

/** Register the two households the messy roster refers to. */
export async function registerExisting(db: Db): Promise<Registered> {
  const a = householdInput();
  const b = householdInput();
  const updatedId = await buildHousehold(db, a);
  const unchangedId = await buildHousehold(db, b);
  const head = (h: typeof a) => h.members[0] ?? { name: '', idNumber: '' };
  return {
    updated: { id: updatedId, headName: head(a).name, headId: head(a).idNumber ?? '' },
    unchanged: { id: unchangedId, headName: head(b).name, headId: head(b).idNumber ?? '' },
  };
}

function withBadChecksum(id: string): string {
  return id.slice(0, 17) + (id[17] === '0' ? '1' : '0');
}

/** 15-digit first-generation number of a man born 1975-01-02 (upgraded to 18 on import). */
export const ID15 = '653021750102013';
const SPOUSE = composeIdNumber('653021', '1978-04-05', 31, 'F');
const B_HEAD = composeIdNumber('653021', '1970-01-01', 33, 'M');
const B_SPOUSE = composeIdNumber('653021', '1972-02-02', 34, 'F');
const C_HEAD = composeIdNumber('653021', '1965-07-07', 35, 'M');
const D_HEAD = composeIdNumber('653021', '1966-08-08', 37, 'M');

/**
 * The data rows (row 1 is the header; one blank line). Dots: • ・ ． ·; a 15-digit ID number.
 * A (1): new, 3 members. B (2): a bad checksum. C (3): a duplicated row. D (4): the ID's sex is
 * male, the row says 女. E (5): registered; schooling changes and a member is added. F (6): registered, as is.
 */
export function messyRows(r: Registered, dots: { a: string; b: string } = { a: '•', b: '・' }) {
  return [
    [
      '1',
      VILLAGE,
      '一组1号',
      '13899990001',
      '已脱贫',
      '2019',
      `阿山${dots.a}托合托逊`,
      '男',
      '1975/1/2',
      ID15,
      '户主',
      '初中',
    ],
    ['1', '', '', '', '', '', `古丽${dots.b}阿山`, '女', '1978-04-05', SPOUSE, '配偶', '小学'],
    [],
    ['1', '', '', '', '', '', '阿依努尔．阿山', '女', '2010-06-01', '', '子女', '小学'],
    [
      '2',
      VILLAGE,
      '一组2号',
      '',
      '建档立卡贫困户',
      '',
      '买买提·吐尔逊',
      '男',
      '1970-01-01',
      B_HEAD,
      '户主',
      '',
    ],
    [
      '2',
      '',
      '',
      '',
      '',
      '',
      '热娜·买买提',
      '女',
      '1972-02-02',
      withBadChecksum(B_SPOUSE),
      '配偶',
      '',
    ],
    [
      '3',
      VILLAGE,
      '一组3号',
      '',
      '监测户',
      '',
      '吐尔洪·艾力',
      '男',
      '1965-07-07',
      C_HEAD,
      '户主',
      '',
    ],
    ['3', '', '', '', '', '', '吐尔洪·艾力', '男', '1965-07-07', C_HEAD, '户主', ''],
    [
      '4',
      VILLAGE,
      '一组4号',
      '',
      '已脱贫',
      '2020',
      '努尔·艾买提',
      '女',
      '1966-08-08',
      D_HEAD,
      '户主',
      '',
    ],
    [
      '5',
      VILLAGE,
      '',
      '',
      '',
      '',
      r.updated.headName,
      '男',
      '1980-03-15',
      r.updated.headId,
      '户主',
      '高中',
    ],
    ['5', '', '', '', '', '', '新成员·阿山', '女', '2020-01-01', '', '子女', ''],
    [
      '6',
      VILLAGE,
      '',
      '',
      '',
      '',
      r.unchanged.headName,
      '男',
      '1980-03-15',
      r.unchanged.headId,
      '户主',
      '',
    ],
  ];
}

/** What a dry run of the messy roster reports. */
export const MESSY_SUMMARY = {
  rows: 11,
  badRows: 3,
  households: { created: 1, updated: 1, unchanged: 1, rejected: 3 },
  persons: { created: 4, updated: 1, unchanged: 1 },
};

function csvLine(cells: readonly string[]): string {
  return cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');
}

/** The roster as CSV text (header, then rows; a blank row is an empty line). */
export function csvText(rows: readonly (readonly string[])[]): string {
  return [HEADER, ...rows].map(csvLine).join('\r\n') + '\r\n';
}

export function utf8Csv(rows: readonly (readonly string[])[], bom = true): Buffer {
  return Buffer.concat([Buffer.from(bom ? '\ufeff' : ''), Buffer.from(csvText(rows), 'utf8')]);
}

export function gbkCsv(rows: readonly (readonly string[])[]): Buffer {
  return iconv.encode(csvText(rows), 'gbk');
}

/**
 * The roster as an .xlsx the way offices make them: a title row merged across the sheet, a two-row
 * header (household columns merged down, 家庭成员信息 merged across the member columns).
 */
export async function messyXlsx(rows: readonly (readonly string[])[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('花名册');
  sheet.addRow(['谢依提村建档立卡户家庭成员花名册']);
  sheet.mergeCells(1, 1, 1, HEADER.length);
  sheet.addRow([...HEADER.slice(0, 6), '家庭成员信息']);
  sheet.addRow([...HEADER.slice(0, 6).map(() => ''), ...HEADER.slice(6)]);
  for (let c = 1; c <= 6; c += 1) {
    sheet.mergeCells(2, c, 3, c);
  }
  sheet.mergeCells(2, 7, 2, HEADER.length);
  for (const row of rows) {
    sheet.addRow(row.length === 0 ? [''] : [...row]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A multipart/form-data body with one file and text fields. */
export function multipart(
  file: { name: string; bytes: Buffer },
  fields: Record<string, string> = {},
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----bangfu-test-boundary';
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      ),
    );
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="roster"; filename="${file.name}"\r\n` +
        'Content-Type: application/octet-stream\r\n\r\n',
    ),
    file.bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
