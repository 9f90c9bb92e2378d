/** Rules of activities that need no database: times in the program's zone, place, headcount, type. */
import type { FieldProblem } from '../errors.js';
import type { Measure } from '../measures.js';
import { isIsoDate, programTimeZone, todayIn } from '../validation/dates.js';

/** Asia/Shanghai has kept +08:00 without daylight saving since 1991: times without a zone use it. */
export const PROGRAM_UTC_OFFSET = '+08:00';

/** Clock skew allowed between a phone in the field and the server before a time is "future". */
export const FUTURE_SKEW_MS = 5 * 60_000;

const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** The instant a date-time text names, as UTC ISO; local times are read in the program's zone. */
export function parseDateTime(text: string): string | null {
  const m = DATE_TIME.exec(text.trim());
  if (!m || !isIsoDate(m[1] ?? '') || Number(m[2]) > 23 || Number(m[3]) > 59) {
    return null;
  }
  if (Number(m[4] ?? '0') > 59) {
    return null;
  }
  const zone = m[6] ?? PROGRAM_UTC_OFFSET;
  const offset = zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  const ms = Date.parse(`${m[1]}T${m[2]}:${m[3]}:${m[4] ?? '00'}${m[5] ?? ''}${offset}`);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** Whether a UTC ISO instant is not later than now (with a little clock skew). */
export function isNotFuture(isoUtc: string, now: Date = new Date()): boolean {
  return Date.parse(isoUtc) <= now.getTime() + FUTURE_SKEW_MS;
}

/** The record's date: the local day (program zone) of a UTC instant. */
export function localDateOf(isoUtc: string): string {
  return todayIn(programTimeZone(), new Date(isoUtc));
}

/** The UTC instant at which a local day begins, for range filters on `occurred_at`. */
export function dayStartUtc(date: string): string {
  return new Date(`${date}T00:00:00${PROGRAM_UTC_OFFSET}`).toISOString();
}

/** The UTC instant at which the local day after `date` begins (an exclusive upper bound). */
export function dayEndUtc(date: string): string {
  return new Date(Date.parse(dayStartUtc(date)) + 86_400_000).toISOString();
}

/** What the rules below look at: an activity as it would be stored. */
export interface ActivityDraft {
  readonly measure: Measure;
  readonly typeCode: string;
  readonly villageCode: string | null;
  readonly householdId: string | null;
  readonly online: boolean;
  readonly personIds: readonly string[];
  readonly headcount: number;
}

/** The type as the rules need it; `undefined` when no such type exists. */
export interface TypeFacts {
  readonly measure: Measure | null;
  readonly active: boolean;
}

/**
 * Problems of an activity: the type must exist (and be active when chosen now), belong to the
 * activity's measure (a type without a measure fits any), an offline activity needs a place, and
 * the headcount may not be below the number of persons listed.
 */
export function activityProblems(
  draft: ActivityDraft,
  type: TypeFacts | undefined,
  typeChosenNow: boolean,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!type) {
    problems.push({ path: 'typeCode', key: 'field.type_unknown' });
  } else if (typeChosenNow && !type.active) {
    problems.push({ path: 'typeCode', key: 'field.type_inactive' });
  } else if (type.measure !== null && type.measure !== draft.measure) {
    problems.push({
      path: 'typeCode',
      key: 'field.type_measure',
      params: { measure: `@measure.${type.measure}` },
    });
  }
  if (!draft.online && draft.villageCode === null && draft.householdId === null) {
    problems.push({ path: 'villageCode', key: 'field.place_required' });
  }
  if (draft.headcount < draft.personIds.length) {
    problems.push({
      path: 'headcount',
      key: 'field.headcount_persons',
      params: { persons: draft.personIds.length },
    });
  }
  return problems;
}
