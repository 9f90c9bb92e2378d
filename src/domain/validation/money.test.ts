import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fenToYuan, MAX_FEN, yuanToFen } from './money.js';

describe('money', () => {
  it.each([
    ['1234.56', 123456],
    ['1,234.5', 123450],
    ['1，234', 123400],
    ['0.05', 5],
    ['12元', 1200],
    [' 3 ', 300],
    ['-2.5', -250],
    ['-0', 0],
  ])('reads %j as %d fen', (raw, fen) => {
    expect(yuanToFen(raw)).toBe(fen);
  });

  it.each(['', 'abc', '1.234', '1.2.3', '.5', '1e3', '--1'])('refuses %j', (raw) => {
    expect(yuanToFen(raw)).toBeNull();
  });

  it('writes fen as yuan with two decimals', () => {
    expect(fenToYuan(123456)).toBe('1234.56');
    expect(fenToYuan(5)).toBe('0.05');
    expect(fenToYuan(-250)).toBe('-2.50');
    expect(fenToYuan(0)).toBe('0.00');
  });

  it('round-trips every amount up to the limit: fen → yuan → fen', () => {
    fc.assert(
      fc.property(fc.integer({ min: -MAX_FEN, max: MAX_FEN }), (fen) => {
        expect(yuanToFen(fenToYuan(fen))).toBe(fen);
      }),
    );
  });
});
