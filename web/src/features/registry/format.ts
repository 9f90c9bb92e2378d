/** How the registry screens show money (元, from the API's fen) and dates, and read them from forms. */
import dayjs, { type Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';
import { today as programToday } from '../../../../src/domain/common.schema';

const grouping = new Intl.NumberFormat('zh-CN', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** 1234567 fen → "12,345.67" (the number only). */
export function yuan(fen: number): string {
  return grouping.format(fen / 100);
}

/** 1234567 fen → "12,345.67 元" in the user's language. */
export function money(t: TFunction, fen: number): string {
  return t('registry.money', { amount: yuan(fen) });
}

/** A yuan amount typed in a form (up to 2 decimals) → integer fen; empty stays undefined. */
export function toFen(value: number | string | null | undefined): number | undefined {
  if (value === null || value === undefined || value === '') {
    return undefined;
  }
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? Math.round(n * 100) : Number.NaN;
}

/** Integer fen → yuan for a form's number input. */
export function toYuan(fen: number): number {
  return fen / 100;
}

/** A date picker's value → "YYYY-MM-DD" ('' when empty, which the schema rejects with its message). */
export function day(d: Dayjs | null | undefined): string {
  return d ? d.format('YYYY-MM-DD') : '';
}

/** Today in the program's time zone (Asia/Shanghai), as the server counts it, whatever the browser's zone. */
export function today(): Dayjs {
  return dayjs(programToday());
}

/** Dates after today cannot be picked where the API wants a past date. */
export function afterToday(d: Dayjs): boolean {
  return d.isAfter(today(), 'day');
}

/** Tag colours of poverty statuses. */
export const STATUS_COLOR: Record<string, string> = {
  registered_poor: 'red',
  exited: 'green',
  monitored: 'orange',
  not_poor: 'default',
};
