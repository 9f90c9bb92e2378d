/** One roster row: its cells by field, parsed into a household member and household values. */
import type { z } from 'zod';
import { zPhone, zRegionCode, zText, zYear, today } from '../common.schema.js';
import type { FieldProblem } from '../errors.js';
import { PersonInput } from '../registry/person.schema.js';
import type { PovertyStatus } from '../registry/enums.js';
import { parseIdNumber } from '../validation/id-number.js';
import { issuesToFields } from '../validation/zod-issues.js';
import type { RosterField } from './roster-fields.js';
import { parseChoice, parseDateCell, parseYearCell, type ChoiceField } from './roster-values.js';

/** A data row as read: its number in the file, the cells as written, the non-empty cells by field. */
export interface RosterRow {
  readonly rowNumber: number;
  readonly cells: readonly string[];
  readonly values: Readonly<Partial<Record<RosterField, string>>>;
}

/** The non-empty, trimmed cells of a row by field. */
export function rowValues(
  cells: readonly string[],
  fields: readonly (RosterField | null)[],
): Partial<Record<RosterField, string>> {
  const values: Partial<Record<RosterField, string>> = {};
  fields.forEach((field, i) => {
    const cell = (cells[i] ?? '').trim();
    if (field && cell.length > 0 && values[field] === undefined) {
      values[field] = cell;
    }
  });
  return values;
}

const PERSON_CHOICES = ['relation', 'schooling', 'labourAbility', 'health', 'disability'] as const;

function choiceProblem(field: ChoiceField, value: string): FieldProblem {
  return {
    path: field,
    key: 'field.import_choice',
    params: { value, options: `@import.options.${field}` },
  };
}

export type ParsedPerson =
  | { readonly ok: true; readonly person: PersonInput; readonly given: readonly string[] }
  | { readonly ok: false; readonly problems: readonly FieldProblem[] };

/** Sex and birth date from the ID number when their cells are empty (or give only the month). */
function fillFromIdNumber(
  values: RosterRow['values'],
  raw: Record<string, unknown>,
  problems: FieldProblem[],
): void {
  const parsed = values.idNumber ? parseIdNumber(values.idNumber, today()) : null;
  const fromId = parsed?.ok ? parsed.id : null;
  if (values.sex !== undefined) {
    const sex = parseChoice('sex', values.sex);
    raw.sex = sex ?? undefined;
    if (!sex) {
      problems.push(choiceProblem('sex', values.sex));
    }
  } else if (fromId) {
    raw.sex = fromId.sex;
  }
  if (values.birthDate !== undefined) {
    const date = parseDateCell(values.birthDate);
    if (typeof date === 'string') {
      raw.birthDate = date;
    } else if (date && fromId?.birthDate.startsWith(date.month)) {
      raw.birthDate = fromId.birthDate;
    } else {
      problems.push({ path: 'birthDate', key: 'field.date' });
    }
  } else if (fromId) {
    raw.birthDate = fromId.birthDate;
  }
}

/** Parse a row's member fields with the domain's PersonInput (names normalised, IDs upgraded). */
export function parsePersonRow(values: RosterRow['values']): ParsedPerson {
  const problems: FieldProblem[] = [];
  const raw: Record<string, unknown> = { name: values.name ?? '' };
  if (values.idNumber !== undefined) {
    raw.idNumber = values.idNumber;
  }
  if (values.phone !== undefined) {
    raw.phone = values.phone;
  }
  fillFromIdNumber(values, raw, problems);
  for (const field of PERSON_CHOICES) {
    const cell = values[field];
    if (cell === undefined) {
      continue;
    }
    const code = parseChoice(field, cell);
    raw[field] = code ?? undefined;
    if (!code) {
      problems.push(choiceProblem(field, cell));
    }
  }
  const result = PersonInput.safeParse(raw, { reportInput: true });
  const own = new Set(problems.map((p) => p.path));
  const all = [
    ...problems,
    ...(result.success ? [] : issuesToFields(result.error.issues).filter((p) => !own.has(p.path))),
  ];
  if (!result.success || all.length > 0) {
    return { ok: false, problems: all };
  }
  const given = Object.keys(raw).filter((k) => raw[k] !== undefined);
  return { ok: true, person: result.data, given };
}

/** Household values a row carries; each is present only when its cell was. */
export interface HouseholdValues {
  readonly villageCode?: string;
  readonly address?: string;
  readonly phone?: string;
  readonly status?: PovertyStatus;
  readonly statusDate?: string;
  readonly exitYear?: number;
}

function parseWith<T>(
  schema: z.ZodType<T>,
  value: string,
  path: string,
  problems: FieldProblem[],
): T | undefined {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) {
    return result.data;
  }
  problems.push(...issuesToFields(result.error.issues, path));
  return undefined;
}

/** Parse the household cells of a row; problems name the household's own field paths. */
export function parseHouseholdRow(values: RosterRow['values']): {
  values: HouseholdValues;
  problems: FieldProblem[];
} {
  const problems: FieldProblem[] = [];
  const out: { -readonly [K in keyof HouseholdValues]: HouseholdValues[K] } = {};
  if (values.villageCode !== undefined) {
    out.villageCode = parseWith(zRegionCode, values.villageCode, 'villageCode', problems);
  }
  if (values.address !== undefined) {
    out.address = parseWith(zText(200), values.address, 'address', problems);
  }
  if (values.householdPhone !== undefined) {
    out.phone = parseWith(zPhone, values.householdPhone, 'householdPhone', problems);
  }
  if (values.status !== undefined) {
    const status = parseChoice('status', values.status) as PovertyStatus | null;
    out.status = status ?? undefined;
    if (!status) {
      problems.push(choiceProblem('status', values.status));
    }
  }
  if (values.statusDate !== undefined) {
    const date = parseDateCell(values.statusDate);
    out.statusDate = typeof date === 'string' && date <= today() ? date : undefined;
    if (out.statusDate === undefined) {
      problems.push({ path: 'statusDate', key: 'field.date' });
    }
  }
  if (values.exitYear !== undefined) {
    const year = zYear.safeParse(parseYearCell(values.exitYear));
    out.exitYear = year.success ? year.data : undefined;
    if (!year.success) {
      problems.push({ path: 'exitYear', key: 'field.year' });
    }
  }
  return { values: out, problems };
}
