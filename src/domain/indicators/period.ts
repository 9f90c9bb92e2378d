/** Periods in whole months, region-code prefixes and the arithmetic shared by fast and raw figures. */
import { regionLevel } from '../validation/region-code.js';

const SIGNIFICANT = { province: 2, prefecture: 4, county: 6, township: 9, village: 12 } as const;

/** The significant prefix of a 12-digit region code, and the range of codes under it. */
export function regionRange(code12: string): { prefix: string; low: string; high: string } {
  const prefix = code12.slice(0, SIGNIFICANT[regionLevel(code12)]);
  return { prefix, low: prefix, high: prefix.padEnd(12, '9') };
}

/** The last day of a 'YYYY-MM' month. */
export function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number);
  const day = new Date(Date.UTC(y ?? 2000, m ?? 1, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}

/** Whether a period starts on a month's first day and ends on a month's last day (or is open). */
export function isWholeMonths(from: string | undefined, to: string | undefined): boolean {
  const fromOk = from === undefined || from.endsWith('-01');
  const toOk = to === undefined || monthEnd(to.slice(0, 7)) === to;
  return fromOk && toOk;
}

/** Every 'YYYY-MM' from one month to another, both included. */
export function monthsBetween(fromMonth: string, toMonth: string): string[] {
  const out: string[] = [];
  let [y, m] = fromMonth.split('-').map(Number) as [number, number];
  const [ty, tm] = toMonth.split('-').map(Number) as [number, number];
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/** A date `days` days after (or before, when negative) an ISO date. */
export function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** The year whose collective income a growth figure compares with the year before it. */
export function growthYear(to: string | undefined, today: string): number {
  if (!to) {
    return Number(today.slice(0, 4)) - 1;
  }
  const year = Number(to.slice(0, 4));
  return to.slice(5) === '12-31' ? year : year - 1;
}

/** A percentage with one decimal, or null without a denominator. */
export function percentOf(numerator: number, denominator: number): number | null {
  if (denominator === 0) {
    return null;
  }
  return Math.round((numerator * 1000) / denominator) / 10;
}

/** Growth in percent with one decimal, or null when the earlier figure is zero. */
export function growthPercent(current: number, previous: number): number | null {
  return percentOf(current - previous, previous);
}
