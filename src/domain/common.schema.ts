/** Field schemas shared by every record: dates, IDs, names, phones, codes, money, pages. */
import { z } from 'zod';
import { isIsoDate, today } from './validation/dates.js';
import { parseIdNumber } from './validation/id-number.js';
import { checkPersonName, normalizePersonName } from './validation/names.js';
import { normalizePhone } from './validation/phone.js';
import { normalizeRegionCode } from './validation/region-code.js';
import { MAX_FEN } from './validation/money.js';

// Kept in validation/dates (no zod there), so the web app's first load can use them cheaply.
export { TIME_ZONE_DEFAULT, today } from './validation/dates.js';

export const zUuid = z
  .string()
  .regex(/^[0-9a-f-]{36}$/, { message: 'field.invalid' })
  .describe('Record id (UUID)');

export const zDate = z
  .string()
  .refine(isIsoDate, { message: 'field.date' })
  .describe('ISO date, YYYY-MM-DD');

export const zPastDate = zDate.refine((d) => d <= today(), { message: 'field.date_future' });

export const zYear = z
  .number()
  .int()
  .min(2000, { message: 'field.year' })
  .max(2100, { message: 'field.year' });

/** Integer fen, not negative, at most 100 million yuan. */
export const zFen = z
  .number()
  .int({ message: 'field.money' })
  .min(0, { message: 'field.money' })
  .max(MAX_FEN, { message: 'field.money' })
  .describe('Amount in fen (1 yuan = 100 fen)');

export const zPersonName = z
  .string()
  .transform(normalizePersonName)
  .superRefine((name, ctx) => {
    const problem = checkPersonName(name);
    if (problem) {
      ctx.addIssue({ code: 'custom', message: `field.name_${problem}` });
    }
  })
  .describe('Name; any middle-dot look-alike is stored as U+00B7');

export const zPhone = z
  .string()
  .transform((raw, ctx) => {
    const parsed = normalizePhone(raw);
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: 'field.phone' });
      return z.NEVER;
    }
    return parsed.value;
  })
  .describe('Mainland mobile (11 digits) or landline with area code');

/** A resident ID number, upgraded to 18 characters and upper-case X. */
export const zIdNumber = z
  .string()
  .transform((raw, ctx) => {
    const parsed = parseIdNumber(raw, today());
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: `field.id_${parsed.problem}` });
      return z.NEVER;
    }
    return parsed.id.value;
  })
  .describe('Resident ID number (GB 11643), 18 characters; 15-digit numbers are upgraded');

export const zRegionCode = z
  .string()
  .transform((raw, ctx) => {
    const code = normalizeRegionCode(raw);
    if (!code) {
      ctx.addIssue({ code: 'custom', message: 'field.region_code' });
      return z.NEVER;
    }
    return code;
  })
  .describe('12-digit national statistical division code');

export const zText = (max: number) => z.string().trim().max(max);
export const zRequiredText = (max: number) => z.string().trim().min(1).max(max);

export const zPageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50).describe('Page size, 1–200'),
  cursor: z.string().max(500).optional().describe('Opaque cursor from the previous page'),
});

export const zBoolFlag = z
  .union([z.boolean(), z.enum(['true', 'false', '1', '0'])])
  .transform((v) => v === true || v === 'true' || v === '1');

export function page<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z
      .string()
      .nullable()
      .describe('Pass as ?cursor= for the next page; null at the end'),
  });
}

export const zIdParam = z.object({ id: zUuid });
