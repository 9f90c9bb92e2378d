/** Rules across the fields of an assistance record, as zod refinements naming the field at fault. */
import type { z } from 'zod';
import { today } from '../common.schema.js';

type Ctx = z.RefinementCtx;

function issue(ctx: Ctx, path: (string | number)[], message: string): void {
  ctx.addIssue({ code: 'custom', path, message });
}

/** Only planned help may lie in the future. */
export function checkWhen(v: { date: string; status: string }, ctx: Ctx): void {
  if (v.status !== 'planned' && v.date > today()) {
    issue(ctx, ['date'], 'field.date_future');
  }
}

function checkOrder(start: string | null, end: string | null, ctx: Ctx): void {
  if (start && end && end < start) {
    issue(ctx, ['endDate'], 'field.date_order');
  }
}

/** A job ends on or after it starts. */
export function checkJob(v: { startDate: string; endDate: string | null }, ctx: Ctx): void {
  checkOrder(v.startDate, v.endDate, ctx);
}

/** Each village once. */
export function checkHealthCheck(v: { villages: { villageCode: string }[] }, ctx: Ctx): void {
  const seen = new Set<string>();
  v.villages.forEach((village, i) => {
    if (seen.has(village.villageCode)) {
      issue(ctx, ['villages', i, 'villageCode'], 'field.duplicate');
    }
    seen.add(village.villageCode);
  });
}

interface Recipient {
  householdId?: string | undefined;
  villageCode?: string | undefined;
  items: { itemId: string }[];
}

/** Each recipient is one household or one village, all of the same kind, each once. */
export function checkDonation(v: { recipients: Recipient[] }, ctx: Ctx): void {
  const seen = new Set<string>();
  const kinds = new Set<string>();
  v.recipients.forEach((r, i) => {
    const key = r.householdId ?? r.villageCode;
    if ((r.householdId === undefined) === (r.villageCode === undefined) || key === undefined) {
      issue(ctx, ['recipients', i], 'field.recipient_one');
      return;
    }
    kinds.add(r.householdId ? 'household' : 'village');
    if (seen.has(key)) {
      issue(ctx, ['recipients', i], 'field.duplicate');
    }
    seen.add(key);
    const items = new Set<string>();
    r.items.forEach((line, j) => {
      if (items.has(line.itemId)) {
        issue(ctx, ['recipients', i, 'items', j, 'itemId'], 'field.duplicate');
      }
      items.add(line.itemId);
    });
  });
  if (kinds.size > 1) {
    issue(ctx, ['recipients'], 'field.mixed_recipients');
  }
}

/** Dates in order; the count of households benefiting covers the listed ones, each once. */
export function checkProject(
  v: {
    startDate: string | null;
    endDate: string | null;
    householdCount: number | null;
    householdIds: string[];
  },
  ctx: Ctx,
): void {
  checkOrder(v.startDate, v.endDate, ctx);
  if (new Set(v.householdIds).size !== v.householdIds.length) {
    issue(ctx, ['householdIds'], 'field.duplicate');
  }
  if (v.householdCount !== null && v.householdCount < v.householdIds.length) {
    ctx.addIssue({
      code: 'custom',
      path: ['householdCount'],
      message: 'field.household_count',
      params: { min: v.householdIds.length },
    });
  }
}

/** A good deed is for one household or one person. */
export function checkGoodDeed(
  v: { householdId: string | null; personId: string | null },
  ctx: Ctx,
): void {
  if ((v.householdId === null) === (v.personId === null)) {
    issue(ctx, ['householdId'], 'field.beneficiary_one');
  }
}
