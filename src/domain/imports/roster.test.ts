import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeIdNumber, upgradeIdNumber15 } from '../validation/id-number.js';
import { IdNumberSet } from './id-number-set.js';
import { columnLetter, fieldOfHeader, resolveColumns } from './roster-fields.js';
import { composeNewHousehold, type ParsedRow } from './roster-household.js';
import { parseHouseholdRow, parsePersonRow, rowValues, type RosterRow } from './roster-row.js';
import { parseChoice, parseDateCell } from './roster-values.js';

describe('roster columns', () => {
  it('knows headers by their synonyms, whatever the spacing, stars and notes', () => {
    expect(fieldOfHeader('身份证号码')).toBe('idNumber');
    expect(fieldOfHeader(' * 公民身份号码（18位）')).toBe('idNumber');
    expect(fieldOfHeader('户 号')).toBe('householdKey');
    expect(fieldOfHeader('Relation')).toBe('relation');
    expect(fieldOfHeader('备注')).toBeNull();
  });

  it('lets an explicit mapping (by header or column letter) win, ignore a column, and names missing columns', () => {
    const resolved = resolveColumns(['代号', '村代码', '姓名', '性别', '关系'], {
      代号: 'householdKey',
      D: null,
    });
    expect(resolved.fields).toEqual(['householdKey', 'villageCode', 'name', null, 'relation']);
    expect(resolved.missing).toEqual([]);
    expect(resolveColumns(['姓名']).missing).toEqual(['villageCode', 'relation']);
    expect(columnLetter(0)).toBe('A');
    expect(columnLetter(27)).toBe('AB');
  });
});

describe('roster values', () => {
  it('reads the closed lists by code, label (zh and en) and common words', () => {
    expect(parseChoice('relation', '户主')).toBe('head');
    expect(parseChoice('relation', '之子')).toBe('child');
    expect(parseChoice('relation', 'Spouse')).toBe('spouse');
    expect(parseChoice('status', '脱贫户')).toBe('exited');
    expect(parseChoice('sex', '女')).toBe('F');
    expect(parseChoice('schooling', '大专')).toBe('college');
    expect(parseChoice('relation', '邻居')).toBeNull();
  });

  it('reads dates as people write them', () => {
    for (const raw of ['1980-03-15', '1980/3/15', '1980.3.15', '1980年3月15日', '19800315']) {
      expect(parseDateCell(raw), raw).toBe('1980-03-15');
    }
    expect(parseDateCell('1980年3月')).toEqual({ month: '1980-03' });
    expect(parseDateCell('1980-02-30')).toBeNull();
  });
});

function row(values: RosterRow['values'], rowNumber = 2): ParsedRow {
  const r: RosterRow = { rowNumber, cells: [], values };
  return { row: r, person: parsePersonRow(values), household: parseHouseholdRow(values) };
}

describe('roster rows', () => {
  const id = composeIdNumber('653021', '1980-03-15', 12, 'M');

  it('normalises every middle-dot look-alike and takes sex and birth date from the ID number', () => {
    for (const dot of ['·', '•', '・', '．']) {
      const parsed = parsePersonRow({ name: `阿山${dot}托合托逊`, idNumber: id, relation: '户主' });
      expect(parsed.ok && parsed.person).toMatchObject({
        name: '阿山·托合托逊',
        sex: 'M',
        birthDate: '1980-03-15',
      });
    }
  });

  it('upgrades a 15-digit ID number and completes a birth month from it', () => {
    const parsed = parsePersonRow({
      name: '买买提·吐尔逊',
      idNumber: '653021750102013',
      birthDate: '1975年1月',
      relation: '户主',
    });
    expect(parsed.ok && parsed.person.idNumber).toBe(upgradeIdNumber15('653021750102013'));
    expect(parsed.ok && parsed.person.birthDate).toBe('1975-01-02');
  });

  it('reports a bad checksum, a birth date or sex the ID number contradicts, and unknown choices', () => {
    const bad = id.slice(0, 17) + (id[17] === '0' ? '1' : '0');
    const checksum = parsePersonRow({
      name: '甲',
      idNumber: bad,
      relation: '户主',
      sex: '男',
      birthDate: '1980-03-15',
    });
    expect(!checksum.ok && checksum.problems).toEqual([
      { path: 'idNumber', key: 'field.id_checksum', params: {} },
    ]);
    const mismatch = parsePersonRow({
      name: '甲',
      idNumber: id,
      relation: '户主',
      sex: '女',
      birthDate: '1981-01-01',
    });
    expect(!mismatch.ok && mismatch.problems.map((p) => p.key).sort()).toEqual([
      'field.id_birth_mismatch',
      'field.id_sex_mismatch',
    ]);
    const choice = parsePersonRow({ name: '甲', idNumber: id, relation: '邻居' });
    expect(!choice.ok && choice.problems[0]).toMatchObject({
      path: 'relation',
      key: 'field.import_choice',
    });
  });

  it('checks a household with the domain schema and puts each problem on its row', () => {
    const head = row(
      {
        villageCode: '653021203201',
        status: '已脱贫',
        name: '阿山·托合托逊',
        idNumber: id,
        relation: '户主',
      },
      2,
    );
    const child = row(
      { name: '古丽·阿山', sex: '女', birthDate: '2010-06-01', relation: '子女' },
      3,
    );
    const noExitYear = composeNewHousehold([head, child]);
    expect(!noExitYear.ok && [...noExitYear.problems]).toEqual([
      [2, [{ path: 'exitYear', key: 'field.exit_year', params: {} }]],
    ]);
    const twoHeads = composeNewHousehold([
      row({ ...head.row.values, status: '监测户' }, 2),
      row({ ...child.row.values, relation: '户主' }, 3),
    ]);
    expect(!twoHeads.ok && twoHeads.problems.get(2)?.[0]?.key).toBe('field.one_head');
    const ok = composeNewHousehold([row({ ...head.row.values, exitYear: '2019年' }, 2), child]);
    expect(ok.ok && ok.input).toMatchObject({
      villageCode: '653021203201',
      status: 'exited',
      exitYear: 2019,
    });
  });

  it('keeps the first non-empty cell of each field', () => {
    expect(rowValues([' 1 ', '', '张三'], ['householdKey', 'villageCode', 'name'])).toEqual({
      householdKey: '1',
      name: '张三',
    });
  });
});

describe('the ID number set', () => {
  it('finds every repeated number with the row it first appeared on, across growth', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 99 })), {
          minLength: 1,
          maxLength: 400,
        }),
        (people) => {
          const set = new IdNumberSet(16);
          const first = new Map<string, number>();
          people.forEach(([day, seq], i) => {
            const birth = new Date(Date.UTC(1950, 0, 1) + day * 86_400_000)
              .toISOString()
              .slice(0, 10);
            const id = composeIdNumber(
              seq % 2 ? '653021' : '110101',
              birth,
              seq,
              seq % 2 ? 'M' : 'F',
            );
            const seen = set.firstSeen(id, i + 2);
            expect(seen).toBe(first.get(id) ?? null);
            first.set(id, first.get(id) ?? i + 2);
          });
          expect(set.size).toBe(first.size);
        },
      ),
    );
  });
});
