/** What the measures, activities, assistance and field screens share: access, money in 元, dates (voiding is in ./void). */
import dayjs, { type Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';
import { today as programToday } from '../../../../src/domain/validation/dates';
import { MEASURES, type Measure } from '../../../../src/domain/measures';
import { useMe } from '../auth/session';

export { MEASURES, type Measure };

/** Roles that work in the console (a cadre works from 我的亲戚 on a phone). */
export const CONSOLE_ROLES = [
  'admin',
  'coordinator',
  'finance',
  'trainer',
  'coop_manager',
  'leader',
  'auditor',
] as const;

/** What the signed-in user may do with the five measures (mirrors src/domain/roles.ts). */
export function useMeasuresAccess() {
  const me = useMe();
  const permissions = me.data?.permissions ?? [];
  const has = (p: string) => permissions.includes(p);
  return {
    role: me.data?.user.role ?? '',
    isCadre: me.data?.user.role === 'cadre',
    cadreId: me.data?.user.cadreId ?? null,
    canActivity: has('activity.write'),
    canAssistance: has('assistance.write'),
    canCampaign: has('campaign.manage'),
    canSearchHouseholds: has('registry.read'),
  };
}

export const MEASURE_COLOR: Record<Measure, string> = {
  education: 'blue',
  relief: 'red',
  epidemic: 'orange',
  training: 'green',
  industry: 'gold',
};

export function measureOptions(t: TFunction) {
  return MEASURES.map((m) => ({ value: m, label: t(`measures.measure.${m}`) }));
}

const grouping = new Intl.NumberFormat('zh-CN', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const counting = new Intl.NumberFormat('zh-CN');

/** 1234567 fen → "12,345.67 元" in the user's language; null → "—". */
export function money(t: TFunction, fen: number | null | undefined): string {
  return fen === null || fen === undefined
    ? '—'
    : t('measures.money', { amount: grouping.format(fen / 100) });
}

/** 12345 → "12,345". */
export function count(n: number): string {
  return counting.format(n);
}

/** A yuan amount typed in a number input → integer fen; empty → null (the schema says what is missing). */
export function fenOf(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined || value === '') {
    return null;
  }
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? Math.round(n * 100) : Number.NaN;
}

/** Integer fen → yuan for a number input; null stays null. */
export function yuanOf(fen: number | null | undefined): number | null {
  return fen === null || fen === undefined ? null : fen / 100;
}

/** A date picker's value → "YYYY-MM-DD" ('' when empty, which the schemas reject with their message). */
export function isoDay(d: Dayjs | null | undefined): string {
  return d ? d.format('YYYY-MM-DD') : '';
}

/** "YYYY-MM-DD" → a date picker's value. */
export function dayOf(s: string | null | undefined): Dayjs | null {
  return s ? dayjs(s) : null;
}

/** Today in the program's zone (Asia/Shanghai) as the server counts it, as YYYY-MM-DD. */
export function todayIso(): string {
  return programToday();
}

/** Dates after today cannot be picked where the API wants a past date. */
export function afterToday(d: Dayjs): boolean {
  return isoDay(d) > todayIso();
}

/** A UTC instant → "YYYY-MM-DD HH:mm" in the browser's zone. */
export function dateTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—';
}

/** Whole days from a YYYY-MM-DD date to today (0 today). */
export function daysSince(date: string): number {
  return Math.max(0, dayjs(todayIso()).diff(dayjs(date), 'day'));
}

export { errorText } from '../../ui/error-text';
