/** How every console screen shows money (元 from the API's fen), dates and instants. */
import dayjs from 'dayjs';

const grouping = new Intl.NumberFormat('zh-CN', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** 1234567 fen → "12,345.67" (the number in 元; pair it with the 元 label). */
export function yuanOf(fen: number): string {
  return grouping.format(fen / 100);
}

/** An ISO instant → "YYYY-MM-DD HH:mm" in the browser's zone; empty shows a dash. */
export function dateTimeOf(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—';
}

/** An ISO instant or date → "YYYY-MM-DD"; empty shows a dash. */
export function dateOf(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD') : '—';
}
