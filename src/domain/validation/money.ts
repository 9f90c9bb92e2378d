/** Money in integer fen; 元 and 万元 only at the edges. */

/** Parse a yuan amount written by a person ("1,234.5", "1234.50") into integer fen, or null. */
export function yuanToFen(raw: string): number | null {
  const text = raw.replace(/[,，\s]/g, '').replace(/元$/, '');
  const match = /^(-?)(\d{1,13})(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) {
    return null;
  }
  const fen = Number(match[2]) * 100 + Number((match[3] ?? '').padEnd(2, '0'));
  return match[1] === '-' && fen !== 0 ? -fen : fen;
}

/** Format fen as yuan with two decimals: 123456 → "1234.56". */
export function fenToYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Largest amount of money we accept in one field: 100 million yuan. */
export const MAX_FEN = 10_000_000_000;
