import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  composeIdNumber,
  idCheckChar,
  maskIdNumber,
  parseIdNumber,
  upgradeIdNumber15,
} from './id-number.js';

const TODAY = '2026-06-30';

/** Replace the last character (the check character) of an 18-character number. */
function withCheck(first17: string): string {
  return first17 + idCheckChar(first17);
}

describe('parseIdNumber', () => {
  it('accepts a well-formed number and reads birth date and sex from it', () => {
    // The textbook example of GB 11643: 11010519491231002X, a woman born 1949-12-31.
    const parsed = parseIdNumber('11010519491231002X', TODAY);
    expect(parsed).toEqual({
      ok: true,
      id: { value: '11010519491231002X', birthDate: '1949-12-31', sex: 'F' },
    });
  });

  it('reads an odd second-to-last digit as male', () => {
    const id = withCheck('65302119800315001');
    const parsed = parseIdNumber(id, TODAY);
    expect(parsed.ok && parsed.id.sex).toBe('M');
    expect(parsed.ok && parsed.id.birthDate).toBe('1980-03-15');
  });

  it('refuses a wrong check digit', () => {
    const good = withCheck('65302119800315001');
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    expect(parseIdNumber(bad, TODAY)).toEqual({ ok: false, problem: 'checksum' });
  });

  it('refuses an impossible birth date such as 30 February, even with a right check digit', () => {
    expect(parseIdNumber(withCheck('65302119800230001'), TODAY)).toEqual({
      ok: false,
      problem: 'birth_date',
    });
    expect(parseIdNumber(withCheck('65302119801301001'), TODAY)).toEqual({
      ok: false,
      problem: 'birth_date',
    });
  });

  it('refuses a birth date after today and before 1900', () => {
    expect(parseIdNumber(withCheck('65302120260701001'), TODAY)).toEqual({
      ok: false,
      problem: 'birth_date',
    });
    expect(parseIdNumber(withCheck('65302120260630001'), TODAY).ok).toBe(true);
    expect(parseIdNumber(withCheck('65302118991231001'), TODAY)).toEqual({
      ok: false,
      problem: 'birth_date',
    });
  });

  it('upgrades a 15-digit number to 18 characters with the right check digit', () => {
    // 15 digits: region 653021, birth 800315 (19xx), sequence 001.
    const parsed = parseIdNumber('653021800315001', TODAY);
    const expected = withCheck('65302119800315001');
    expect(upgradeIdNumber15('653021800315001')).toBe(expected);
    expect(parsed).toEqual({
      ok: true,
      id: { value: expected, birthDate: '1980-03-15', sex: 'M' },
    });
  });

  it('accepts a lower-case x and stores it upper-case; spaces are ignored', () => {
    expect(parseIdNumber('11010519491231002x', TODAY)).toMatchObject({
      ok: true,
      id: { value: '11010519491231002X' },
    });
    expect(parseIdNumber(' 110105 19491231 002X ', TODAY)).toMatchObject({
      ok: true,
      id: { value: '11010519491231002X' },
    });
  });

  it('refuses wrong lengths, letters and X anywhere but last', () => {
    for (const raw of [
      '',
      '1101051949123100',
      '1101051949123100201',
      '1101051949123X0021',
      'abc',
    ]) {
      expect(parseIdNumber(raw, TODAY), raw).toEqual({ ok: false, problem: 'format' });
    }
  });

  it('refuses a number whose region starts with 0', () => {
    expect(parseIdNumber(withCheck('05302119800315001'), TODAY)).toEqual({
      ok: false,
      problem: 'region',
    });
  });
});

describe('maskIdNumber', () => {
  it('shows the first four and the last four characters only', () => {
    expect(maskIdNumber('65302119801231123X')).toBe('6530**********123X');
    expect(maskIdNumber('12345678')).toBe('********');
  });
});

const birthDates = fc
  .date({
    min: new Date('1900-01-01T00:00:00Z'),
    max: new Date(`${TODAY}T00:00:00Z`),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const regions = fc.integer({ min: 110000, max: 829999 }).map(String);

describe('ID number properties', () => {
  it('composeIdNumber always parses back with the same birth date and sex', () => {
    fc.assert(
      fc.property(
        regions,
        birthDates,
        fc.nat({ max: 10_000 }),
        fc.constantFrom('M' as const, 'F' as const),
        (region, birthDate, sequence, sex) => {
          const parsed = parseIdNumber(composeIdNumber(region, birthDate, sequence, sex), TODAY);
          expect(parsed.ok).toBe(true);
          expect(parsed.ok && parsed.id.birthDate).toBe(birthDate);
          expect(parsed.ok && parsed.id.sex).toBe(sex);
        },
      ),
    );
  });

  it('changing any single character breaks the checksum', () => {
    fc.assert(
      fc.property(
        regions,
        birthDates,
        fc.nat({ max: 99 }),
        fc.constantFrom('M' as const, 'F' as const),
        fc.nat({ max: 17 }),
        fc.integer({ min: 1, max: 10 }),
        (region, birthDate, sequence, sex, position, shift) => {
          const id = composeIdNumber(region, birthDate, sequence, sex);
          const alphabet = position === 17 ? '0123456789X' : '0123456789';
          const current = alphabet.indexOf(id[position] ?? '');
          const replacement = alphabet[(current + shift) % alphabet.length] ?? '';
          fc.pre(replacement !== id[position]);
          const changed = id.slice(0, position) + replacement + id.slice(position + 1);
          expect(idCheckChar(changed.slice(0, 17))).not.toBe(changed[17]);
          expect(parseIdNumber(changed, TODAY).ok).toBe(false);
        },
      ),
    );
  });
});
