/** Resident ID numbers (公民身份号码, GB 11643-1999): checksum, birth date, sex, 15→18 upgrade, mask. */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/** What can be wrong with an ID number; each has a catalogue key `field.id_<problem>`. */
export const ID_NUMBER_PROBLEMS = ['format', 'checksum', 'birth_date', 'region'] as const;
export type IdNumberProblem = (typeof ID_NUMBER_PROBLEMS)[number];

export interface ParsedIdNumber {
  readonly value: string;
  readonly birthDate: string;
  readonly sex: 'M' | 'F';
}

/** The check character of the first 17 digits. */
export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  }
  return CHECK_CHARS[sum % 11] ?? '?';
}

function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** Upgrade a 15-digit first-generation number (born 19xx) to 18 characters. */
export function upgradeIdNumber15(id15: string): string {
  const first17 = `${id15.slice(0, 6)}19${id15.slice(6)}`;
  return first17 + idCheckChar(first17);
}

/**
 * Parse and validate a resident ID number. Accepts 18 characters (last may be x/X) or 15 digits,
 * spaces are ignored; `today` bounds the birth date. Returns the problem when it is invalid.
 */
export function parseIdNumber(
  raw: string,
  today: string,
): { ok: true; id: ParsedIdNumber } | { ok: false; problem: IdNumberProblem } {
  const compact = raw.replace(/\s+/g, '').toUpperCase();
  let value: string;
  if (/^\d{15}$/.test(compact)) {
    value = upgradeIdNumber15(compact);
  } else if (/^\d{17}[\dX]$/.test(compact)) {
    value = compact;
  } else {
    return { ok: false, problem: 'format' };
  }
  if (!/^[1-9]\d/.test(value)) {
    return { ok: false, problem: 'region' };
  }
  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (year < 1900 || !isRealDate(year, month, day) || birthDate > today) {
    return { ok: false, problem: 'birth_date' };
  }
  if (idCheckChar(value.slice(0, 17)) !== value[17]) {
    return { ok: false, problem: 'checksum' };
  }
  const sex = Number(value[16]) % 2 === 1 ? 'M' : 'F';
  return { ok: true, id: { value, birthDate, sex } };
}

/** Mask all but the first four and the last four characters: 6530**********123X. */
export function maskIdNumber(value: string): string {
  if (value.length <= 8) {
    return '*'.repeat(value.length);
  }
  return `${value.slice(0, 4)}${'*'.repeat(value.length - 8)}${value.slice(-4)}`;
}

/**
 * Compose a valid ID number from its parts (demo data, tests, benchmarks): a 6-digit region,
 * a birth date, a 2-digit sequence and the sex (odd 17th digit = male).
 */
export function composeIdNumber(
  region6: string,
  birthDate: string,
  sequence: number,
  sex: 'M' | 'F',
): string {
  const seq2 = String(sequence % 100).padStart(2, '0');
  const base = sequence % 5;
  const sexDigit = sex === 'M' ? base * 2 + 1 : base * 2;
  const first17 = `${region6}${birthDate.replace(/-/g, '')}${seq2}${sexDigit}`;
  return first17 + idCheckChar(first17);
}
