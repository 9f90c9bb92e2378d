/** How the fund screens show money (元, from the API's fen), dates and semesters. */
import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import { recentSemesters } from '../../../../src/domain/fund/semester';

const grouping = new Intl.NumberFormat('zh-CN', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** 1234567 fen → "12,345.67" (the number only; pair it with the 元 label). */
export function yuan(fen: number): string {
  return grouping.format(fen / 100);
}

/** 1234567 fen → "12,345.67 元" in the user's language. */
export function money(t: TFunction, fen: number): string {
  return t('fund.money', { amount: yuan(fen) });
}

/** A yuan amount typed in a form (up to 2 decimals) → integer fen; undefined stays undefined. */
export function toFen(value: number | null | undefined): number | undefined {
  return value === null || value === undefined ? undefined : Math.round(value * 100);
}

/** Integer fen → yuan for a form's number input. */
export function toYuan(fen: number): number {
  return fen / 100;
}

/** An ISO timestamp → "YYYY-MM-DD HH:mm" local time; dates stay as they are. */
export function timeOf(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—';
}

/** Today as YYYY-MM-DD in the browser's zone. */
export function todayIso(): string {
  return dayjs().format('YYYY-MM-DD');
}

/** "2026-autumn" → "2026 年秋季学期" / "Autumn 2026". */
export function semesterLabel(t: TFunction, semester: string): string {
  const [year = '', season = ''] = semester.split('-');
  return season === 'spring' || season === 'autumn'
    ? t(`fund.semester.${season}`, { year })
    : semester;
}

/** The semesters that have started, newest first (the current one first). */
export function semesterChoices(count = 6): string[] {
  return recentSemesters(todayIso(), count).reverse();
}

/** Tag colours of run and grant statuses. */
export const RUN_STATUS_COLOR: Record<string, string> = {
  draft: 'default',
  submitted: 'gold',
  approved: 'green',
  rejected: 'red',
};

export const GRANT_STATUS_COLOR: Record<string, string> = {
  proposed: 'blue',
  paid: 'green',
  reversed: 'orange',
  rejected: 'red',
  excluded: 'default',
};
