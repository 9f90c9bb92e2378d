/** Amounts of the fund: integer fen, strictly positive. */
import { z } from 'zod';
import { MAX_FEN } from '../validation/money.js';

export const zPositiveFen = z
  .number()
  .int()
  .min(1)
  .max(MAX_FEN)
  .describe('Amount in fen (1 yuan = 100 fen), greater than zero');
