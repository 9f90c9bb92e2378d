/** Pairings (结对): a cadre with a household, with start and end; history is kept. */
import { z } from 'zod';
import { zBoolFlag, zDate, zPageQuery, zPastDate, zText, zUuid } from '../common.schema.js';
import { PAIRING_ROLES } from './enums.js';

export const PairingCreate = z.strictObject({
  cadreId: zUuid,
  householdId: zUuid,
  role: z.enum(PAIRING_ROLES).default('lead'),
  startDate: zDate,
});
export type PairingCreate = z.infer<typeof PairingCreate>;

export const PairingEnd = z.strictObject({
  endDate: zPastDate.describe(
    'Last day of the pairing: not before its start, not after today (an ended pairing stops counting at once)',
  ),
  reason: zText(500).default(''),
});
export type PairingEnd = z.infer<typeof PairingEnd>;

export const Handover = z.strictObject({
  toCadreId: zUuid,
  date: zPastDate.describe(
    'Last day of the old pairings, not after today; the new ones start the same day',
  ),
  reason: zText(500).default(''),
});
export type Handover = z.infer<typeof Handover>;

export const PairingListQuery = zPageQuery.extend({
  cadre: zUuid.optional(),
  household: zUuid.optional(),
  current: zBoolFlag.optional().describe('true: not ended; false: ended (history)'),
});
export type PairingListQuery = z.infer<typeof PairingListQuery>;

export const Pairing = z.object({
  id: zUuid,
  cadreId: zUuid,
  cadreName: z.string(),
  householdId: zUuid,
  headName: z.string(),
  villageCode: z.string(),
  role: z.enum(PAIRING_ROLES),
  startDate: z.string(),
  endDate: z.string().nullable(),
  endReason: z.string(),
});
export type Pairing = z.infer<typeof Pairing>;

export const HandoverResult = z.object({
  ended: z.number().int().describe('Pairings of the old cadre ended on the date'),
  items: z.array(Pairing).describe('The new pairings of the receiving cadre'),
});
export type HandoverResult = z.infer<typeof HandoverResult>;
