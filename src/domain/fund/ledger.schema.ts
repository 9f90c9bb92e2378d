/** The fund's append-only ledger: donations in, grant payments out, reversals; the balance. */
import { z } from 'zod';
import { zDate, zPageQuery, zPastDate, zRequiredText, zText, zUuid } from '../common.schema.js';
import { DONOR_KINDS, LEDGER_KINDS } from './enums.js';
import { zPositiveFen } from './money.js';

export const DonationCreate = z.strictObject({
  donor: zRequiredText(100).describe('Who gave: a cadre, a unit, or someone else'),
  donorKind: z.enum(DONOR_KINDS).default('other'),
  amountFen: zPositiveFen,
  receivedOn: zPastDate.describe('The day the money arrived'),
  note: zText(500).default(''),
});
export type DonationCreate = z.infer<typeof DonationCreate>;

export const ReversalCreate = z.strictObject({
  reason: zRequiredText(500),
  reversedOn: zPastDate.optional().describe('Value date of the reversal; today if absent'),
});
export type ReversalCreate = z.infer<typeof ReversalCreate>;

export const LedgerQuery = zPageQuery.extend({
  kind: z.enum(LEDGER_KINDS).optional(),
  from: zDate.optional().describe('Entries dated on or after'),
  to: zDate.optional().describe('Entries dated on or before'),
});
export type LedgerQuery = z.infer<typeof LedgerQuery>;

export const LedgerEntry = z.object({
  id: zUuid,
  kind: z.enum(LEDGER_KINDS),
  amountFen: z.number().int().describe('Always positive'),
  effectFen: z.number().int().describe('Signed effect on the balance'),
  entryDate: z.string(),
  donor: z.string().nullable(),
  donorKind: z.enum(DONOR_KINDS).nullable(),
  grantId: zUuid.nullable().describe('The grant a payment pays'),
  runId: zUuid.nullable().describe('The grant run of that grant'),
  reversesId: zUuid.nullable().describe('The entry a reversal reverses'),
  reversedById: zUuid.nullable().describe('The reversal of this entry, if any'),
  reason: z.string(),
  note: z.string(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
});
export type LedgerEntry = z.infer<typeof LedgerEntry>;

export const FundBalance = z.object({
  balanceFen: z.number().int().describe('Kept by the database; never below zero'),
  donationsFen: z.number().int(),
  paymentsFen: z.number().int(),
  reversalsFen: z.number().int().describe('Net effect of all reversals'),
  ledgerSumFen: z.number().int().describe('Sum of all effects: equals balanceFen'),
  entryCount: z.number().int(),
});
export type FundBalance = z.infer<typeof FundBalance>;
