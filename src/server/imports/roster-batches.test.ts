import { describe, expect, it } from 'vitest';
import { composeIdNumber } from '../../domain/validation/id-number.js';
import { chooseHeader, dataRows, householdBatches } from './roster-batches.js';
import type { SourceRow } from './roster-source.js';

async function* source(rows: string[][]): AsyncGenerator<SourceRow> {
  for (const [i, cells] of rows.entries()) {
    yield { rowNumber: i + 1, cells };
  }
}

async function groups(rows: string[][], size = 10) {
  const counter = { rows: 0, blankRows: 0 };
  const out: number[][][] = [];
  for await (const batch of householdBatches(
    dataRows(source(rows), {}, counter, () => {}),
    size,
  )) {
    out.push(batch.map((g) => g.rows.map((r) => r.rowNumber)));
  }
  return { out, counter };
}

const head1 = composeIdNumber('653021', '1970-01-01', 1, 'M');
const head2 = composeIdNumber('653021', '1971-01-01', 3, 'M');

describe('roster batches', () => {
  it('finds the header under title rows and groups members by their head’s ID number', async () => {
    const { out, counter } = await groups([
      ['谢依提村花名册'],
      ['村代码', '户主身份证号', '姓名', '身份证号', '与户主关系'],
      ['653021203201', '', '甲', head1, '户主'],
      ['', head2, '丁', '', '子女'],
      ['', head1, '乙', '', '配偶'],
      ['', '', '', '', ''],
      ['653021203201', '', '丙', head2, '户主'],
    ]);
    expect(out).toEqual([
      [
        [3, 5],
        [4, 7],
      ],
    ]);
    expect(counter).toEqual({ rows: 4, blankRows: 1 });
  });

  it('without keys, starts a household at each head’s row; batches keep households whole', async () => {
    const { out } = await groups(
      [
        ['村代码', '姓名', '与户主关系'],
        ['653021203201', '甲', '户主'],
        ['', '乙', '配偶'],
        ['653021203201', '丙', '户主'],
        ['', '丁', '子女'],
        ['653021203201', '戊', '户主'],
      ],
      2,
    );
    expect(out).toEqual([
      [
        [2, 3],
        [4, 5],
      ],
      [[6]],
    ]);
  });

  it('names the missing columns, and refuses a file without a header', () => {
    expect(() => chooseHeader([{ rowNumber: 1, cells: ['姓名', '性别'] }], {})).toThrow(
      expect.objectContaining({ key: 'error.import_missing_columns' }),
    );
    expect(() => chooseHeader([{ rowNumber: 1, cells: ['甲', '乙'] }], {})).toThrow(
      expect.objectContaining({ key: 'error.import_no_header' }),
    );
  });
});
