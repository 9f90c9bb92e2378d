/** How the dashboard shows figures and record values. */
import type { IndicatorDescription, IndicatorValue } from './api';

/** The API's display string with digit grouping, keeping its decimals; a dash when there is none. */
export function figureText(value: IndicatorValue | undefined): string {
  const display = value?.display;
  if (display === null || display === undefined) {
    return '—';
  }
  const decimals = display.split('.')[1]?.length ?? 0;
  return new Intl.NumberFormat('zh-CN', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(Number(display));
}

/** Whether a record's value is money in fen (money figures, and the growth of collective income). */
export function countsFen(def: IndicatorDescription): boolean {
  return def.money || def.kind === 'growth';
}

/** Whether the figure is a plain count of the records behind it (each adds 1). */
export function isCount(def: IndicatorDescription): boolean {
  return !def.money && def.kind === 'sum';
}
